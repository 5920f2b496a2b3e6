"""The Jinja environment: relative links from any depth, strict about typos, Swedish dates, hashed assets;
and the occupation page's chips, which come from the same list as its sections."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from jinja2 import UndefinedError

from generator.model.catalog import Area, Occupation
from generator.site.render import Renderer, hashed_name, swedish_date


@pytest.fixture
def renderer(tmp_path: Path, site) -> Renderer:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "style.css").write_text("body{}")
    (tmp_path / "link.html").write_text("{{ target | url }}|{{ asset('style.css') }}|{{ canonical }}")
    (tmp_path / "typo.html").write_text("{{ occupaton.name }}")
    return Renderer(site, tmp_path)


@pytest.mark.parametrize(("path", "expected_root"), [
    ("index.html", ""), ("sok/index.html", "../"), ("yrken/kock/index.html", "../../"),
])
def test_links_are_relative_to_the_page(renderer: Renderer, path: str, expected_root: str) -> None:
    html = renderer.render("link.html", path, target=Occupation(1, "Kock", slug="kock")).decode()
    link, asset, canonical = html.split("|")
    assert link == expected_root + "yrken/kock/"
    assert asset == expected_root + "assets/" + hashed_name("style", ".css", b"body{}")
    assert canonical == "https://yrken.example.se/" + path.removesuffix("index.html")


def test_the_url_filter_takes_areas_and_plain_urls_too(renderer: Renderer) -> None:
    assert renderer.render("link.html", "a/index.html", target=Area("Bygg", "bygg")).decode().startswith("../omraden/bygg/|")
    assert renderer.render("link.html", "a/index.html", target="sok/").decode().startswith("../sok/|")
    assert renderer.render("link.html", "index.html", target="").decode().startswith("./|")


def test_a_typo_in_a_template_fails_the_render(renderer: Renderer) -> None:
    with pytest.raises(UndefinedError):
        renderer.render("typo.html", "index.html", occupation=Occupation(1, "Kock"))


def test_swedish_dates_and_hashed_names() -> None:
    assert swedish_date(date(2026, 3, 1)) == "1 mars 2026" and swedish_date(None) == ""
    assert hashed_name("style", ".css", b"a") != hashed_name("style", ".css", b"b")
    assert hashed_name("style", ".css", b"a").startswith("style.") and hashed_name("style", ".css", b"a").endswith(".css")


def test_every_section_has_a_chip_and_every_chip_a_section(sample_site: Path, sample_catalog) -> None:
    seen_international = False
    for occupation in sample_catalog.occupations:
        soup = BeautifulSoup((sample_site / occupation.path).read_text("utf-8"), "html.parser")
        chips = [a["href"].removeprefix("#") for a in soup.select("nav.chips a")]
        # Issue 22's sections are included by one line each, outside the template's list of sections and
        # chips (which the page's rework owns): "Lediga jobb" stands right under the chips, "Vilka jobbar" last.
        sections = [s["id"] for s in soup.select("article.occupation section[id]") if s["id"] not in ("lediga-jobb", "vilka-jobbar")]
        assert chips == sections, occupation.slug
        seen_international |= "internationellt" in sections
    assert seen_international


# --- the occupation page's formatting (generator/site/formatting.py) ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    (("De flesta arbetar dagtid på vardagar.",), "Dagtid"),
    (("Akutsjuksköterskor har schemalagd dag-, natt- och helgtjänst.",), "Dagtid, nätter, helger och skift eller schema"),
    (("Arbetstiderna kan vara oregelbundna. Ibland blir dagarna långa, och arbete på kvällar och helger förekommer.",),
     "Kvällar, helger och oregelbundna tider"),
    # What a sentence says is rare or not so is left out.
    (("Arbetet sker på dagtid. Det är sällan arbete på kvällar eller helger.",), "Dagtid"),
    (("Många bor tillfälligt på arbetsorten.",), ""),
])
def test_working_hours_in_a_few_words(text, expected) -> None:
    from generator.site.formatting import working_hours

    assert working_hours(text) == expected


def test_the_pay_charts_figures_stay_on_the_chart_and_a_hidden_one_is_drawn_as_missing() -> None:
    from generator.site.formatting import CHART_WIDTH, pay_chart
    from generator.sources.salaries import Salary

    chart = pay_chart(Salary("1", "g", "2024", 36400, 28000, 48000), 100_000, 44_500)
    assert [label.text for label in chart.labels] == ["Median 36\u202f400\u00a0kr", "28\u202f000\u00a0kr", "48\u202f000\u00a0kr"]
    assert [label.anchor for label in chart.labels] == ["middle", "end", "start"]  # p10 left of its mark, p90 right
    assert chart.reference == 133.5 and chart.missing == ()
    assert [text for _, text in chart.ticks] == ["0", "50\u202f000", "100\u202f000"]
    # At the ends of the scale the figures turn inwards.
    low = pay_chart(Salary("1", "g", "2024", 16000, 9000, 99000), 100_000)
    assert (low.labels[1].x, low.labels[1].anchor) == (0, "start") and (low.labels[2].x, low.labels[2].anchor) == (CHART_WIDTH, "end")
    # A hidden 10th percentile: the stretch where it lies (below the median) is drawn empty, and labelled.
    hidden = pay_chart(Salary("1", "g", "2024", 36400, None, 48000), 100_000)
    assert hidden.missing == ((0, hidden.median),) and "uppgift saknas" in [label.text for label in hidden.labels]
