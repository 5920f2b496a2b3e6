"""Labour-market facts per occupation: the barometer's job prospects, SCB's pay, the open
ads (JobSearch) and the people employed (SCB's occupational register), joined to
occupations by SSYK group, with each source's state.

Every source is optional. `LabourData.from_snapshot` reads what the snapshot
holds; a source with no files, or files that no longer parse, is "missing" and
its section is left out. Nothing is guessed: an occupation whose groups have no
assessment or no salary gets none, and every figure says which group or which
barometer occupation it belongs to.

`OccupationLabour` is what pages (and other features, such as saved
occupations) read: `headline_rating(county)`, `headline_median`, `ratings_code()`.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator.sources.barometer import COUNTIES, NATIONAL, RATINGS, Barometer, Prospects, parse_barometer, season
from generator.sources.employed import EMPLOYED, Employed, parse_employed
from generator.sources.jobsearch import JOBSEARCH, Ads, Jobs, parse_jobs
from generator.sources.pxweb import PxError
from generator.sources.salaries import Salary, TableError, parse_salaries
from generator.snapshot.store import Snapshot

if TYPE_CHECKING:  # a type only: sources know nothing of the model
    from generator.model.catalog import Occupation

BAROMETER, SALARIES = "yrkesbarometer", "scb"
SOURCE_LABELS = {BAROMETER: "Arbetsförmedlingens yrkesbarometer", SALARIES: "SCB:s lönestrukturstatistik",
                 JOBSEARCH: "Arbetsförmedlingens Platsbanken", EMPLOYED: "SCB:s yrkesregister"}
BAROMETER_FILE = "yrkesbarometer.json"
TABLE_FILE = "tabell.json"  # the SCB table's metadata; the data answers are lon-<n>.json
FRESH, STALE, MISSING = "fresh", "stale", "missing"
# One character per region, in REGION_ORDER, for compact lists and the browse filter.
RATING_CODES = {"stora": "3", "medelstora": "2", "små": "1"}
REGION_ORDER = (NATIONAL, *COUNTIES)


@dataclass(frozen=True, slots=True)
class SourceState:
    key: str
    state: str  # FRESH, STALE or MISSING
    fetched_at: str = ""  # when the data in use was fetched (ISO time)
    problem: str = ""  # what was wrong, when the last fetch failed

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self.key]

    @property
    def stale_date(self) -> str:
        """The day the data in use was fetched, when it is older than this build's fetch."""
        return self.fetched_at[:10] if self.state == STALE else ""

    def describe(self) -> str:
        what = {FRESH: "fresh", STALE: f"stale, from {self.fetched_at[:10] or 'an unknown date'}", MISSING: "missing"}[self.state]
        return f"{self.key}: {what}" + (f" ({self.problem})" if self.problem else "")


@dataclass(frozen=True)
class OccupationLabour:
    """The labour-market facts one occupation page shows."""

    prospects: tuple[Prospects, ...]
    salaries: tuple[Salary, ...]
    barometer: SourceState
    pay: SourceState
    salary_scale: int  # kronor at the right end of every salary chart, the same on every page
    ads: tuple[Ads, ...] = ()  # open ads per SSYK group of the occupation
    employed: tuple[Employed, ...] = ()  # people employed per SSYK group
    jobsearch: SourceState = SourceState(JOBSEARCH, "missing")
    register: SourceState = SourceState(EMPLOYED, "missing")

    @property
    def ads_total(self) -> int | None:
        """Open ads in the whole country, summed over the occupation's groups (None: no count)."""
        return sum(a.total for a in self.ads) if self.ads else None

    def ads_in(self, county: str) -> int | None:
        """Open ads in one county over the occupation's groups (None when a group has no county figures)."""
        counts = [a.county(county) for a in self.ads]
        return None if not counts or None in counts else sum(c for c in counts if c is not None)

    def headline_rating(self, county: str = NATIONAL) -> str | None:
        """The rating when every assessment that has one agrees, else None (never a pick)."""
        ratings = {p.rating if county == NATIONAL else p.county(county) for p in self.prospects} - {None}
        return ratings.pop() if len(ratings) == 1 else None

    @property
    def headline_median(self) -> int | None:
        """The median pay when exactly one of the occupation's groups has one."""
        medians = [s.median for s in self.salaries if s.median is not None]
        return medians[0] if len(medians) == 1 else None

    def ratings_code(self) -> str:
        """The headline rating per region in REGION_ORDER, one character each ("-": none)."""
        return "".join(RATING_CODES.get(self.headline_rating(code) or "", "-") for code in REGION_ORDER)

    def summary(self) -> dict[str, Any]:
        """A small plain structure for other features: rating per region code, median pay."""
        return {
            "ratings": {code: self.headline_rating(code) for code in REGION_ORDER if self.headline_rating(code)},
            "median": self.headline_median,
        }


@dataclass
class LabourData:
    barometer: Barometer | None
    salaries: dict[str, Salary]
    sources: dict[str, SourceState]
    problems: list[str] = field(default_factory=list)
    jobs: Jobs | None = None
    employed: dict[str, Employed] = field(default_factory=dict)

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> "LabourData":
        sources, problems = {}, []
        barometer, barometer_problem = _read_barometer(snapshot)
        salaries, salary_problem = _read_salaries(snapshot)
        jobs, jobs_problem = _read_jobs(snapshot)
        employed, employed_problem = _read_employed(snapshot)
        for key, ok, problem in ((BAROMETER, barometer is not None, barometer_problem), (SALARIES, bool(salaries), salary_problem),
                                 (JOBSEARCH, jobs is not None, jobs_problem), (EMPLOYED, bool(employed), employed_problem)):
            sources[key] = _state(snapshot, key, ok, problem)
        if barometer:
            problems += [f"{BAROMETER}: {p}" for p in barometer.problems]
        if jobs:
            problems += [f"{JOBSEARCH}: {p}" for p in jobs.problems]
            counted = sources[JOBSEARCH].fetched_at
            jobs.by_group = {k: dataclasses.replace(a, counted_at=counted) for k, a in jobs.by_group.items()}
        return cls(barometer=barometer, salaries=salaries, sources=sources, problems=problems, jobs=jobs, employed=employed)

    @property
    def round(self) -> str:
        return self.barometer.round if self.barometer else ""

    @functools.cached_property
    def salary_scale(self) -> int:
        top = max((s.p90 or s.median or 0 for s in self.salaries.values()), default=0)
        return max(10_000, math.ceil(top / 10_000) * 10_000)

    def for_occupation(self, occupation: Occupation) -> OccupationLabour:
        codes = list(dict.fromkeys(g.code for g in occupation.ssyk_groups if g.code))
        prospects: list[Prospects] = []
        if self.barometer:
            for code in codes:
                prospects += self.barometer.by_group.get(code, [])
        # A barometer occupation of the very same name is this occupation: the others are not needed.
        same = [p for p in prospects if p.name.casefold() == occupation.name.casefold()]
        salaries = tuple(self.salaries[c] for c in codes if c in self.salaries)
        ads = tuple(self.jobs.by_group[c] for c in codes if c in self.jobs.by_group) if self.jobs else ()
        employed = tuple(self.employed[c] for c in codes if c in self.employed)
        return OccupationLabour(tuple(same or prospects), salaries, _shown(self.sources[BAROMETER]),
                                _shown(self.sources[SALARIES]), self.salary_scale, ads, employed,
                                _shown(self.sources[JOBSEARCH]), _shown(self.sources[EMPLOYED]))


def _shown(state: SourceState) -> SourceState:
    """What a page shows of a source's state: its date only when stale, never the problem,
    so a fresh fetch of the same data leaves the page (and its build key) as it was."""
    return SourceState(state.key, state.state, state.stale_date)


def usable_rows(snapshot: Snapshot, key: str) -> int:
    """How many usable rows (barometer), groups with a median (SCB), groups with ads (JobSearch) or groups
    with employed (register) a snapshot holds: the shrink guard's measure."""
    if key == BAROMETER:
        barometer, _ = _read_barometer(snapshot)
        return barometer.rows if barometer else 0
    if key == JOBSEARCH:
        jobs, _ = _read_jobs(snapshot)
        return jobs.rows if jobs else 0
    if key == EMPLOYED:
        employed, _ = _read_employed(snapshot)
        return sum(1 for e in employed.values() if e.total is not None)
    salaries, _ = _read_salaries(snapshot)
    return sum(1 for s in salaries.values() if s.median is not None)


def barometer_round(snapshot: Snapshot) -> str:
    """The round of the barometer a snapshot holds ("" when it holds none that reads)."""
    barometer, _ = _read_barometer(snapshot)
    return barometer.round if barometer else ""


def _read_barometer(snapshot: Snapshot) -> tuple[Barometer | None, str]:
    raw = snapshot.labour.get(BAROMETER, {}).get(BAROMETER_FILE)
    if raw is None:
        return None, ""
    try:
        barometer = parse_barometer(raw)
    except ValueError as exc:
        return None, f"the snapshot's {BAROMETER_FILE} cannot be read ({exc})"
    return (barometer, "") if barometer.rows else (None, "the barometer has no usable rows")


def _read_salaries(snapshot: Snapshot) -> tuple[dict[str, Salary], str]:
    files = snapshot.labour.get(SALARIES, {})
    if TABLE_FILE not in files:
        return {}, ""
    answers = [files[name] for name in sorted(files) if name != TABLE_FILE]
    try:
        return parse_salaries(files[TABLE_FILE], answers), ""
    except TableError as exc:
        return {}, f"the snapshot's SCB files cannot be read ({exc})"


def _read_jobs(snapshot: Snapshot) -> tuple[Jobs | None, str]:
    files = snapshot.labour.get(JOBSEARCH, {})
    if not files:
        return None, ""
    jobs = parse_jobs(files)
    if not jobs.by_group:
        return None, "the snapshot's JobSearch answers cannot be read"
    return jobs, ""


def _read_employed(snapshot: Snapshot) -> tuple[dict[str, Employed], str]:
    try:
        return parse_employed(snapshot.labour.get(EMPLOYED, {})), ""
    except PxError as exc:
        return {}, f"the snapshot's register files cannot be read ({exc})"


def _state(snapshot: Snapshot, key: str, usable: bool, problem: str) -> SourceState:
    entries = snapshot.manifest.get("labour")
    entry = entries.get(key) if isinstance(entries, dict) else None
    entry = entry if isinstance(entry, dict) else {}
    recorded = str(entry.get("problem") or "")
    if not usable:
        return SourceState(key, MISSING, problem=problem or recorded)
    state = STALE if entry.get("state") == STALE else FRESH
    return SourceState(key, state, fetched_at=str(entry.get("fetched_at") or snapshot.manifest.get("fetched_at") or ""),
                       problem=recorded)


__all__ = ["COUNTIES", "RATINGS", "season", "LabourData", "OccupationLabour", "SourceState"]
