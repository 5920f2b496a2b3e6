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

from generator.sources.barometer import COUNTIES, NATIONAL, RATINGS, Barometer, BarometerSource, Prospects, season
from generator.sources.base import FRESH, MISSING, STALE, Facts, Source, SourceState
from generator.sources.employed import EMPLOYED, EMPLOYED_AGE, Employed
from generator.sources.jobsearch import JOBSEARCH, Ads, Jobs
from generator.sources.pxweb_pay import PaySource
from generator.sources.registry import SOURCES
from generator.sources.salaries import Salary
from generator.snapshot.store import Snapshot

if TYPE_CHECKING:  # a type only: sources know nothing of the model
    from generator.model.catalog import Occupation

BAROMETER, SALARIES = BarometerSource.key, PaySource.key
NEW_SOURCES = (JOBSEARCH, EMPLOYED, EMPLOYED_AGE)  # issue 22's, for tests and benchmarks
# One character per region, in REGION_ORDER, for compact lists and the browse filter.
RATING_CODES = {"stora": "3", "medelstora": "2", "små": "1"}
REGION_ORDER = (NATIONAL, *COUNTIES)


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
    jobsearch: SourceState = SourceState(JOBSEARCH, MISSING)
    register: SourceState = SourceState(EMPLOYED, MISSING)

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

    def ads_code(self) -> str:
        """Open ads per region in REGION_ORDER, space-separated ("-": no figure; "" without any count)."""
        if self.ads_total is None:
            return ""
        counts = [self.ads_total, *(self.ads_in(code) for code in COUNTIES)]
        return " ".join("-" if c is None else str(c) for c in counts)

    def ratings_code(self) -> str:
        """The headline rating per region in REGION_ORDER, one character each ("-": none)."""
        return "".join(RATING_CODES.get(self.headline_rating(code) or "", "-") for code in REGION_ORDER)


@dataclass
class LabourData:
    """What the snapshot's sources say. What could not be used is on each source's state
    (`SourceState.unusable` and `.details`), which the build report lists."""

    barometer: Barometer | None
    salaries: dict[str, Salary]
    sources: dict[str, SourceState]
    facts: dict[str, Facts[Any]] = field(default_factory=dict)  # every source that reads, by key

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> "LabourData":
        sources, facts = {}, {}
        for key, source in SOURCES.items():
            found, problem = read_facts(snapshot, source)
            sources[key] = _state(snapshot, key, found, problem)
            if found is not None:
                facts[key] = found
        barometer, pay = facts.get(BAROMETER), facts.get(SALARIES)
        return cls(barometer=barometer if isinstance(barometer, Barometer) else None,
                   salaries=pay.by_group if pay is not None else {}, sources=sources, facts=facts)

    @functools.cached_property
    def jobs(self) -> Jobs | None:
        """The open ads, each with the time it was counted (the fetch of the copy in use)."""
        jobs = self.facts.get(JOBSEARCH)
        if not isinstance(jobs, Jobs):
            return None
        counted = self.sources[JOBSEARCH].fetched_at
        jobs.by_group = {k: dataclasses.replace(a, counted_at=counted) for k, a in jobs.by_group.items()}
        return jobs

    @functools.cached_property
    def employed(self) -> dict[str, Employed]:
        """People employed per group, with the share aged 55 or more where the age table has it."""
        counties = self.facts.get(EMPLOYED)
        ages = self.facts.get(EMPLOYED_AGE)
        if counties is None:
            return {}
        return {code: dataclasses.replace(e, age_year=ages.by_group[code][0], older_share=ages.by_group[code][1])
                if ages is not None and code in ages.by_group else e for code, e in counties.by_group.items()}

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


def read_facts(snapshot: Snapshot, source: Source) -> tuple[Facts[Any] | None, str]:
    """What the snapshot's copy of `source` says, or None and why not ("" when it holds none)."""
    files = snapshot.labour.get(source.key, {})
    if not files:
        return None, ""
    try:
        facts = source.parse(files)
    except Exception as exc:  # noqa: BLE001 - SourceBroken, and anything an optional source's data did to its parser
        return None, f"the snapshot's {source.key} files cannot be read ({exc if isinstance(exc, ValueError) else repr(exc)})"
    return (facts, "") if facts.rows else (None, f"the snapshot's {source.key} files have no usable rows")


def barometer_round(snapshot: Snapshot) -> str:
    """The round of the barometer a snapshot holds ("" when it holds none that reads)."""
    barometer, _ = read_facts(snapshot, SOURCES[BAROMETER])
    return barometer.round if isinstance(barometer, Barometer) else ""


def _state(snapshot: Snapshot, key: str, facts: Facts[Any] | None, problem: str) -> SourceState:
    entries = snapshot.manifest.get("labour")
    entry = entries.get(key) if isinstance(entries, dict) else None
    entry = entry if isinstance(entry, dict) else {}
    recorded = str(entry.get("problem") or "")
    if facts is None:
        return SourceState(key, MISSING, problem=problem or recorded)
    state = STALE if entry.get("state") == STALE else FRESH
    return SourceState(key, state, fetched_at=str(entry.get("fetched_at") or snapshot.manifest.get("fetched_at") or ""),
                       problem=recorded, unusable=facts.unusable, details=tuple(facts.problems))


__all__ = ["COUNTIES", "RATINGS", "season", "LabourData", "OccupationLabour", "SourceState", "FRESH", "STALE", "MISSING"]
