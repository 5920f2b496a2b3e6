"""Arbetsförmedlingen's Yrkesbarometer: one file of untrusted JSON rows made into typed
assessments, as a `Source` (see sources.base).

The file is a flat array, one row per barometer occupation and region (`lan`
"00" is the whole country). Rows are grouped by barometer occupation; each
belongs to one SSYK group, and several may share a group. A value this module
does not know (a new spelling, a new rating) is unknown, never an error and
never a guess: it is shown as no assessment.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from generator.helpers.text import one_line, paragraphs
from generator.fetch.http import HttpClient
from generator.sources.base import Facts, LabourOptions, SiteGroups, Source, get_json, load_json
from generator.errors import SourceBroken

BAROMETER_FILE = "yrkesbarometer.json"

NATIONAL = "00"
COUNTIES = {
    "01": "Stockholms län", "03": "Uppsala län", "04": "Södermanlands län", "05": "Östergötlands län",
    "06": "Jönköpings län", "07": "Kronobergs län", "08": "Kalmar län", "09": "Gotlands län",
    "10": "Blekinge län", "12": "Skåne län", "13": "Hallands län", "14": "Västra Götalands län",
    "17": "Värmlands län", "18": "Örebro län", "19": "Västmanlands län", "20": "Dalarnas län",
    "21": "Gävleborgs län", "22": "Västernorrlands län", "23": "Jämtlands län", "24": "Västerbottens län",
    "25": "Norrbottens län",
}
RATINGS = ("stora", "medelstora", "små")
FORECASTS = ("öka", "vara oförändrad", "minska")
# Spellings public clients have been seen to use for the same values (case and spaces aside).
_RATING_ALIASES = {"stor": "stora", "medel": "medelstora", "medelstor": "medelstora", "sma": "små", "liten": "små"}
_FORECAST_ALIASES = {"oka": "öka", "ökar": "öka", "oförändrad": "vara oförändrad", "minskar": "minska"}
_SSYK = re.compile(r"[0-9]{4}")
MAX_NAME = 200  # characters of a barometer occupation's name: a longer one makes its row unusable
MAX_TEXT = 5_000  # characters of an explanation: paragraphs past it are left out, and counted
_ROUND = re.compile(r"(20[0-9]{2})-([12])")


@dataclass(frozen=True, slots=True)
class CountyRating:
    code: str
    name: str
    rating: str | None  # one of RATINGS, or None: not assessed, or a value we do not know


@dataclass(frozen=True, slots=True)
class Prospects:
    """One barometer occupation's assessment, for the whole country and per county."""

    name: str  # the barometer occupation, as Arbetsförmedlingen names it
    ssyk: str
    ssyk_name: str
    partial: bool  # it is only part of its SSYK group
    rating: str | None  # the whole country
    forecast: str | None  # one of FORECASTS
    texts: tuple[str, ...]  # Arbetsförmedlingen's own explanation, paragraphs
    round: str  # e.g. "2026-1", as the source wrote it
    counties: tuple[CountyRating, ...]  # in COUNTIES order; counties without a row are left out

    def county(self, code: str) -> str | None:
        return next((c.rating for c in self.counties if c.code == code), None)


@dataclass
class Barometer(Facts[list[Prospects]]):
    """`rows`: rows that could be used, with a rating that is known or null (not assessed)."""

    @property
    def round(self) -> str:
        """The round most assessments belong to ("" when none)."""
        rounds = Counter(p.round for group in self.by_group.values() for p in group if p.round)
        return min(rounds, key=lambda r: (-rounds[r], r)) if rounds else ""


def season(round_: str) -> str:
    """'2026-1' -> 'våren 2026', '2026-2' -> 'hösten 2026'; anything else as written."""
    match = _ROUND.fullmatch(round_.strip())
    if not match:
        return round_
    return f"{'våren' if match.group(2) == '1' else 'hösten'} {match.group(1)}"


def _known(value: Any, known: tuple[str, ...], aliases: dict[str, str]) -> str | None:
    if not isinstance(value, str):
        return None
    word = " ".join(value.split()).casefold()
    word = aliases.get(word, word)
    return word if word in known else None


def _text(value: Any) -> str:
    return one_line(value) if isinstance(value, str) else ""


def _code(value: Any, pattern: re.Pattern[str]) -> str | None:
    text = value.strip() if isinstance(value, str) else None
    return text if text and pattern.fullmatch(text) else None


_LAN = re.compile(r"[0-9]{2}")


def parse_barometer(raw: bytes, max_per_group: int = LabourOptions.max_per_group) -> Barometer:
    """Every usable row of the file, grouped; raises SourceBroken (a ValueError) when it is not a
    JSON array. A group keeps at most `max_per_group` barometer occupations; every row left out
    is counted in `unusable`, its reason kept among the first few `problems`."""
    data = load_json(raw, "the barometer")
    if not isinstance(data, list):
        raise SourceBroken("the barometer is not a JSON array")
    result = Barometer(by_group={}, rows=0)
    rows: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    per_group: Counter[str] = Counter()
    for position, row in enumerate(data):
        key, region = _row_key(row)
        if key is None or region is None:
            result.note(f"row {position}: no usable ssyk, yb_yrke or lan; skipped")
            continue
        regions = rows.get(key)
        if regions is None:
            if per_group[key[0]] >= max_per_group:
                result.note(f"row {position}: more than {max_per_group} barometer occupations in group {key[0]}; skipped")
                continue
            per_group[key[0]] += 1
            regions = rows[key] = {}
        if region in regions:
            result.note(f"row {position}: {key[1]} in region {region} a second time; the first is used")
            continue
        regions[region] = row
        text = row.get("text_jobbmojligheter")
        if isinstance(text, str) and len(text) > MAX_TEXT:
            result.note(f"row {position}: an explanation of {len(text)} characters; only what fits in {MAX_TEXT} is kept")
        # A row whose rating is a value we do not know is kept (shown as not assessed) but not
        # counted: a source that renames its values wholesale then reads as broken.
        rating = row.get("jobbmojligheter")
        if rating is None or _known(rating, RATINGS, _RATING_ALIASES) is not None:
            result.rows += 1
        else:
            result.note(f"row {position}: job prospects {one_line(str(rating))[:40]!r} unknown; shown as not assessed")
    for (ssyk, _), regions in rows.items():
        result.by_group.setdefault(ssyk, []).append(_prospects(ssyk, regions))
    for group in result.by_group.values():
        group.sort(key=lambda p: p.name.casefold())
    return result


class BarometerSource(Source):
    """The whole file in one GET, beside the API: it needs no SSYK groups."""

    key, label, setting = "yrkesbarometer", "Arbetsförmedlingens yrkesbarometer", "barometer_url"

    async def fetch(self, http: HttpClient, url: str, groups: SiteGroups,
                    options: LabourOptions) -> dict[str, bytes]:
        return {BAROMETER_FILE: await get_json(http, "GET", url, options)}

    def parse(self, files: dict[str, bytes], options: LabourOptions = LabourOptions()) -> Barometer:
        if BAROMETER_FILE not in files:
            raise SourceBroken(f"no {BAROMETER_FILE}")
        return parse_barometer(files[BAROMETER_FILE], options.max_per_group)


def _row_key(row: Any) -> tuple[tuple[str, str] | None, str | None]:
    """(ssyk, barometer occupation) and region of a row, or None where unusable."""
    if not isinstance(row, dict):
        return None, None
    ssyk = _code(row.get("ssyk"), _SSYK)
    name = _text(row.get("yb_yrke"))
    name = name if len(name) <= MAX_NAME else ""
    region = _code(row.get("lan"), _LAN)
    if region is not None and region != NATIONAL and region not in COUNTIES:
        region = None
    if not ssyk or not name:
        return None, region
    ident = _text(row.get("yb_concept_id")) or name
    return (ssyk, ident), region


def _texts(text: Any) -> tuple[str, ...]:
    """The explanation's paragraphs, as many as fit in MAX_TEXT characters."""
    kept: list[str] = []
    for paragraph in paragraphs(text) if isinstance(text, str) else ():
        if sum(map(len, kept)) + len(paragraph) > MAX_TEXT:
            break
        kept.append(paragraph)
    return tuple(kept)


def _prospects(ssyk: str, regions: dict[str, dict[str, Any]]) -> Prospects:
    national = regions.get(NATIONAL, {})
    any_row = national or next(iter(regions.values()))
    text = national.get("text_jobbmojligheter")
    return Prospects(
        name=_text(any_row.get("yb_yrke")),
        ssyk=ssyk,
        ssyk_name=_text(any_row.get("ssyk_text")),
        partial=any_row.get("del_av_ssyk") is True or _text(any_row.get("del_av_ssyk")).casefold() in ("ja", "true"),
        rating=_known(national.get("jobbmojligheter"), RATINGS, _RATING_ALIASES),
        forecast=_known(national.get("prognos"), FORECASTS, _FORECAST_ALIASES),
        texts=_texts(text),
        round=_text(any_row.get("omgang")),
        counties=tuple(
            CountyRating(code, name, _known(regions[code].get("jobbmojligheter"), RATINGS, _RATING_ALIASES))
            for code, name in COUNTIES.items() if code in regions
        ),
    )
