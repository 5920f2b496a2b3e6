"""How pages show labour-market facts: Swedish kronor, rounds as seasons, plain words for
ratings and forecasts, the one wording for each kind of missing figure, the working hours in a
few words, and the salary chart's geometry, worked out at build time."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from datetime import date
from typing import Callable

from jinja2 import Environment

from generator.sources.labour import COUNTIES, RATING_CODES
from generator.sources.barometer import season
from generator.sources.salaries import Salary
from generator.site.county_map import county_map

NARROW_NBSP, NBSP = "\u202f", "\u00a0"

RATING_WORDS = {
    "stora": "Stora jobbmöjligheter",
    "medelstora": "Medelstora jobbmöjligheter",
    "små": "Små jobbmöjligheter",
}
RATING_SHORT = {"stora": "Stora", "medelstora": "Medelstora", "små": "Små"}
FORECAST_WORDS = {
    "öka": "Arbetsförmedlingen tror att det blir fler jobb de närmaste fem åren.",
    "vara oförändrad": "Arbetsförmedlingen tror att antalet jobb blir ungefär detsamma de närmaste fem åren.",
    "minska": "Arbetsförmedlingen tror att det blir färre jobb de närmaste fem åren.",
}
# The five-year outlook in a few words, for the key facts at the top of the page.
FORECAST_SHORT = {"öka": "fler jobb", "vara oförändrad": "ungefär lika många jobb", "minska": "färre jobb"}
# One wording for each kind of missing figure, on every page (Jämför and Mina yrken say the short ones too).
MISSING = {
    "prospects": "Det finns ingen bedömning av jobbmöjligheterna för det här yrket.",
    "prospects_short": "Ingen bedömning",
    "rating": "Inte bedömt",  # one county, or the whole country, in an assessment that exists
    "pay": "Det finns ingen lönestatistik för det här yrket.",
    "pay_short": "Ingen lönestatistik",
    "median": "SCB visar ingen medianlön för den här gruppen, till exempel för att den är för liten.",
    "figure": "uppgift saknas",  # one hidden percentile (SCB's ".."), on the chart and beside it
    "hidden": "SCB visar ingen siffra, till exempel för att gruppen är för liten.",
    "ads_short": "Inga siffror om lediga jobb",  # no count for the occupation (or its county), on lists
    "employed_short": "SCB visar ingen siffra",  # no count of employed, on lists
    "outlook_short": "Ingen prognos",
    "other_short": "Uppgift saknas",  # education, working hours, interests… in the lists
}
PER_MONTH = "kr i månaden"
# Bläddra's filter "Många lediga jobb": at least this many open ads in the chosen county, or in the whole country.
MANY_ADS = {"county": 20, "country": 200}
# The education an occupation needs, in plain words (the model's education level slugs).
EDUCATION_PLAIN = {
    "ingen-gymnasieutbildning": "Ingen gymnasieutbildning krävs",
    "gymnasieutbildning": "Gymnasieutbildning",
    "kortare-eftergymnasial": "Kortare utbildning efter gymnasiet (under två år)",
    "langre-eftergymnasial": "Längre utbildning efter gymnasiet (två år eller mer)",
}
CHART_WIDTH = 300


def kronor(value: int | None) -> str:
    """36400 -> '36 400 kr', with a narrow no-break space between thousands and a no-break space before kr."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", NARROW_NBSP) + NBSP + "kr"


@dataclass(frozen=True)
class Label:
    """A figure written on the chart: where it stands, which way it runs from there, what it says."""

    x: float
    anchor: str  # SVG text-anchor: start, middle or end
    text: str


@dataclass(frozen=True)
class PayChart:
    """x positions (0..CHART_WIDTH) on a scale shared by every page; None where SCB has no figure.
    `missing` is the stretch where a hidden percentile lies (it can only be between the median and
    the chart's end), drawn as an empty dashed box."""

    p10: float | None
    median: float | None
    p90: float | None
    scale: int
    labels: tuple[Label, ...] = ()
    missing: tuple[tuple[float, float], ...] = ()
    reference: float | None = None
    ticks: tuple[tuple[float, str], ...] = ()


LABEL_ROOM = 56  # about how wide "100 000 kr" is on the chart


def _label(x: float, text: str, side: str) -> Label:
    """A percentile's figure beside its mark, on the side away from the median ("end": left of it),
    turned inwards where it would run off the chart."""
    if side == "end":
        return Label(x, "end", text) if x >= LABEL_ROOM else Label(0, "start", text)
    return Label(x, "start", text) if x <= CHART_WIDTH - LABEL_ROOM else Label(CHART_WIDTH, "end", text)


def pay_chart(salary: Salary, scale: int, reference: int | None = None) -> PayChart:
    def x(value: int | None) -> float | None:
        return None if value is None else chart_x(value, scale)

    p10, median, p90 = x(salary.p10), x(salary.median), x(salary.p90)
    labels, missing = [], []
    if median is not None:
        middle = min(max(median, LABEL_ROOM * 1.2), CHART_WIDTH - LABEL_ROOM * 1.2)
        labels.append(Label(middle, "middle", "Median " + kronor(salary.median)))
    low_end = median if median is not None else p90
    for value, at, side, stretch in ((salary.p10, p10, "end", (0, low_end)), (salary.p90, p90, "start", (low_end, CHART_WIDTH))):
        if at is not None:
            labels.append(_label(at, kronor(value), side))
        elif low_end is not None:
            missing.append(stretch)
            labels.append(_label(stretch[1] if side == "end" else stretch[0], MISSING["figure"], side))
    return PayChart(p10, median, p90, scale, tuple(labels), tuple(missing),
                    None if reference is None else chart_x(reference, scale), tuple(chart_ticks(scale)))


def chart_x(value: int, scale: int) -> float:
    """Where `value` kronor stands on a chart of `scale` kronor."""
    return round(min(value, scale) / scale * CHART_WIDTH, 1)


def chart_ticks(scale: int) -> list[tuple[float, str]]:
    """The axis: (x, label in kronor) at both ends and halfway, or at a round step when halfway is not round."""
    step = next((s for s in (5_000, 10_000, 20_000, 25_000, 50_000, 100_000) if scale / s <= 2), 200_000)
    return [(chart_x(v, scale), thousands(v)) for v in range(0, scale + 1, step)]


def pay_reference(medians: list[int]) -> int | None:
    """The middle of all occupations' median pay, to the nearest hundred: the chart's reference mark."""
    return int(round(statistics.median(medians), -2)) if medians else None


def per_month(value: int | None) -> str:
    """36400 -> '36 400 kr i månaden'."""
    return kronor(value).removesuffix("kr") + PER_MONTH if value is not None else ""


def thousands(value: int | None) -> str:
    """36400 -> '36 400', for a range whose unit is said once."""
    return kronor(value).removesuffix(NBSP + "kr") if value is not None else ""


# Working hours in a few words, from the section's own text: what it names, in this order, unless
# the sentence that names it says it is rare or not so ("sällan", "inte").
HOURS = (
    ("dagtid", re.compile(r"\bdagtid|\bkontorstid|\bdag-|\bvardagar|\bmåndag till fredag")),
    ("tidiga morgnar", re.compile(r"\bmorgn|\btidig morgon")),
    ("kvällar", re.compile(r"\bkväll")),
    ("nätter", re.compile(r"\bnatt|\bnätter")),
    ("helger", re.compile(r"\bhelg")),
    ("skift eller schema", re.compile(r"\bskift|\bschema|\bturlist")),
    ("jour", re.compile(r"\bjour|\bberedskap")),
    ("oregelbundna tider", re.compile(r"\boregelbund")),
)
NOT_SO = re.compile(r"\b(sällan|inte|ej|aldrig|ingen|inga)\b")


def working_hours(paragraphs: tuple[str, ...]) -> str:
    """'Dagtid, kvällar och helger' from the text about working hours, or '' when it names none."""
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p.lower())]
    found = [word for word, pattern in HOURS
             if any(pattern.search(s) and not NOT_SO.search(s) for s in sentences)]
    if not found:
        return ""
    text = found[0] if len(found) == 1 else ", ".join(found[:-1]) + " och " + found[-1]
    return text[0].upper() + text[1:]


def iso_date(value: str) -> date | None:
    """The day of an ISO date or time string, or None."""
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def number(value: int | None) -> str:
    """12345 -> '12 345' (a narrow no-break space between thousands); "" for no figure."""
    return "" if value is None else f"{value:,}".replace(",", NARROW_NBSP)


def percent(share: float | None) -> str:
    """0.283 -> '28 %' ("" for no figure)."""
    return "" if share is None else f"{round(share * 100)}{NBSP}%"


def county_figures(figure: Callable[[str], int | None]) -> str:
    """Every county's figure in COUNTIES order, space-separated, "-" where there is none: compact
    enough for a data attribute, which county-facts.js and glance.js read for the reader's county."""
    return " ".join("-" if (value := figure(code)) is None else str(value) for code in COUNTIES)


def register(env: Environment) -> None:
    env.filters["county_figures"] = county_figures
    env.filters["kronor"] = kronor
    env.filters["per_month"] = per_month
    env.filters["n"] = lambda x: f"{x:g}"  # a coordinate without a needless ".0"
    env.filters["thousands"] = thousands
    env.filters["working_hours"] = working_hours
    env.filters["number"] = number
    env.filters["percent"] = percent
    env.globals["county_map"] = county_map
    env.filters["iso_date"] = iso_date
    env.filters["season"] = season
    env.globals.update(
        rating_words=RATING_WORDS, rating_short=RATING_SHORT, forecast_words=FORECAST_WORDS,
        counties=COUNTIES, pay_chart=pay_chart, chart_width=CHART_WIDTH, rating_codes=RATING_CODES, many_ads=MANY_ADS,
        forecast_short=FORECAST_SHORT, missing=MISSING, education_plain=EDUCATION_PLAIN, chart_x=chart_x, chart_ticks=chart_ticks,
    )

