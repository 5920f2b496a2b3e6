"""Download the occupation images, so the site serves them itself.

Part of the fetch stage: images are kept in the snapshot (named by a hash of
their URL), so a build never reaches another host and a rebuild reuses what
the previous snapshot already has. Image hosts get no API credentials. An
image that cannot be had is skipped: its page simply has no image.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

import httpx

from generator.records import list_entries, primary_image
from generator.stages.snapshot import Snapshot, image_key

MAX_IMAGE_BYTES = 5 * 1024 * 1024


@dataclass
class ImageReport:
    wanted: int = 0
    reused: int = 0
    fetched: int = 0
    failed: int = 0

    def summary(self) -> str:
        return f"images: {self.wanted} wanted, {self.reused} reused, {self.fetched} fetched, {self.failed} unavailable"


class _NotAnImage(Exception):
    pass


async def _download(client: httpx.AsyncClient, url: str) -> bytes:
    async with client.stream("GET", url) as response:
        response.raise_for_status()
        if not response.headers.get("content-type", "").lower().startswith("image/"):
            raise _NotAnImage(response.headers.get("content-type", "no content type"))
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > MAX_IMAGE_BYTES:
                raise _NotAnImage("larger than 5 MiB")
        return bytes(body)


async def fetch_images(
    summaries: list[Any], details: dict[int, bytes], previous: Snapshot | None, *,
    user_agent: str, concurrency: int = 8, timeout: float = 15.0,
) -> tuple[dict[str, bytes], ImageReport]:
    by_id = {record_id: item for _, record_id, item in list_entries(summaries) if record_id is not None}
    urls: set[str] = set()
    for record_id, raw in details.items():
        try:
            found = primary_image(by_id.get(record_id, {}), json.loads(raw))
        except ValueError:
            continue
        if found:
            urls.add(found[0])
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
    async with httpx.AsyncClient(
        headers={"User-Agent": user_agent}, timeout=httpx.Timeout(timeout, connect=5.0), follow_redirects=True,
    ) as client:

        async def one(url: str) -> None:
            host = httpx.URL(url).host
            async with semaphore:
                for attempt in range(2):
                    if host in unreachable:
                        break
                    try:
                        images[image_key(url)] = await _download(client, url)
                        report.fetched += 1
                        return
                    except httpx.ConnectError:
                        unreachable.add(host)
                    except (httpx.TransportError, httpx.HTTPStatusError, _NotAnImage):
                        if attempt == 0:
                            await asyncio.sleep(0.5)
                report.failed += 1

        await asyncio.gather(*(one(url) for url in todo))
    return images, report
