"""Download the occupation images, so the site serves them itself.

Part of the fetch stage: images are kept in the snapshot (named by a hash of
their URL), so a build never reaches another host and a rebuild reuses what
the previous snapshot already has. Image hosts get no API credentials. An
image that cannot be had is skipped: its page simply has no image.

Image URLs come from the data, so they could make the build machine call
itself or its network: only http(s) on hosts whose every address is public is
asked, and every redirect is checked again the same way.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, replace
from typing import Any

from generator.records import list_entries, primary_image
from generator.fetch.http import PUBLIC, Hosts, HttpClient, HttpPolicy, RequestFailed
from generator.snapshot.store import Snapshot, image_key

MAX_IMAGE_BYTES = 5 * 1024 * 1024
IMAGE_ATTEMPTS = 2  # an image is worth one more try, not the API's six: a page without it still works


@dataclass
class ImageReport:
    wanted: int = 0
    reused: int = 0
    fetched: int = 0
    failed: int = 0

    def summary(self) -> str:
        return f"images: {self.wanted} wanted, {self.reused} reused, {self.fetched} fetched, {self.failed} unavailable"


def image_hosts(allow_private: bool) -> Hosts:
    """Public hosts only, the first URL and every redirect (loopback too when `allow_private`, for tests)."""
    return Hosts(redirects=PUBLIC, public_only=True, allow_private=allow_private)


def _wanted(summaries: list[Any], details: dict[int, bytes]) -> set[str]:
    by_id = {record_id: item for _, record_id, item in list_entries(summaries) if record_id is not None}
    urls: set[str] = set()
    for record_id, raw in details.items():
        try:
            found = primary_image(by_id.get(record_id, {}), json.loads(raw))
        except (ValueError, RecursionError):
            continue
        if found:
            urls.add(found[0])
    return urls


async def fetch_images(
    summaries: list[Any], details: dict[int, bytes], previous: Snapshot | None, *,
    policy: HttpPolicy = HttpPolicy(), concurrency: int = 8, allow_private_hosts: bool = False,
) -> tuple[dict[str, bytes], ImageReport]:
    urls = _wanted(summaries, details)
    report = ImageReport(wanted=len(urls))
    images: dict[str, bytes] = {}
    todo: list[str] = []
    for url in sorted(urls):
        key = image_key(url)
        if previous is not None and key in previous.images:
            images[key] = previous.images[key]
            report.reused += 1
        else:
            todo.append(url)

    semaphore = asyncio.Semaphore(concurrency)
    # A host that cannot be reached at all is not asked again for its other images this run.
    unreachable: set[str] = set()
    policy = replace(policy, attempts=min(policy.attempts, IMAGE_ATTEMPTS), retry_unreachable=False)
    async with HttpClient(policy, hosts=image_hosts(allow_private_hosts), concurrency=concurrency) as http:

        async def one(url: str) -> None:
            host = url.split("//", 1)[-1].split("/", 1)[0]
            async with semaphore:
                if host not in unreachable:
                    try:
                        images[image_key(url)] = await http.body(
                            "GET", url, limit=MAX_IMAGE_BYTES, what="the image", content_type="image/")
                        report.fetched += 1
                        return
                    except RequestFailed as exc:
                        if exc.unreachable:
                            unreachable.add(host)
                report.failed += 1

        await asyncio.gather(*(one(url) for url in todo))
    return images, report
