"""How pages show labour-market facts: Swedish kronor, rounds as seasons, plain words for
ratings and forecasts, and the salary chart's geometry, worked out at build time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
CHART_WIDTH = 300


def kronor(value: int | None) -> str:
    """36400 -> '36 400 kr', with a narrow no-break space between thousands and a no-break space before kr."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", NARROW_NBSP) + NBSP + "kr"


@dataclass(frozen=True)
class PayChart:
    """x positions (0..CHART_WIDTH) on a scale shared by every page; None where SCB has no figure."""

    p10: float | None
    median: float | None
    p90: float | None
    scale: int


def pay_chart(salary: Salary, scale: int) -> PayChart:
    def x(value: int | None) -> float | None:
        return None if value is None else round(min(value, scale) / scale * CHART_WIDTH, 1)

    return PayChart(x(salary.p10), x(salary.median), x(salary.p90), scale)


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


def register(env: Environment) -> None:
    env.filters["kronor"] = kronor
    env.filters["number"] = number
    env.filters["percent"] = percent
    env.globals["county_map"] = county_map
    env.filters["iso_date"] = iso_date
    env.filters["season"] = season
    env.globals.update(
        rating_words=RATING_WORDS, rating_short=RATING_SHORT, forecast_words=FORECAST_WORDS,
        counties=COUNTIES, pay_chart=pay_chart, chart_width=CHART_WIDTH, rating_codes=RATING_CODES,
    )

