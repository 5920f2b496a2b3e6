"""Bounds on what a server can make the build hold or wait for.

`read_limited` reads a streamed httpx response body up to a byte limit,
counting the bytes after decompression, so a gzip bomb (2 MB that expands to
2 GB) fails at the limit instead of filling memory. Every fetch of a body (the
list, the details, images, the labour-market sources) goes through it:

    async with client.stream("GET", url) as response:
        body = await read_limited(response, 8 * 1024 * 1024, "the detail of occupation 123")

A slow body (a byte every few seconds never trips a read timeout) is bounded
by the caller with `asyncio.timeout` around the whole request.
"""

from __future__ import annotations

import httpx

from generator.errors import BodyTooLarge


async def read_limited(response: httpx.Response, limit: int, what: str) -> bytes:
    """The decoded body of a streamed `response`, or BodyTooLarge once it passes `limit` bytes."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and not response.headers.get("Content-Encoding"):
        raise BodyTooLarge(f"{what} is {int(declared)} bytes, more than the {limit} allowed")
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge(f"{what} is larger than the {limit} bytes allowed")
    return bytes(body)
