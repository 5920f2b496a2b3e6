"""SCB's occupational register (yrkesregistret): who does the job, per SSYK-4 group.

Two PxWeb v1 tables, read like the pay (pxweb.py): YREG60BAS, employed persons by
region, occupation, sex and year, and YREG54BAS, by occupation, age band, sex and year
(an industry variable left out). Every variable and the measure are found by their
texts in the metadata; other variables the table lets us leave out are left out.
A hidden figure (`..`) is no figure, never 0, and a share built from one is no share.

Two sources on the protocol of sources.base, each with its own state and fallback:
`yrkesregistret` keeps `lan-tabell.json` and `lan-<n>.json` (YREG60BAS), and
`yrkesregistret-alder` keeps `alder-tabell.json` and `alder-<n>.json` (YREG54BAS);
LabourData joins the age shares to the county figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.fetch.http import HttpClient
from generator.sources import pxweb
from generator.sources.barometer import COUNTIES, NATIONAL
from generator.sources.base import Facts, LabourOptions, SiteGroups, Source, get_json

EMPLOYED, EMPLOYED_AGE = "yrkesregistret", "yrkesregistret-alder"
COUNTY_TABLE, AGE_TABLE = "lan-tabell.json", "alder-tabell.json"
OLDER_FROM = 55  # "55 år eller äldre": many of them retire within ten years
_MEASURE = r"anställda|sysselsatta|förvärvsarbetande|antal|personer"
_TOTAL = r"total|samtliga|båda|alla|^\s*totalt"
_BAND = re.compile(r"\s*([0-9]{2})")


@dataclass(frozen=True, slots=True)
class Employed:
    ssyk: str
    group_name: str
    year: str
    total: int | None  # the whole country; None: SCB shows no figure
    counties: tuple[tuple[str, int | None], ...]  # (county code, employed) in COUNTIES order
    women_share: float | None  # 0..1 of the whole country
    age_year: str = ""
    older_share: float | None = None  # aged OLDER_FROM or more, 0..1

    def county(self, code: str) -> int | None:
        return dict(self.counties).get(code)


@dataclass(frozen=True)
class Layout:
    """Which variables of a table are which, found by their texts."""

    occupation: pxweb.Variable
    contents: str  # the measure variable's code
    measure: str
    time: pxweb.Variable
    sex: pxweb.Variable | None
    other: dict[str, list[str]]  # variables kept at a total value, or left out ([])
    region: pxweb.Variable | None = None
    age: pxweb.Variable | None = None


def layout(raw: bytes, kind: str) -> Layout:
    """The table's layout; `kind` is "county" (YREG60BAS) or "age" (YREG54BAS). Raises PxError."""
    table = pxweb.variables(raw)
    occupation = pxweb.find(table, r"yrke|ssyk")
    contents = pxweb.find(table, r"tabellinnehåll|ContentsCode")
    measures = list(contents.values) if len(contents.values) == 1 else pxweb.values_matching(contents, _MEASURE)
    if len(measures) != 1:
        raise pxweb.PxError(f"no single measure in {contents.code} reads as employed persons")
    time = pxweb.find(table, r"^år$|^tid$", time=True)
    sex = pxweb.find(table, r"kön", required=False)
    region = pxweb.find(table, r"region|län", required=kind == "county")
    age = pxweb.find(table, r"ålder", required=kind == "age")
    named = {v.code for v in (occupation, contents, time, sex, region, age) if v is not None}
    other = {}
    for var in table:
        if var.code not in named:
            total = pxweb.values_matching(var, _TOTAL)[:1]
            if not var.elimination and not total:
                raise pxweb.PxError(f"the table's variable {var.code} can neither be left out nor set to a total")
            other[var.code] = [] if var.elimination else total
    return Layout(occupation, contents.code, measures[0], time, sex, other, region, age)


def _sexes(lay: Layout, kind: str) -> list[str]:
    """Men and women apart for the county table (the women's share); the total, else both, for ages."""
    if lay.sex is None:
        return []
    men, women = pxweb.values_matching(lay.sex, r"^\s*män"), pxweb.values_matching(lay.sex, r"kvinn")
    if kind == "age":
        total = pxweb.values_matching(lay.sex, _TOTAL)
        if total or lay.sex.elimination:
            return total[:1]
    if len(men) != 1 or len(women) != 1:
        raise pxweb.PxError(f"the table's {lay.sex.code} has no single value for men and for women")
    return [men[0], women[0]]


def _regions(lay: Layout) -> list[str]:
    return [v for v in lay.region.values if v == NATIONAL or v in COUNTIES] if lay.region else []


def _bands(lay: Layout) -> list[str]:
    return [v for v, t in zip(lay.age.values, lay.age.texts) if _BAND.match(t) or _BAND.match(v)] if lay.age else []


def query(lay: Layout, kind: str, codes: list[str]) -> dict[str, Any]:
    parts = [pxweb.selection(lay.occupation.code, codes), pxweb.selection(lay.contents, [lay.measure]),
             pxweb.selection(lay.time.code, ["1"], "top")]
    if lay.region:
        parts.append(pxweb.selection(lay.region.code, _regions(lay)))
    if lay.age:
        parts.append(pxweb.selection(lay.age.code, _bands(lay)))
    sexes = _sexes(lay, kind)
    if lay.sex and sexes:
        parts.append(pxweb.selection(lay.sex.code, sexes))
    parts += [pxweb.selection(code, values) for code, values in lay.other.items() if values]
    return {"query": parts, "response": {"format": "json"}}


def values_per_group(lay: Layout, kind: str) -> int:
    return max(1, len(_regions(lay))) * max(1, len(_bands(lay))) * max(1, len(_sexes(lay, kind)))


@dataclass
class _Cells:
    """Figures of one table: (ssyk, year) -> (region or band, sex) -> figure."""

    by_group: dict[tuple[str, str], dict[tuple[str, str], float | None]]

    def latest(self) -> dict[str, tuple[str, dict[tuple[str, str], float | None]]]:
        best: dict[str, tuple[str, dict[tuple[str, str], float | None]]] = {}
        for (ssyk, year), cells in sorted(self.by_group.items()):
            best[ssyk] = (year, cells)  # sorted: the latest year is the last one seen
        return best


def read_cells(lay: Layout, answers: list[bytes], by: pxweb.Variable | None) -> _Cells:
    """Every answer's figures, keyed by group, year, `by` (region or age band) and sex."""
    cells: dict[tuple[str, str], dict[tuple[str, str], float | None]] = {}
    for raw in answers:
        for key, values in pxweb.rows(raw):
            ssyk, year = key.get(lay.occupation.code, ""), key.get(lay.time.code, "")
            if not re.fullmatch(r"[0-9]{4}", ssyk) or not year:
                continue
            where = key.get(by.code, "") if by else ""
            sex = key.get(lay.sex.code, "") if lay.sex else ""
            cells.setdefault((ssyk, year), {})[(where, sex)] = pxweb.figure(values.get(lay.measure))
    return _Cells(cells)


def _sum(values: list[float | None]) -> float | None:
    return None if not values or any(v is None for v in values) else sum(v for v in values if v is not None)


def _share(part: float | None, whole: float | None) -> float | None:
    return part / whole if part is not None and whole else None


def _whole(value: float | None) -> int | None:
    return round(value) if value is not None and value >= 0 else None


def parse_employed(files: dict[str, bytes]) -> Facts[Employed]:
    """Each group's latest year: employed in the country and per county, and the women's share.
    Raises PxError (a SourceBroken) when the table or an answer cannot be read."""
    if COUNTY_TABLE not in files:
        raise pxweb.PxError(f"no {COUNTY_TABLE}")
    lay = layout(files[COUNTY_TABLE], "county")
    men, women = _sexes(lay, "county")
    names = pxweb.groups(lay.occupation)
    regions = _regions(lay)
    facts: Facts[Employed] = Facts({}, 0)
    for ssyk, (year, cells) in read_cells(lay, _answers(files, "lan"), lay.region).latest().items():
        def total(region: str) -> float | None:
            return _sum([cells.get((region, men)), cells.get((region, women))])
        national = total(NATIONAL)
        facts.by_group[ssyk] = Employed(
            ssyk, names.get(ssyk, ""), year, _whole(national),
            tuple((code, _whole(total(code))) for code in COUNTIES if code in regions),
            _share(cells.get((NATIONAL, women)), national),
        )
    facts.rows = sum(1 for e in facts.by_group.values() if e.total is not None)
    return facts


def _answers(files: dict[str, bytes], prefix: str) -> list[bytes]:
    return [files[name] for name in sorted(files) if re.fullmatch(rf"{prefix}-[0-9]+\.json", name)]


def parse_ages(files: dict[str, bytes]) -> Facts[tuple[str, float | None]]:
    """Group -> (year, share aged OLDER_FROM or more; None when a band is hidden)."""
    if AGE_TABLE not in files:
        raise pxweb.PxError(f"no {AGE_TABLE}")
    lay = layout(files[AGE_TABLE], "age")
    wanted = set(_bands(lay))
    bands = {v: int((_BAND.match(t) or _BAND.match(v)).group(1))  # type: ignore[union-attr]
             for v, t in zip(lay.age.values, lay.age.texts) if v in wanted} if lay.age else {}
    facts: Facts[tuple[str, float | None]] = Facts({}, 0)
    for ssyk, (year, cells) in read_cells(lay, _answers(files, "alder"), lay.age).latest().items():
        per_band: dict[str, list[float | None]] = {}
        for (band, _), value in cells.items():
            per_band.setdefault(band, []).append(value)
        sums = {band: _sum(values) for band, values in per_band.items() if band in bands}
        older = _sum([v for band, v in sums.items() if bands[band] >= OLDER_FROM])
        facts.by_group[ssyk] = (year, _share(older, _sum(list(sums.values()))))
    facts.rows = len(facts.by_group)
    return facts


class _RegisterTable:
    """One table of the register: its metadata, then the site's groups in as few queries as SCB allows."""

    kind: str
    table: str
    prefix: str
    host = "scb"  # SCB's limit of requests is per address: the pay and both tables share it

    async def fetch(self, http: HttpClient, url: str, groups: SiteGroups,
                    options: LabourOptions) -> dict[str, bytes]:
        metadata = await get_json(http, "GET", url, options)
        lay = layout(metadata, self.kind)
        per_group = values_per_group(lay, self.kind)
        return {self.table: metadata} | await pxweb.fetch_site_groups(
            http, url, options, groups, pxweb.groups(lay.occupation),
            lambda wanted: pxweb.batches(wanted, per_group, options.max_values),
            lambda chunk: query(lay, self.kind, chunk), lambda raw: read_cells(lay, [raw], None),
            self.prefix, self.table,
        )


class EmployedSource(_RegisterTable, Source):
    key, label, setting = EMPLOYED, "SCB:s yrkesregister", "employed_county_url"
    kind, table, prefix = "county", COUNTY_TABLE, "lan"

    def parse(self, files: dict[str, bytes], options: LabourOptions = LabourOptions()) -> Facts[Employed]:
        return parse_employed(files)


class EmployedAgeSource(_RegisterTable, Source):
    key, label, setting = EMPLOYED_AGE, "SCB:s yrkesregister, ålder", "employed_age_url"
    kind, table, prefix = "age", AGE_TABLE, "alder"

    def parse(self, files: dict[str, bytes], options: LabourOptions = LabourOptions()) -> Facts[tuple[str, float | None]]:
        return parse_ages(files)
