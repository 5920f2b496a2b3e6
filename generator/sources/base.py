"""The protocol every open-data source keeps, and what the sources share.

A source is one object (a `Source` subclass, one module each) that says:
- `key`: its folder in the snapshot (`arbetsmarknad/<key>/`) and its manifest entry;
- `label`: its name on the pages; `setting`: the `LabourSettings` field with its URL;
- `fetch(http, url, groups, options)`: what it fetches into the snapshot, as file name ->
  raw bytes, through the one HTTP layer (`fetch.http.HttpClient`, already set up with the
  redirect rule, retries and rate limit). `groups` (`SiteGroups`) is for a source that
  asks per SSYK group: the previous snapshot's groups at once, each group as a detail
  names it, and all of them once the Yrkesinfo details are in; a source that needs no
  groups runs entirely beside the API;
- `parse(files, options)`: the files as typed `Facts` keyed by SSYK group (a county
  breakdown inside each), or `SourceBroken`. The same parse checks a fresh fetch and reads
  a snapshot, so what is kept is what a build can read.

The runner (`sources.fetch`) gives every source the same guarantees: its state (FRESH,
STALE with the date of the copy in use, MISSING), the previous snapshot's copy when it
fails, shrinks by more than `max_shrink_share` or runs past the fetch's deadline, and its
unusable rows counted in the report. Adding a source is one module, its stand-in in
`devtools/stub_labour.py`, its sample data and its tests, and a line in `sources.registry`.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, ClassVar, Collection, Generator, Generic, TypeVar

from generator.fetch.http import HttpClient
from generator.errors import SourceBroken

FRESH, STALE, MISSING = "fresh", "stale", "missing"
PROBLEMS_KEPT = 20  # per source: the rest are counted, not listed
DETAILS_SHOWN = 5  # per source, in the build report
SOURCE_BODY_LIMIT = 32 * 1024 * 1024  # bytes, after decompression, for one answer of a source
LABELS: dict[str, str] = {}  # key -> label, of every Source class defined
_SSYK = re.compile(r"[0-9]{4}")

T = TypeVar("T")


@dataclass(frozen=True)
class LabourOptions:
    """Limits every source keeps to: requests, answer sizes, rows, and the shrink guard."""

    max_values: int = 100_000  # SCB answers at most this many values per query
    requests_per_window: int = 10  # SCB allows about 10 requests ...
    window_seconds: float = 10.0  # ... per 10 seconds and address
    max_shrink_share: float = 0.20  # far fewer usable rows than last time: broken, like the list's guard
    body_limit: int = SOURCE_BODY_LIMIT
    max_per_group: int = 40  # facts one SSYK group may bring (barometer occupations); the rest are unusable
    # JobSearch asks clients not to poll hard: a few requests at a time. Six keep its ~280 counts (one per
    # SSYK group) within the time the API's details take with 8 (bench/sources_bench.py --whole) ...
    jobsearch_concurrency: int = 6
    # ... and at most this many started per second, which binds only where answers come in under 40 ms:
    # a cap for a fast network, not the pace of an ordinary fetch.
    jobsearch_per_second: int = 150


@dataclass
class Facts(Generic[T]):
    """What a source's files say, keyed by SSYK group, and what could not be used."""

    by_group: dict[str, T]
    rows: int  # usable rows: the shrink guard's measure
    problems: list[str] = field(default_factory=list)  # the first PROBLEMS_KEPT, one line each
    unusable: int = 0  # rows (or figures) left out, all of them counted

    def note(self, problem: str, count: int = 1) -> None:
        """Count `count` unusable rows; keep the message while fewer than PROBLEMS_KEPT are kept."""
        self.unusable += count
        if len(self.problems) < PROBLEMS_KEPT:
            self.problems.append(problem)


class Source:
    """One open-data source (see the module's docstring). Subclasses set the class attributes."""

    key: ClassVar[str]
    label: ClassVar[str]
    setting: ClassVar[str]  # the LabourSettings field that holds its URL
    host: ClassVar[str] = ""  # sources of one host ("scb") share one rate limiter; "" for a limiter of its own

    def rate(self, options: LabourOptions) -> tuple[int, float]:
        """At most this many requests started per this many seconds."""
        return options.requests_per_window, options.window_seconds

    def in_flight(self, options: LabourOptions) -> int:
        """At most this many requests at a time."""
        return 4

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        LABELS[cls.key] = cls.label

    async def fetch(self, http: HttpClient, url: str, groups: SiteGroups,
                    options: LabourOptions) -> dict[str, bytes]:
        raise NotImplementedError

    def parse(self, files: dict[str, bytes], options: LabourOptions = LabourOptions()) -> Facts[Any]:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class SourceState:
    key: str
    state: str  # FRESH, STALE or MISSING
    fetched_at: str = ""  # when the data in use was fetched (ISO time)
    problem: str = ""  # what was wrong, when the last fetch failed
    # Rows or figures of the data in use that were left out, and the first few reasons: for the build
    # report, not part of what a page shows, so neither of its build key (repr) nor of equality.
    unusable: int = field(default=0, compare=False, repr=False)
    details: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def label(self) -> str:
        return LABELS[self.key]

    @property
    def stale_date(self) -> str:
        """The day the data in use was fetched, when it is older than this build's fetch."""
        return self.fetched_at[:10] if self.state == STALE else ""

    def describe(self) -> str:
        """One line, then the first DETAILS_SHOWN reasons for unusable rows, each on a line of its own."""
        what = {FRESH: "fresh", STALE: f"stale, from {self.fetched_at[:10] or 'an unknown date'}", MISSING: "missing"}[self.state]
        unusable = f", {self.unusable} unusable rows or figures left out" if self.unusable else ""
        lines = [f"{self.key}: {what}{unusable}" + (f" ({self.problem})" if self.problem else "")]
        lines += [f"  {detail}" for detail in self.details[:DETAILS_SHOWN]]
        if self.unusable > min(len(self.details), DETAILS_SHOWN):
            lines.append(f"  ... and {self.unusable - min(len(self.details), DETAILS_SHOWN)} more")
        return "\n".join(lines)


class SiteGroups:
    """The SSYK groups the site's occupations name, for a source that asks per group, told of the details
    by the API's fetch (`found` for each as it arrives, `all_in` once every one is in): `await groups` waits
    until every detail is in; `ready()` says them without waiting once they are known; `seen` lists those
    named by the details in so far, and `news()` waits for the next one found (or for all to be known);
    `likely` is the previous snapshot's, a first guess for a source that starts before then."""

    def __init__(self, known: asyncio.Future[list[str]], likely: list[str] | None = None) -> None:
        self._known = known
        self._ready: set[str] | None = None
        self.likely = likely or []
        self.seen: dict[str, None] = {}  # in the order found
        self._news = asyncio.Event()
        known.add_done_callback(lambda _: self._wake())

    @classmethod
    def of(cls, codes: list[str]) -> SiteGroups:
        """Groups known already (a snapshot's)."""
        groups = cls.pending()
        groups.all_in_codes(codes)
        return groups

    @classmethod
    def pending(cls, likely: list[str] | None = None) -> SiteGroups:
        """Groups the API's fetch is still finding."""
        return cls(asyncio.get_running_loop().create_future(), likely)

    def found(self, detail: Any) -> None:
        """A detail is in (as the API's fetch parsed it)."""
        new = [code for code in detail_groups(detail) if code not in self.seen]
        if new:
            self.seen.update(dict.fromkeys(new))
            self._wake()

    def all_in(self, details: dict[int, bytes]) -> None:
        self.all_in_codes(ssyk_codes(details))

    def all_in_codes(self, codes: list[str]) -> None:
        if not self._known.done():
            self.seen.update(dict.fromkeys(codes))
            self._known.set_result(codes)

    def _wake(self) -> None:
        self._news.set()
        self._news = asyncio.Event()

    @property
    def settled(self) -> bool:
        """No more groups will be found: every one is known (or never will be)."""
        return self._known.done()

    async def news(self) -> None:
        """Wait until another group is found, or every one is known (at once when settled)."""
        if not self.settled:
            await self._news.wait()

    def __await__(self) -> Generator[Any, None, list[str]]:
        return asyncio.shield(self._known).__await__()

    async def in_turn(self, available: Collection[str]) -> AsyncIterator[list[str]]:
        """The site's groups among `available`, for a source that asks for many groups per query: the likely
        ones at once, then, once the details are in, the site's groups beyond them (nothing more when there
        are none). Without likely ones, one list once the details are in. A likely group the site has since
        dropped is asked all the same: a few rows more, against a query that waits for every detail."""
        first = [code for code in self.likely if code in available]
        if first:
            yield first
        asked = set(first)
        rest = [code for code in await self if code in available and code not in asked]
        if rest or not first:
            yield rest

    def ready(self) -> set[str] | None:
        """The site's groups once known (None before, or when they never will be)."""
        if self._ready is None and self._known.done() and not self._known.cancelled() and self._known.exception() is None:
            self._ready = set(self._known.result())
        return self._ready


def ssyk_codes(details: dict[int, bytes]) -> list[str]:
    """Every SSYK group the occupations name, sorted: what a source that asks per group asks for."""
    codes: set[str] = set()
    for raw in details.values():
        try:
            codes.update(detail_groups(json.loads(raw)))
        except (ValueError, RecursionError):
            continue
    return sorted(codes)


def detail_groups(detail: Any) -> list[str]:
    """The SSYK groups one parsed detail names, in its order."""
    groups = detail.get("yrkesgrupperOchBenamningar") if isinstance(detail, dict) else None
    codes = []
    for group in groups if isinstance(groups, list) else []:
        code = group.get("ssyk") if isinstance(group, dict) else None
        if isinstance(code, str) and _SSYK.fullmatch(code.strip()):
            codes.append(code.strip())
    return codes


def load_json(raw: bytes, what: str) -> Any:
    """Parsed JSON, or SourceBroken that says what did not parse."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise SourceBroken(f"{what} is nested too deeply") from None
    except ValueError as exc:
        raise SourceBroken(f"{what} is not valid JSON ({exc})") from None


async def get_json(http: HttpClient, method: str, url: str, options: LabourOptions, body: Any = None) -> bytes:
    """The raw body of a 200 answer that parses as JSON (malformed JSON is asked again)."""
    _, raw = await http.json(method, url, limit=options.body_limit, what=f"the answer from {url}", json_body=body)
    return raw
