"""Fetch the open-data sources beside the Yrkesinfo API: keyless, and never a reason for a build to fail.

`fetch_with_sources` starts every source at the same time as the API fetch; a
source that asks per SSYK group starts with the previous snapshot's groups and
learns the site's from the details as they arrive (`SiteGroups`), the others run
entirely beside it. The whole fetch, sources included, keeps to
`FetchOptions.deadline` (`--deadline`): a source still running then is cut off.

Each source goes through the one HTTP layer (`fetch.http`: retries with backoff
and jitter, `Retry-After` honoured, a deadline per answer, body limits, the
open sources' redirect rule), then its files are checked with its own parser.
A source that is down, answers with errors, sends something that does not parse
or has changed shape, has far fewer usable rows than the previous snapshot, or
does not finish in time, is broken: the previous snapshot's copy is kept and
marked stale with its date, or, when there is none, the source is missing.
Either way the reason is recorded in the manifest and the build report.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TextIO

from generator.config import ApiSettings, LabourSettings
from generator.fetch import api
from generator.fetch.api import DetailHooks, FetchOptions, FetchReport
from generator.fetch.http import OPEN_DATA_HOSTS, HttpClient, RateLimiter
from generator.errors import RequestFailed
from generator.helpers.collector import collector_paused
from generator.sources.base import FRESH, MISSING, STALE, LabourOptions, SiteGroups, Source, SourceState, ssyk_codes
from generator.sources.registry import SOURCES
from generator.snapshot.store import Snapshot


@dataclass
class LabourReport:
    states: dict[str, SourceState] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        return [
            f"{key} fetch: {self.requests.get(key, 0)} requests, {self.seconds.get(key, 0.0):.2f} s; "
            + state.describe().split("\n")[0]
            for key, state in self.states.items()
        ]


@dataclass
class _Result:
    files: dict[str, bytes]
    entry: dict[str, Any]


async def fetch_with_sources(
    settings: ApiSettings, previous: Snapshot | None, *, options: FetchOptions, labour: LabourSettings,
    labour_options: LabourOptions, log: TextIO | None = None, quiet: bool = False,
) -> tuple[Snapshot, FetchReport, LabourReport]:
    """The API and every source at once, within one deadline; the API must succeed, the sources may not."""
    deadline = asyncio.get_running_loop().time() + options.deadline
    # Until the details are in, the previous snapshot's groups are the best guess of the site's.
    groups = SiteGroups.pending(likely=ssyk_codes(previous.details) if previous is not None else None)
    sources = asyncio.ensure_future(_fetch_sources(previous, labour, options, labour_options, groups, deadline))
    try:
        snapshot, report = await api.fetch_snapshot(settings, previous=previous, options=options, log=log, quiet=quiet,
                                                    hooks=DetailHooks(each=groups.found, ready=groups.all_in))
    except BaseException:
        sources.cancel()
        await asyncio.gather(sources, return_exceptions=True)
        raise
    results, labour_report = await sources
    _apply(snapshot, results)
    return snapshot, report, labour_report


async def add_labour(
    snapshot: Snapshot, previous: Snapshot | None, settings: LabourSettings, *,
    options: FetchOptions = FetchOptions(), labour: LabourOptions = LabourOptions(), only: tuple[str, ...] = (),
) -> LabourReport:
    """Fetch every source (or `only` those named) into `snapshot` (its `labour` files and manifest entries),
    its groups known."""
    loop = asyncio.get_running_loop()
    groups = SiteGroups.of(ssyk_codes(snapshot.details))
    results, report = await _fetch_sources(previous, settings, options, labour, groups, loop.time() + options.deadline, only)
    _apply(snapshot, results)
    return report


def _apply(snapshot: Snapshot, results: dict[str, _Result]) -> None:
    for key, result in results.items():
        if result.files:
            snapshot.labour[key] = result.files
        snapshot.manifest.setdefault("labour", {})[key] = result.entry


async def _fetch_sources(
    previous: Snapshot | None, settings: LabourSettings, options: FetchOptions, labour: LabourOptions,
    groups: SiteGroups, deadline: float, only: tuple[str, ...] = (),
) -> tuple[dict[str, _Result], LabourReport]:
    report = LabourReport()
    results: dict[str, _Result] = {}
    sources = {key: source for key, source in SOURCES.items() if not only or key in only}
    limiters: dict[str, RateLimiter] = {}

    async def one(source: Source) -> None:
        # One client per source, each with its own connections; sources of one host share its rate limit.
        shared = source.host or source.key
        limiter = limiters.setdefault(shared, RateLimiter(*source.rate(labour)))
        async with HttpClient(options.http, hosts=OPEN_DATA_HOSTS, headers={"Accept": "application/json"},
                              concurrency=source.in_flight(labour), limiter=limiter) as http:
            started = time.monotonic()
            results[source.key] = await _fetch_one(source, http, settings, groups, previous, labour, deadline, options)
            report.seconds[source.key] = time.monotonic() - started
            report.requests[source.key] = http.requests
        entry = results[source.key].entry
        report.states[source.key] = SourceState(source.key, entry["state"], entry.get("fetched_at", ""),
                                                entry.get("problem", ""), entry.get("unusable", 0))

    await asyncio.gather(*(one(source) for source in sources.values()))
    report.states = {key: report.states[key] for key in sources}
    return results, report


async def _fetch_one(
    source: Source, http: HttpClient, settings: LabourSettings, groups: SiteGroups,
    previous: Snapshot | None, labour: LabourOptions, deadline: float, options: FetchOptions,
) -> _Result:
    url = str(getattr(settings, source.setting))
    before = recorded_rows(previous, source, labour) if previous is not None else 0
    try:
        async with asyncio.timeout_at(deadline):
            files = await source.fetch(http, url, groups, labour)
            with collector_paused():
                facts = source.parse(files, labour)
        _check_shrink(facts.rows, before, labour)
    except TimeoutError:
        return _fall_back(source.key, previous, f"not done within the fetch's deadline of {options.deadline:g} s (--deadline)")
    except (RequestFailed, ValueError, RecursionError) as exc:  # SourceBroken is a ValueError, as is bad JSON
        return _fall_back(source.key, previous, http.redact(str(exc)) or type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - a source is optional: whatever its data does to a parser, the build goes on
        return _fall_back(source.key, previous, http.redact(f"unexpected {type(exc).__name__}: {exc}"))
    entry: dict[str, Any] = {"state": FRESH, "fetched_at": _now(), "url": url, "rows": facts.rows}
    if facts.unusable:
        entry["unusable"] = facts.unusable
    return _Result(files, entry)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _check_shrink(rows: int, before: int, options: LabourOptions) -> None:
    if rows == 0:
        raise ValueError("no usable rows")
    if before and rows < before * (1 - options.max_shrink_share):
        raise ValueError(f"{rows} usable rows, far fewer than the previous snapshot's {before}")


def recorded_rows(snapshot: Snapshot, source: Source, options: LabourOptions = LabourOptions()) -> int:
    """The usable rows of a snapshot's copy of `source` as its fetch counted them (the manifest's `rows`),
    else as `usable_rows` counts them. Reading a big table again at the start of every fetch cost the
    API's fetch a tenth of a second, the time the event loop was busy with it."""
    entries = snapshot.manifest.get("labour")
    entry = entries.get(source.key) if isinstance(entries, dict) else None
    rows = entry.get("rows") if isinstance(entry, dict) and source.key in snapshot.labour else None
    if isinstance(rows, int) and not isinstance(rows, bool) and rows >= 0:
        return rows
    return usable_rows(snapshot, source, options)


def usable_rows(snapshot: Snapshot, source: Source, options: LabourOptions = LabourOptions()) -> int:
    """How many usable rows a snapshot's copy of `source` holds (0 when none, or none that reads)."""
    files = snapshot.labour.get(source.key)
    if not files:
        return 0
    try:
        return source.parse(files, options).rows
    except (ValueError, RecursionError):
        return 0


def _fall_back(key: str, previous: Snapshot | None, problem: str) -> _Result:
    """The previous snapshot's copy, marked stale with its own fetch date; else missing."""
    files = previous.labour.get(key, {}) if previous is not None else {}
    if previous is None or not files:
        return _Result({}, {"state": MISSING, "problem": problem})
    entries = previous.manifest.get("labour")
    old = entries.get(key) if isinstance(entries, dict) else None
    old = old if isinstance(old, dict) else {}
    fetched_at = str(old.get("fetched_at") or previous.manifest.get("fetched_at") or "")
    return _Result(dict(files), {"state": STALE, "fetched_at": fetched_at, "problem": problem, "url": str(old.get("url") or "")})
