"""Fetch the optional labour-market sources: Arbetsförmedlingen's Yrkesbarometer and JobSearch
(open ads), SCB's salary table and occupational register. Keyless, and never a reason for a
build to fail.

Each source is fetched with the same retry policy as the API (`fetch.retrying`:
backoff with jitter, `Retry-After` honoured), then checked with the model's own
parser. A source that is down, answers with errors, sends something that does
not parse or has changed shape, or has far fewer usable rows than the previous
snapshot, is broken: the previous snapshot's copy is kept and marked stale with
its date, or, when there is none, the source is missing. Either way the reason
is recorded in the manifest and the build report.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Awaitable, Callable

from generator.config import LabourSettings
from generator.fetch.api import FetchOptions
from generator.fetch.open_data import LabourOptions, OpenDataClient, RateLimiter, SourceFailed
from generator.sources.pxweb_pay import fetch_salaries, ssyk_codes
from generator.sources.labour import BAROMETER, BAROMETER_FILE, FRESH, MISSING, SALARIES, STALE, SourceState, usable_rows
from generator.sources.barometer import parse_barometer
from generator.sources.employed import EMPLOYED, fetch_employed
from generator.sources.jobsearch import JOBSEARCH, fetch_jobs
from generator.snapshot.store import Snapshot


@dataclass
class LabourReport:
    states: dict[str, SourceState] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        return [
            f"{key} fetch: {self.requests.get(key, 0)} requests, {self.seconds.get(key, 0.0):.2f} s; {state.describe()}"
            for key, state in self.states.items()
        ]


async def fetch_barometer(client: OpenDataClient, settings: LabourSettings, codes: list[str], options: LabourOptions) -> tuple[dict[str, bytes], int]:
    raw = await client.request("GET", settings.barometer_url)
    try:
        barometer = parse_barometer(raw)
    except ValueError as exc:
        raise SourceFailed(str(exc)) from None
    return {BAROMETER_FILE: raw}, barometer.rows


Fetcher = Callable[[OpenDataClient, LabourSettings, list[str], LabourOptions], Awaitable[tuple[dict[str, bytes], int]]]


async def add_labour(
    snapshot: Snapshot, previous: Snapshot | None, settings: LabourSettings, *,
    options: FetchOptions = FetchOptions(), labour: LabourOptions = LabourOptions(), only: tuple[str, ...] = (),
) -> LabourReport:
    """Fetch every source (or `only` those named) into `snapshot` (its `labour` files and manifest entries), side by side."""
    codes = ssyk_codes(snapshot.details)
    report = LabourReport()
    fetchers: dict[str, Fetcher] = {BAROMETER: fetch_barometer, SALARIES: fetch_salaries, JOBSEARCH: fetch_jobs,
                                    EMPLOYED: fetch_employed}
    fetchers = {key: fetcher for key, fetcher in fetchers.items() if not only or key in only}
    # SCB allows about 10 requests per 10 s per address, its two tables together; JobSearch has no
    # published limit: a few requests at a time (fetch_jobs) at a steady rate.
    scb = RateLimiter(labour.requests_per_window, labour.window_seconds)
    limiters = {BAROMETER: RateLimiter(labour.requests_per_window, labour.window_seconds), SALARIES: scb, EMPLOYED: scb,
                JOBSEARCH: RateLimiter(labour.jobsearch_per_second, 1.0)}

    async def one(key: str) -> None:
        # One client per source: each has its own connections; SCB's sources share one rate limit.
        async with OpenDataClient(options, limiters[key]) as client:
            started = time.monotonic()
            try:
                files, rows = await fetchers[key](client, settings, codes, labour)
                _check_shrink(key, rows, previous, labour)
                entry = {"state": FRESH, "fetched_at": _now(), "url": settings.url(key), "rows": rows}
            except SourceFailed as exc:
                files, entry = _fall_back(key, previous, str(exc))
            report.seconds[key] = time.monotonic() - started
            report.requests[key] = client.requests
        if files:
            snapshot.labour[key] = files
        snapshot.manifest.setdefault("labour", {})[key] = entry
        report.states[key] = SourceState(key, entry["state"], entry.get("fetched_at", ""), entry.get("problem", ""))

    await asyncio.gather(*(one(key) for key in fetchers))
    report.states = {key: report.states[key] for key in fetchers}
    return report


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _check_shrink(key: str, rows: int, previous: Snapshot | None, options: LabourOptions) -> None:
    if rows == 0:
        raise SourceFailed("no usable rows")
    before = usable_rows(previous, key) if previous is not None else 0
    if before and rows < before * (1 - options.max_shrink_share):
        raise SourceFailed(f"{rows} usable rows, far fewer than the previous snapshot's {before}")


def _fall_back(key: str, previous: Snapshot | None, problem: str) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The previous snapshot's copy, marked stale with its own fetch date; else missing."""
    files = previous.labour.get(key, {}) if previous is not None else {}
    if previous is None or not files:
        return {}, {"state": MISSING, "problem": problem}
    entries = previous.manifest.get("labour")
    old = entries.get(key) if isinstance(entries, dict) else None
    old = old if isinstance(old, dict) else {}
    fetched_at = str(old.get("fetched_at") or previous.manifest.get("fetched_at") or "")
    return dict(files), {"state": STALE, "fetched_at": fetched_at, "problem": problem, "url": str(old.get("url") or "")}
