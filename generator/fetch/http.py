"""The one HTTP layer: every request of a fetch (the Yrkesinfo API, the open-data sources, the
images) goes through `HttpClient`.

What it holds, once for all of them:
- the httpx client: User-Agent, timeouts, connection limits, the run's one TLS context;
- one retry policy (tenacity): connection errors, timeouts, 429, 5xx, broken bodies and
  malformed JSON are asked again, waiting what `Retry-After` says (capped) or backing off
  exponentially with jitter;
- a deadline for each whole answer, its body included, so a body that drips a byte at a
  time is cut off; the caller's overall deadline (`--deadline`) cancels whatever is left;
- body limits counted after decompression (`helpers.http_limits.read_limited`);
- which hosts may be asked (`Hosts`): the API follows no redirect; an open-data source
  follows one only to its own host or to a public host over https; images are asked only
  of public hosts, also after a redirect. Every hop is checked before it is connected to;
- redaction of credentials in every message it makes;
- one error for the caller: `RequestFailed` (the message safe to print), whatever httpx
  raised (its whole `RequestError` tree: transport errors, too many redirects, a body that
  does not decode) or the server answered.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import json
import socket
import time
from collections import deque
from dataclasses import dataclass
from datetime import timezone
from typing import Any, Awaitable, Callable

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from generator import __version__
from generator.config import redact
from generator.helpers.http_limits import BodyTooLarge, read_limited
from generator.helpers.collector import collector_paused
from generator.helpers.tls import tls_context
from generator.errors import HostNotAllowed, RequestFailed, Retryable

USER_AGENT = f"yrkesinfo-site/{__version__} (static site build; python-httpx/{httpx.__version__})"
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HttpPolicy:
    """Timeouts and retries, the same for every client of a run."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    attempts: int = 6
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    retry_after_max: float = 120.0
    request_deadline: float = 120.0  # seconds for one whole answer, its body included
    retry_unreachable: bool = True  # ask again a host that could not be connected to (or resolved) at all


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """`Retry-After` is either delay-seconds or an HTTP-date (RFC 9110, 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Not loopback, private, link-local (cloud metadata), multicast or reserved."""
    return address.is_global and not address.is_multicast


async def check_public_host(url: httpx.URL) -> None:
    """Refuse a URL that is not http(s) on a host whose every address is public."""
    host = url.host
    if url.scheme not in ("http", "https") or not host:
        raise HostNotAllowed(str(url.scheme))
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, url.port or 443, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpx.ConnectError(f"cannot resolve {host}") from exc
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses or not all(is_public_address(address) for address in addresses):
        raise HostNotAllowed(host)


NO_REDIRECTS, SAME_HOST_OR_PUBLIC_HTTPS, PUBLIC = "none", "same host or public https", "public"


@dataclass(frozen=True)
class Hosts:
    """Which URLs a client may ask: the first one and each redirect, checked before connecting.

    `redirects`: NO_REDIRECTS (a 3xx is an answer like any other), SAME_HOST_OR_PUBLIC_HTTPS
    (the open-data sources: their configured host, or https on a public host), or PUBLIC
    (http or https on a public host). `public_only` applies the public rule to the first URL
    too (the images, whose URLs come from the data). `allow_private` skips the address check,
    for tests on loopback (YRKESINFO_ALLOW_PRIVATE_IMAGE_HOSTS=1).
    """

    redirects: str = NO_REDIRECTS
    public_only: bool = False
    allow_private: bool = False
    max_redirects: int = 5

    async def check(self, url: httpx.URL, origin: httpx.URL | None = None) -> None:
        """`origin` is the first URL when `url` is a redirect, else None."""
        if url.scheme not in ("http", "https"):
            raise HostNotAllowed(f"{url.scheme} is not http(s)")
        if origin is None and not self.public_only:
            return
        if origin is not None and self.redirects == SAME_HOST_OR_PUBLIC_HTTPS:
            if url.host == origin.host and url.port == origin.port and url.scheme in (origin.scheme, "https"):
                return
            if url.scheme != "https":
                raise HostNotAllowed(f"a redirect to {url.host} over {url.scheme}")
        if not self.allow_private:
            await check_public_host(url)


API_HOSTS = Hosts()
OPEN_DATA_HOSTS = Hosts(redirects=SAME_HOST_OR_PUBLIC_HTTPS)


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


class _WaitRetryAfter:
    """Wait what the server asked for (capped), else exponential backoff with jitter."""

    def __init__(self, policy: HttpPolicy) -> None:
        # Full jitter of up to one initial step spreads retries from parallel workers apart.
        self._backoff = wait_exponential_jitter(
            multiplier=policy.backoff_initial, max=policy.backoff_max, jitter=policy.backoff_initial
        )
        self._cap = policy.retry_after_max

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, Retryable) and exc.retry_after is not None:
            return min(exc.retry_after, self._cap)
        return self._backoff(state)


StatusCheck = Callable[[httpx.Response], Awaitable[None]]


async def _no_check(response: httpx.Response) -> None:
    return None


class HttpClient:
    """An async HTTP client with the run's policy. Use as `async with HttpClient(...) as http:`."""

    def __init__(
        self, policy: HttpPolicy = HttpPolicy(), *, hosts: Hosts = API_HOSTS, headers: dict[str, str] | None = None,
        concurrency: int = 8, limiter: RateLimiter | None = None, secrets: tuple[str, ...] = (),
        check_status: StatusCheck = _no_check,
    ) -> None:
        self.policy, self.hosts, self.limiter = policy, hosts, limiter
        self.requests = self.retries = 0
        self._secrets, self._check_status = secrets, check_status
        self._http = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
            follow_redirects=False, verify=tls_context(),
        )

    async def __aenter__(self) -> "HttpClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    def redact(self, text: str) -> str:
        """`text` without credentials: query parameters named like them, and the client's secrets."""
        return redact(text, *self._secrets)

    async def body(self, method: str, url: httpx.URL | str, *, limit: int, what: str, json_body: Any = None,
                   content_type: str | None = None) -> bytes:
        """The body of a 200 answer, with retries; raises RequestFailed. `content_type`, when given,
        is the start the answer's Content-Type must have (not retried when it does not)."""
        return await self._retrying(lambda: self._once(method, url, limit, what, json_body, content_type))

    async def json(self, method: str, url: httpx.URL | str, *, limit: int, what: str,
                   json_body: Any = None) -> tuple[Any, bytes]:
        """The parsed body of a 200 answer and its raw bytes; malformed JSON is asked again."""
        async def once() -> tuple[Any, bytes]:
            raw = await self._once(method, url, limit, what, json_body, None)
            try:
                with collector_paused():
                    return json.loads(raw), raw
            except RecursionError:
                raise RequestFailed(f"{what} is nested too deeply") from None
            except ValueError:
                raise Retryable("malformed JSON body") from None

        return await self._retrying(once)

    async def _retrying(self, once: Callable[[], Awaitable[Any]]) -> Any:
        policy = self.policy
        retrying = AsyncRetrying(
            retry=retry_if_exception(self._worth_retrying), wait=_WaitRetryAfter(policy),
            stop=stop_after_attempt(policy.attempts), before_sleep=self._count_retry, reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await once()
        except httpx.RequestError as exc:  # the whole tree: transport, redirects, decoding
            raise RequestFailed(f"{type(exc).__name__}: {self.redact(str(exc))}",
                                unreachable=isinstance(exc, httpx.ConnectError)) from None
        except (Retryable, BodyTooLarge) as exc:
            raise RequestFailed(self.redact(str(exc))) from None
        except HostNotAllowed as exc:
            raise RequestFailed(self.redact(f"host not allowed: {exc}")) from None
        except httpx.InvalidURL as exc:
            raise RequestFailed(self.redact(f"invalid URL: {exc}")) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _count_retry(self, state: RetryCallState) -> None:
        self.retries += 1

    def _worth_retrying(self, exc: BaseException) -> bool:
        if isinstance(exc, httpx.ConnectError):
            return self.policy.retry_unreachable
        return isinstance(exc, (Retryable, httpx.TransportError))

    async def _once(self, method: str, url: httpx.URL | str, limit: int, what: str, json_body: Any,
                    content_type: str | None) -> bytes:
        if self.limiter is not None:
            await self.limiter.wait()
        self.requests += 1
        try:  # a deadline for the whole answer: a slow body never trips the read timeout
            async with asyncio.timeout(self.policy.request_deadline):
                response = await self._open(method, url, json_body)
                try:
                    await self._check_status(response)
                    _check_status(response, content_type)
                    return await read_limited(response, limit, what)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise Retryable(f"no complete answer within {self.policy.request_deadline:g} s") from None

    async def _open(self, method: str, url: httpx.URL | str, json_body: Any) -> httpx.Response:
        """The streamed response, after the redirects the `Hosts` rule allows (each hop checked first)."""
        request = self._http.build_request(method, url, json=json_body)
        origin = None
        for _ in range(self.hosts.max_redirects + 1):
            await self.hosts.check(request.url, origin)
            response = await self._http.send(request, stream=True)
            if self.hosts.redirects == NO_REDIRECTS or response.next_request is None:
                return response
            await response.aclose()
            origin, request = origin or request.url, response.next_request
        raise httpx.TooManyRedirects(f"more than {self.hosts.max_redirects} redirects", request=request)


def _check_status(response: httpx.Response, content_type: str | None) -> None:
    status = response.status_code
    if status in RETRYABLE_STATUS:
        raise Retryable(f"HTTP {status}", parse_retry_after(response.headers.get("Retry-After")))
    if status != 200:
        raise RequestFailed(f"HTTP {status}")
    if content_type and not response.headers.get("content-type", "").lower().startswith(content_type):
        raise RequestFailed(f"not {content_type}: {response.headers.get('content-type', 'no content type')[:60]}")
