"""What "Mina yrken" and "Jämför" show of each occupation: one small JSON file.

Both pages are drawn in the browser from the reader's own list (ids in
localStorage or in a shared link), so they read this file, written by the build
under a content-hashed name and fetched only by those two pages.

The file is {"interests": {letter: name}, "occupations": [row, ...]} in A–Ö
order. A row is an object with named keys, so a field can be added without
breaking readers; keys with no value are left out. Two keys come from the
labour-market stage (`labour_fields`), and both pages show them when a row has
them (see templates/assets/saved-view.js):

    "prospects": "3-21…"   one rating code a region, in the order of the file's "regions"
                            (names) and "codes" (county codes, "00" the whole country),
                            "-" for none; the file's "ratings" gives each code in words
    "pay": {"low": kr, "median": kr, "high": kr}   (SCB's 10th percentile, median, 90th; a month)
    "outlook": "Fler jobb"  the five-year forecast in a few words, where every assessment agrees
    "ads": [n, n, …]        open ads (JobSearch) in the order of "codes": the whole country first,
                            then each county (null: no county figure); just [n] without county figures
    "employed": n           people employed in the occupation's groups (SCB, the file's "employedYear")

The file also carries "adsCounted" (ISO date the ads were counted), "employedYear", "sample"
("1" when the figures are the sample's made-up ones), and
"missing": the site's one wording for each kind of missing figure (formatting.MISSING).
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Iterable

from generator.sources.labour import COUNTIES, RATING_CODES, REGION_ORDER, OccupationLabour
from generator.sources.barometer import NATIONAL
from generator.model.occupations import Occupation
from generator.site.formatting import MISSING, RATING_WORDS

REGION_NAMES = {NATIONAL: "Hela Sverige", **COUNTIES}
# occupation -> the labour-market keys of its row (labour_fields, or a stand-in in tests).
ProspectFields = Callable[[Occupation], dict[str, Any]]
PROSPECT_FIELDS = ("prospects", "pay", "outlook", "ads", "employed")
# The wordings the list pages use where a figure is missing, by kind.
LIST_MISSING = {kind: MISSING[key] for kind, key in (("prospects", "prospects_short"), ("rating", "rating"),
                ("pay", "pay_short"), ("ads", "ads_short"), ("employed", "employed_short"),
                ("outlook", "outlook_short"), ("other", "other_short"))}
# The barometer's five-year forecast, as short as a table cell allows.
OUTLOOK_WORDS = {"öka": "Fler jobb", "vara oförändrad": "Ungefär lika många jobb", "minska": "Färre jobb"}
HOURS_BRIEF_LIMIT = 140
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def saved_list_rows(
    occupations: Iterable[Occupation],
    education_words: dict[str, str],
    interests: dict[str, str],
    prospect_fields: ProspectFields | None = None,
    sources: dict[str, str] | None = None,
) -> bytes:
    """The JSON file, compact and deterministic. `sources`: "adsCounted" and "employedYear" (labour_sources), "sample"."""
    rows = [_row(o, education_words, prospect_fields) for o in occupations]
    data = {"interests": interests, "occupations": rows, "regions": [REGION_NAMES[code] for code in REGION_ORDER],
            "codes": list(REGION_ORDER), "missing": LIST_MISSING,
            "ratings": {code: RATING_WORDS[rating] for rating, code in RATING_CODES.items()},
            **{key: value for key, value in (sources or {}).items() if value}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _row(o: Occupation, education_words: dict[str, str], prospect_fields: ProspectFields | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": o.id,
        "name": o.name,
        "slug": o.slug,
        "summary": o.teaser,
        "education": [education_words[level] for level in o.education_levels],
        "interests": "".join(o.interests),
        "areas": list(o.areas),
        "hours": hours_in_brief(o.working_hours),
        "similar": [ref.id for ref in o.similar],
    }
    if prospect_fields:
        extra = prospect_fields(o)
        row.update({key: extra[key] for key in PROSPECT_FIELDS if extra.get(key) not in (None, "", [], {})})
    return {key: value for key, value in row.items() if value not in ("", [], {}, None)}


def hours_in_brief(paragraphs: tuple[str, ...], limit: int = HOURS_BRIEF_LIMIT) -> str:
    """The first sentence about working hours, cut at a word if it is long."""
    if not paragraphs:
        return ""
    first = _SENTENCE_END.split(paragraphs[0], maxsplit=1)[0].strip()
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def labour_fields(facts: OccupationLabour | None) -> dict[str, Any]:
    """An occupation's job prospects (per region, where the barometer's assessments agree) and
    pay (where one SCB group has it), in the shape of the module docstring."""
    if facts is None:
        return {}
    code = facts.ratings_code()
    salary = next((s for s in facts.salaries if s.median is not None), None) if facts.headline_median else None
    pay = {"low": salary.p10, "median": salary.median, "high": salary.p90} if salary else {}
    forecasts = {p.forecast for p in facts.prospects} - {None}
    outlook = OUTLOOK_WORDS.get(forecasts.pop(), "") if len(forecasts) == 1 else ""
    return {"prospects": code if code.strip("-") else "", "pay": {k: v for k, v in pay.items() if v}, "outlook": outlook,
            "ads": ads_counts(facts), "employed": employed_total(facts)}


def ads_counts(facts: OccupationLabour) -> list[int | None]:
    """Open ads in the whole country, then in each county (REGION_ORDER); [total] without county figures."""
    if facts.ads_total is None:
        return []
    counties = [facts.ads_in(code) for code in COUNTIES]
    return [facts.ads_total, *counties] if any(c is not None for c in counties) else [facts.ads_total]


def employed_total(facts: OccupationLabour) -> int | None:
    """People employed in the occupation's groups, when SCB shows every group's figure."""
    totals = [e.total for e in facts.employed]
    return None if not totals or None in totals else sum(t for t in totals if t is not None)


def labour_sources(all_facts: Iterable[OccupationLabour]) -> dict[str, str]:
    """When the ads were counted (ISO date) and the year of the employed, as the sources wrote them."""
    counted = {a.counted_at[:10] for f in all_facts for a in f.ads if a.counted_at}
    years = {e.year for f in all_facts for e in f.employed if e.year}
    return {"adsCounted": max(counted, default=""), "employedYear": max(years, default="")}
