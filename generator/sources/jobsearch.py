"""Arbetsförmedlingen's JobSearch API (Platsbanken's ads): how many ads are open now per
SSYK-4 group, in the whole country and in each county.

One GET per group, `occupation-group=<concept id>&limit=0&stats=region&stats.limit=30`:
the answer's `total.value` is the country's count and its `stats` of type "region" every
county's (a county with no ad may be absent: that is 0, not a gap). The group's concept
id comes from the JobTech taxonomy table shipped in content/taxonomy/ (see
content/make_ssyk_concept_ids.py); the counties' concept ids come in the answers.

An unknown group answers 200 with 0: a group with 0 ads is a fact ("Inga lediga jobb
just nu"), but a source whose every answer is 0 is suspect and treated as broken.
The snapshot keeps each group's raw answer as `<ssyk>.json`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.config import CONTENT_DIR
from generator.fetch.http import HttpClient
from generator.sources.barometer import COUNTIES
from generator.sources.base import Facts, LabourOptions, SiteGroups, Source, get_json
from generator.errors import RequestFailed, SourceBroken

JOBSEARCH = "jobsearch"
CONCEPT_IDS_FILE = CONTENT_DIR / "taxonomy" / "ssyk-concept-ids.json"
ANSWER_LIMIT = 1024 * 1024  # bytes: a count with limit=0 is a few kilobytes
PLATSBANKEN = "https://arbetsformedlingen.se/platsbanken/annonser"
_FILE = re.compile(r"([0-9]{4})\.json")
_CONCEPT = re.compile(r"[0-9A-Za-z_]{6,20}")
_NAMES = {name.casefold(): code for code, name in COUNTIES.items()}


@functools.cache
def group_concept_ids() -> dict[str, str]:
    """SSYK code -> the group's JobTech concept id, from the shipped table."""
    data = json.loads(CONCEPT_IDS_FILE.read_bytes())
    return {code: ident for code, ident in data["begrepp"].items() if _CONCEPT.fullmatch(ident)}


@dataclass(frozen=True, slots=True)
class CountyAds:
    code: str
    name: str
    count: int
    concept_id: str  # "" when no answer named this county


@dataclass(frozen=True, slots=True)
class Ads:
    """Open ads in one SSYK group when they were counted."""

    ssyk: str
    concept_id: str  # the group's, for Platsbanken's link ("" when the table has none)
    total: int  # the whole country
    counties: tuple[CountyAds, ...]  # every county in COUNTIES order; () when the answer had no county figures
    counted_at: str = ""  # ISO time of the fetch

    def county(self, code: str) -> int | None:
        return next((c.count for c in self.counties if c.code == code), None)

    def link(self, county: str = "") -> str:
        """Platsbanken's search for this group (and county, by concept id), or "" without the group's id."""
        if not self.concept_id:
            return ""
        concept = next((c.concept_id for c in self.counties if c.code == county), "")
        return f"{PLATSBANKEN}?p=5:{self.concept_id}" + (f"&l=2:{concept}" if concept else "")


def parse_answer(raw: bytes) -> tuple[int, dict[str, int], dict[str, str]]:
    """(total, count per county code, concept id per county code) of one answer; ValueError when unusable.
    The counts are {} when the answer has no region statistics at all."""
    answer = json.loads(raw)
    total = answer.get("total") if isinstance(answer, dict) else None
    value = total.get("value") if isinstance(total, dict) else total
    if not _count(value):
        raise ValueError("the answer has no total count")
    stats = answer.get("stats") if isinstance(answer.get("stats"), list) else []
    region = next((s for s in stats if isinstance(s, dict) and s.get("type") == "region"), None)
    if region is None:
        return value, {}, {}
    counts = dict.fromkeys(COUNTIES, 0)  # a county the statistics leave out has no ad
    concepts: dict[str, str] = {}
    for item in region.get("values") if isinstance(region.get("values"), list) else []:
        code = _county_code(item)
        if code and _count(item.get("count")):
            counts[code] = item["count"]
            ident = item.get("concept_id")
            if isinstance(ident, str) and _CONCEPT.fullmatch(ident):
                concepts[code] = ident
    return value, counts, concepts


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _county_code(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    code = item.get("code")
    if isinstance(code, str) and code.strip().zfill(2) in COUNTIES:
        return code.strip().zfill(2)
    term = item.get("term")
    return _NAMES.get(" ".join(term.split()).casefold()) if isinstance(term, str) else None


@dataclass
class Jobs(Facts[Ads]):
    """Every group's count; `rows` counts the groups with at least one ad (0 when every answer was 0)."""

    county_concepts: dict[str, str] = field(default_factory=dict)  # county code -> concept id, from every answer


def parse_jobs(files: dict[str, bytes], counted_at: str = "") -> Jobs:
    """Every group's answer in the snapshot; an answer that does not read is counted as unusable."""
    answers: dict[str, tuple[int, dict[str, int], dict[str, str]]] = {}
    concepts: dict[str, str] = {}
    jobs = Jobs({}, 0)
    for name in sorted(files):
        match = _FILE.fullmatch(name)
        if not match:
            continue
        try:
            answers[match.group(1)] = parse_answer(files[name])
        except (ValueError, AttributeError, RecursionError) as exc:
            jobs.note(f"{name}: {exc}")
            continue
        concepts |= answers[match.group(1)][2]
    ids = group_concept_ids()
    for ssyk, (total, counts, _) in answers.items():
        counties = tuple(CountyAds(code, name, counts[code], concepts.get(code, "")) for code, name in COUNTIES.items()) \
            if counts else ()
        jobs.by_group[ssyk] = Ads(ssyk, ids.get(ssyk, ""), total, counties, counted_at)
    jobs.rows = sum(1 for ads in jobs.by_group.values() if ads.total > 0)
    jobs.county_concepts = dict(sorted(concepts.items()))
    return jobs


def request_url(base: str, concept_id: str) -> str:
    from urllib.parse import urlencode

    query = urlencode([("occupation-group", concept_id), ("limit", "0"), ("stats", "region"), ("stats.limit", "30")])
    return f"{base}{'&' if '?' in base else '?'}{query}"


class _NextGroup:
    """The next group to count, for a few workers at a time: the previous snapshot's groups first (the
    site's, but for what changed since), then each group as the API's details name it. Counting starts
    with the first detail instead of after the last, and never asks a group the site does not have
    once the site's groups are known. None when every one is asked."""

    def __init__(self, groups: SiteGroups, ids: dict[str, str]) -> None:
        self.groups, self.ids = groups, ids
        self.asked: set[str] = set()

    async def __call__(self) -> str | None:
        while True:
            site = self.groups.ready()
            for code in (*self.groups.likely, *self.groups.seen):
                if code in self.ids and code not in self.asked and (site is None or code in site):
                    self.asked.add(code)
                    return code
            if self.groups.settled:  # every group known and asked (or never to be known)
                return None
            await self.groups.news()


class JobSearchSource(Source):
    """One count per SSYK group, a few at a time, beside the API's fetch."""

    key, label, setting = JOBSEARCH, "Arbetsförmedlingens Platsbanken", "jobsearch_url"

    def rate(self, options: LabourOptions) -> tuple[int, float]:
        return options.jobsearch_per_second, 1.0

    def in_flight(self, options: LabourOptions) -> int:
        return options.jobsearch_concurrency

    async def fetch(self, http: HttpClient, url: str, groups: SiteGroups,
                    options: LabourOptions) -> dict[str, bytes]:
        ids = group_concept_ids()
        small = dataclasses.replace(options, body_limit=min(options.body_limit, ANSWER_LIMIT))
        files: dict[str, bytes] = {}
        with_ads: list[bool] = []
        take = _NextGroup(groups, ids)

        async def worker() -> None:
            while (code := await take()) is not None:
                raw = await get_json(http, "GET", request_url(url, ids[code]), small)
                try:
                    total, _, _ = parse_answer(raw)
                except (ValueError, AttributeError) as exc:
                    raise SourceBroken(f"the answer for SSYK {code} cannot be read ({exc})") from None
                files[f"{code}.json"] = raw
                with_ads.append(total > 0)

        try:  # the first failure cancels the rest: one broken answer breaks the source
            async with asyncio.TaskGroup() as tasks:
                for _ in range(options.jobsearch_concurrency):
                    tasks.create_task(worker())
        except* (ValueError, RequestFailed) as failures:
            raise failures.exceptions[0] from None
        if not files:
            raise SourceBroken("none of the site's SSYK groups has a concept id in the taxonomy table")
        if not any(with_ads):
            raise SourceBroken(f"all {len(files)} groups answered 0 ads: suspect, not used")
        return dict(sorted(files.items()))

    def parse(self, files: dict[str, bytes], options: LabourOptions = LabourOptions()) -> Jobs:
        return parse_jobs(files)
