"""A small client for keyless open-data hosts: GET and POST JSON with the API client's
retry policy (`fetch.retrying`: backoff with jitter, `Retry-After` honoured) and a
limit on requests per time window. Bodies are read by `fetch.read_body`, the one
place every source's body is read.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

import httpx
from tenacity import RetryCallState

from generator.helpers.http_limits import BodyTooLarge
from generator.helpers.tls import tls_context
from generator.fetch.api import RETRYABLE_STATUS, SOURCE_BODY_LIMIT, USER_AGENT, FetchOptions, Retryable, parse_retry_after, read_body, retrying


class SourceFailed(Exception):
    """This source cannot be used now; the message says why (no secrets: these sources are keyless)."""


@dataclass(frozen=True)
class LabourOptions:
    max_values: int = 100_000  # SCB answers at most this many values per query
    requests_per_window: int = 10  # SCB allows about 10 requests ...
    window_seconds: float = 10.0  # ... per 10 seconds and address
    max_shrink_share: float = 0.20  # far fewer usable rows than last time: broken, like the list's guard
    jobsearch_concurrency: int = 4  # JobSearch asks clients not to poll hard: a few requests at a time ...
    jobsearch_per_second: int = 20  # ... and at most this many started per second


class RateLimiter:
    """At most `requests` starts in any `seconds`-long window."""

    def __init__(self, requests: int, seconds: float) -> None:
        self.requests, self.seconds = requests, seconds
        self._starts: deque[float] = deque()

    async def wait(self) -> None:
        while True:
            now = time.monotonic()
            while self._starts and now - self._starts[0] >= self.seconds:
                self._starts.popleft()
            if len(self._starts) < self.requests:
                self._starts.append(now)
                return
            await asyncio.sleep(self.seconds - (now - self._starts[0]))


class OpenDataClient:
    """GET and POST JSON from keyless open-data hosts, with the API client's retry policy."""

    def __init__(self, options: FetchOptions, limiter: RateLimiter) -> None:
        self.options, self.limiter = options, limiter
        self.requests = self.retries = 0
        self._http = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            timeout=httpx.Timeout(options.read_timeout, connect=options.connect_timeout),
            follow_redirects=True, verify=tls_context(),
        )

    async def __aenter__(self) -> "OpenDataClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    async def request(self, method: str, url: str, body: Any = None, limit: int = SOURCE_BODY_LIMIT) -> bytes:
        """The raw body of a 200 answer that parses as JSON; raises SourceFailed otherwise."""
        try:
            async for attempt in retrying(self.options, self._count_retry):
                with attempt:
                    return await self._once(method, url, body, limit)
        except httpx.TransportError as exc:
            raise SourceFailed(f"{type(exc).__name__}: {exc}") from None
        except Retryable as exc:
            raise SourceFailed(f"{exc}, after {self.options.attempts} attempts") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _count_retry(self, state: RetryCallState) -> None:
        self.retries += 1

    async def _once(self, method: str, url: str, body: Any, limit: int) -> bytes:
        await self.limiter.wait()
        self.requests += 1
        try:  # a deadline for the whole answer: a slow body never trips the read timeout
            async with asyncio.timeout(self.options.request_deadline), self._http.stream(method, url, json=body) as response:
                status = response.status_code
                if status in RETRYABLE_STATUS:
                    raise Retryable(f"HTTP {status}", parse_retry_after(response.headers.get("Retry-After")))
                if status != 200:
                    raise SourceFailed(f"HTTP {status} from {url}")
                raw = await read_body(response, limit, what=f"the answer from {url}")
        except TimeoutError:
            raise Retryable(f"no complete answer within {self.options.request_deadline:g} s") from None
        except BodyTooLarge as exc:
            raise SourceFailed(str(exc)) from None
        try:
            json.loads(raw)
        except RecursionError:
            raise SourceFailed(f"the answer from {url} is nested too deeply") from None
        except ValueError:
            raise Retryable("malformed JSON body") from None
        return raw
