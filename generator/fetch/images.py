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
import ipaddress
import json
import socket
from dataclasses import dataclass
from typing import Any

import httpx

from generator.helpers.http_limits import read_limited
from generator.errors import BodyTooLarge
from generator.helpers.tls import tls_context
from generator.records import list_entries, primary_image
from generator.snapshot.store import Snapshot, image_key

MAX_IMAGE_BYTES = 5 * 1024 * 1024
IMAGE_DEADLINE = 60.0  # seconds for one image, its whole body included


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


class _HostNotAllowed(Exception):
    pass


async def _public_host_only(request: httpx.Request) -> None:
    """An httpx request hook: refuse a URL that is not http(s) on a public host (also a redirect's)."""
    host = request.url.host
    if request.url.scheme not in ("http", "https") or not host:
        raise _HostNotAllowed(str(request.url.scheme))
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, request.url.port or 443, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpx.ConnectError(f"cannot resolve {host}") from exc
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses or not all(is_public_address(address) for address in addresses):
        raise _HostNotAllowed(host)


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Not loopback, private, link-local (cloud metadata), multicast or reserved."""
    return address.is_global and not address.is_multicast


async def _download(client: httpx.AsyncClient, url: str) -> bytes:
    async with asyncio.timeout(IMAGE_DEADLINE), client.stream("GET", url) as response:
        response.raise_for_status()
        if not response.headers.get("content-type", "").lower().startswith("image/"):
            raise _NotAnImage(response.headers.get("content-type", "no content type"))
        try:
            return await read_limited(response, MAX_IMAGE_BYTES, "the image")
        except BodyTooLarge as exc:
            raise _NotAnImage(str(exc)) from None


async def fetch_images(
    summaries: list[Any], details: dict[int, bytes], previous: Snapshot | None, *,
    user_agent: str, concurrency: int = 8, timeout: float = 15.0, allow_private_hosts: bool = False,
) -> tuple[dict[str, bytes], ImageReport]:
    by_id = {record_id: item for _, record_id, item in list_entries(summaries) if record_id is not None}
    urls: set[str] = set()
    for record_id, raw in details.items():
        try:
            found = primary_image(by_id.get(record_id, {}), json.loads(raw))
        except (ValueError, RecursionError):
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
        max_redirects=5, verify=tls_context(), event_hooks={"request": [] if allow_private_hosts else [_public_host_only]},
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
                    except (_HostNotAllowed, httpx.TooManyRedirects):
                        break
                    except (httpx.TransportError, httpx.HTTPStatusError, _NotAnImage, TimeoutError):
                        if attempt == 0:
                            await asyncio.sleep(0.5)
                report.failed += 1

        await asyncio.gather(*(one(url) for url in todo))
    return images, report
