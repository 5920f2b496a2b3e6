"""Fetch every occupation from the Yrkesinfo API.

One list request, then one detail request per listed id through a bounded pool
of workers, all through the one HTTP layer (`fetch.http`: retries with backoff
and jitter honouring `Retry-After`, a deadline per answer, body limits). A 403
ends the run at once. A detail that still fails is taken from the previous
snapshot when there is one (and marked stale), or left out.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, TextIO
from urllib.parse import quote

import anyio
import httpx

from generator.config import ApiSettings
from generator.errors import AuthError, BodyTooLarge, FetchError
from generator.helpers.http_limits import read_limited
from generator.helpers.progress import progress as progress_bar
from generator.records import detail_problem, list_entries
from generator.fetch.http import API_HOSTS, HttpClient, HttpPolicy
from generator.errors import RequestFailed
from generator.fetch.images import ImageReport, fetch_images
from generator.fetch.progress import FetchProgress
from generator.snapshot.store import Snapshot

AUTH_BODY_LIMIT = 64 * 1024


@dataclass(frozen=True)
class FetchOptions:
    concurrency: int = 8
    http: HttpPolicy = HttpPolicy()  # timeouts and retries, the same for every client of the run
    max_failure_share: float = 0.05
    max_shrink_share: float = 0.20
    allow_shrink: bool = False
    deadline: float = 1800.0  # seconds for the whole fetch: the API, its images and the open-data sources
    list_limit: int = 64 * 1024 * 1024  # bytes, after decompression
    detail_limit: int = 8 * 1024 * 1024
    early_stop_after: int = 20  # finished details before the failure share may stop the run early
    allow_private_image_hosts: bool = False  # tests only: images from loopback or private addresses


def _ignore(_: object) -> None:
    return None


@dataclass(frozen=True)
class DetailHooks:
    """Who else waits for the details (the open-data sources, for the site's SSYK groups): `each` is given
    every usable detail as it arrives, parsed, `ready` all of them as raw bytes, stale ones included, once
    they are in and before the images."""

    each: Callable[[Any], None] = _ignore
    ready: Callable[[dict[int, bytes]], None] = _ignore


@dataclass
class FetchReport:
    listed: int = 0
    fetched: int = 0
    retries: int = 0
    stale: list[int] = field(default_factory=list)
    left_out: list[tuple[int, str]] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    images: ImageReport | None = None
    seconds: float = 0.0  # from the list request to the last detail
    setup_seconds: float = 0.0  # making the client before that: httpx's deferred imports, the CA bundle

    def summary(self) -> str:
        images = f"; {self.images.summary()}" if self.images else ""
        return (
            f"fetch: {self.listed} listed, {self.fetched} fetched, {self.retries} retries, "
            f"{len(self.stale)} stale, {len(self.left_out)} left out, {self.seconds:.2f} s (+{self.setup_seconds:.2f} s set-up){images}"
        )


class YrkesinfoClient:
    """A thin async client for the two endpoints the site needs."""

    def __init__(self, settings: ApiSettings, options: FetchOptions = FetchOptions()) -> None:
        self.settings = settings
        self.options = options
        self.tracking_id = str(uuid.uuid4())
        # The credentials go in every URL, which is built from this one parsed base: httpx's merging of
        # base_url and params parsed each URL three times, a tenth of the client's CPU per request.
        self._base = httpx.URL(settings.base_url + "/", params={"client_id": settings.client_id, "client_secret": settings.client_secret})
        self._http = HttpClient(
            options.http, hosts=API_HOSTS, headers={"AF-TrackingId": self.tracking_id, "Accept": "application/json"},
            concurrency=options.concurrency, secrets=(settings.client_secret, settings.client_id),
            check_status=_check_status,
        )

    @property
    def retries(self) -> int:
        return self._http.retries

    async def __aenter__(self) -> "YrkesinfoClient":
        # httpcore's first request imports anyio's asyncio backend (about 60 ms on the bench machine): done
        # here, in the set-up, so the list request is timed as a request.
        anyio.Event()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.__aexit__()

    async def get_json(self, path: str) -> tuple[Any, bytes]:
        """GET `path` with retries; returns the parsed body and its raw bytes, or raises RequestFailed."""
        limit = self.options.list_limit if path == "yrken" else self.options.detail_limit
        body, raw = await self._http.json("GET", self.url(path), limit=limit, what=f"the answer to {path}")
        if self._holds_secret(raw):
            raise RequestFailed("the answer holds the API secret (the API echoed the request); not kept")
        return body, raw

    def url(self, path: str) -> httpx.URL:
        """The API's `path` (relative, like "yrken/12"), with the credentials."""
        return self._base.copy_with(path=self._base.path + path)

    def _holds_secret(self, body: bytes) -> bool:
        secret = self.settings.client_secret
        return len(secret) >= 8 and any(form.encode() in body for form in {secret, quote(secret, safe="")})


async def _check_status(response: httpx.Response) -> None:
    """The API's own answers: refused credentials end the run; a 404 is one missing record."""
    status = response.status_code
    if status in (401, 403):
        try:
            body = await read_limited(response, AUTH_BODY_LIMIT, "the refusal")
        except BodyTooLarge:
            body = b""
        raise AuthError(_auth_message(status, body))
    if status == 404:
        raise RequestFailed("HTTP 404 (not found)")


def _auth_message(status: int, body: bytes) -> str:
    code = "unknown"
    try:
        parsed = json.loads(body)
        if isinstance(parsed, dict) and isinstance(parsed.get("error"), str):
            code = parsed["error"][:80]
    except (ValueError, RecursionError):
        pass
    kind = "missing" if code.startswith("missing") else "rejected"
    return (
        f"The API refused the request with HTTP {status} ({code}): the credentials are {kind}. "
        "Check YRKESINFO_CLIENT_ID and YRKESINFO_CLIENT_SECRET."
    )


async def fetch_snapshot(
    settings: ApiSettings,
    *,
    previous: Snapshot | None = None,
    options: FetchOptions = FetchOptions(),
    log: TextIO | None = None,
    quiet: bool = False,
    hooks: DetailHooks = DetailHooks(),
) -> tuple[Snapshot, FetchReport]:
    """Fetch the list, every detail and the images within `options.deadline`; raise FetchError
    when no usable snapshot results. `hooks` are told of the details as they arrive."""
    report = FetchReport()
    progress = FetchProgress()
    try:
        async with asyncio.timeout(options.deadline):
            return await _fetch_all(settings, previous, options, report, progress, hooks, log=log, quiet=quiet)
    except TimeoutError:
        raise FetchError(
            f"The fetch did not finish within its deadline of {options.deadline:g} s (--deadline); "
            f"{progress.done} of {report.listed} occupations were done. Nothing was published."
        ) from None


async def _fetch_all(
    settings: ApiSettings, previous: Snapshot | None, options: FetchOptions, report: FetchReport,
    progress: FetchProgress, hooks: DetailHooks, *, log: TextIO | None, quiet: bool,
) -> tuple[Snapshot, FetchReport]:
    started = time.monotonic()
    async with YrkesinfoClient(settings, options) as client:
        # Local work, no request yet: timed apart, so `seconds` is the part that latency governs.
        report.setup_seconds, started = time.monotonic() - started, time.monotonic()
        try:
            summaries, list_bytes = await client.get_json("yrken")
        except RequestFailed as exc:
            raise FetchError(f"Could not fetch the occupation list from {settings.base_url}: {exc}") from None
        if not isinstance(summaries, list):
            raise FetchError("The occupation list is not a JSON array.")
        ids = _unique_ids(summaries, report)
        report.listed = progress.total = len(ids)
        _check_shrink(len(ids), previous, options)
        details = await _fetch_details(client, ids, progress, hooks.each, log=log, quiet=quiet)
        report.retries = client.retries
        tracking_id = client.tracking_id
    _check_failures(progress, options, final=True)
    report.fetched = len(details)
    for record_id, why in sorted(progress.failures.items()):
        if previous is not None and record_id in previous.details:
            details[record_id] = previous.details[record_id]
            report.stale.append(record_id)
        else:
            report.left_out.append((record_id, why))
    report.seconds = time.monotonic() - started
    hooks.ready(details)
    images, report.images = await fetch_images(
        summaries, details, previous, policy=options.http, concurrency=options.concurrency,
        allow_private_hosts=options.allow_private_image_hosts,
    )
    manifest = {
        "source": "api",
        "base_url": settings.redact(settings.base_url),
        "fetched_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "tracking_id": tracking_id,
        "listed": report.listed,
        "stale": report.stale,
        "left_out": [{"id": i, "reason": why} for i, why in report.left_out],
    }
    return Snapshot(list_bytes=list_bytes, details=details, manifest=manifest, images=images), report


def _check_failures(progress: FetchProgress, options: FetchOptions, *, final: bool = False) -> None:
    if why := progress.hopeless(options.max_failure_share, options.early_stop_after, final=final):
        raise FetchError(why)


def _check_shrink(listed: int, previous: Snapshot | None, options: FetchOptions) -> None:
    """A list much shorter than last time is more likely an API fault than real removals."""
    if previous is None or options.allow_shrink:
        return
    before = len(previous.details)
    if before and listed < before * (1 - options.max_shrink_share):
        raise FetchError(
            f"The API lists {listed} occupations, {before - listed} fewer than the previous snapshot's {before} "
            f"(more than {options.max_shrink_share:.0%}). Nothing was published; "
            "run again with --allow-shrink if the removals are real."
        )


def _unique_ids(summaries: list[Any], report: FetchReport) -> list[int]:
    seen: set[int] = set()
    ids: list[int] = []
    for _, record_id, _ in list_entries(summaries):
        if record_id is None:
            continue  # the model reports list items without a usable id
        if record_id in seen:
            report.duplicates.append(record_id)
            continue
        seen.add(record_id)
        ids.append(record_id)
    return ids


async def _fetch_details(
    client: YrkesinfoClient, ids: list[int], progress: FetchProgress, arrived: Callable[[Any], None], *,
    log: TextIO | None, quiet: bool,
) -> dict[int, bytes]:
    details: dict[int, bytes] = {}
    queue: asyncio.Queue[int] = asyncio.Queue()
    for record_id in ids:
        queue.put_nowait(record_id)
    bar = progress_bar("Hämtar yrken", len(ids), log, quiet=quiet)

    async def worker() -> None:
        while True:
            try:
                record_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                body, raw = await client.get_json(f"yrken/{record_id}")
                problem = detail_problem(body, record_id)
                if problem:
                    progress.failures[record_id] = problem
                else:
                    details[record_id] = raw
                    arrived(body)
            except RequestFailed as exc:
                progress.failures[record_id] = str(exc)
            progress.done += 1
            bar.advance()
            _check_failures(progress, client.options)

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(client.options.concurrency, max(1, len(ids)))):
                group.create_task(worker())
    except* FetchError as eg:  # AuthError included
        raise eg.exceptions[0] from None
    finally:
        bar.close()
    return details
