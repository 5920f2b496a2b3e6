"""The labour-market sections on built pages: what they say, where the data is missing or
stale, and the county picker in headless Chromium, with JavaScript on and off."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build, build_from_snapshot, build_live
from generator.config import SAMPLE_SNAPSHOT, ApiSettings
from generator.devtools.stub_api import Faults
from generator.fetch.api import FetchOptions
from generator.fetch.http import HttpPolicy
from generator.sources.labour import LabourData
from generator.site.formatting import pay_reference, per_month
from generator.snapshot.store import read_snapshot

from support import CANARY_SECRET, CLIENT_ID, QUICK_SOURCES, labour_settings


FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=3))


@pytest.fixture(scope="module")
def facts(sample_catalog) -> dict[str, object]:
    data = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    return {o.slug: data.for_occupation(o) for o in sample_catalog.occupations}


def slug_where(facts, test) -> str:
    return next(slug for slug, f in facts.items() if test(f))


def soup(site: Path, slug: str) -> BeautifulSoup:
    return BeautifulSoup((site / "yrken" / slug / "index.html").read_text("utf-8"), "html.parser")


def test_an_occupation_shows_its_rating_forecast_text_round_and_counties(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.prospects) == 1 and f.prospects[0].rating == "stora"
                      and f.prospects[0].forecast == "öka" and f.prospects[0].texts)
    section = soup(sample_site, slug).find(id="jobbmojligheter")
    text = section.get_text(" ", strip=True)
    assert "Stora jobbmöjligheter i hela landet" in text
    assert "Om fem år: Arbetsförmedlingen tror att det blir fler jobb" in text
    assert facts[slug].prospects[0].texts[0] in text
    assert "Bedömt våren 2026." in text and "Källa: Arbetsförmedlingens yrkesbarometer" in text
    rows = section.select("table.counties tbody tr")
    assert len(rows) == len(facts[slug].prospects[0].counties) >= 20
    assert {r.td.get_text() for r in rows} <= {"Stora", "Medelstora", "Små", "Inte bedömt"}
    # The sections come first, and the section links lead to them.
    ids = [s.get("id") for s in soup(sample_site, slug).select("main section")]
    assert ids[:4] == ["lediga-jobb", "jobbmojligheter", "lon", "sammanfattning"]


def test_every_rating_and_forecast_reads_in_plain_words(sample_site: Path, facts) -> None:
    seen = set()
    for slug in facts:
        section = soup(sample_site, slug).find(id="jobbmojligheter")
        if section:
            seen.update(re.findall(r"(Stora|Medelstora|Små) jobbmöjligheter|Inte bedömt|fler jobb|färre jobb|ungefär detsamma",
                                   section.get_text(" ")))
    assert {"Stora", "Medelstora", "Små"} <= seen


def test_pay_in_swedish_format_with_its_year_group_source_and_chart(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.salaries) == 1 and f.salaries[0].p10 and f.salaries[0].p90)
    salary = facts[slug].salaries[0]
    section = soup(sample_site, slug).find(id="lon")
    text = section.get_text(" ", strip=True)
    median = f"{salary.median:,}".replace(",", "\u202f") + "\u00a0kr"
    assert f"Medianlönen är {median} i månaden" in text
    assert f"mindre än {salary.p10:,}".replace(",", "\u202f") in text and f"mer än {salary.p90:,}".replace(",", "\u202f") in text
    assert f"SSYK {salary.ssyk}" in text and salary.year in text and "Källa: SCB" in text
    svg = section.find("svg")
    assert svg["aria-hidden"] == "true"  # the figures are in the text beside it too


def kr(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f") + "\u00a0kr"


def test_the_pay_chart_writes_its_three_figures_a_scale_and_the_reference(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.salaries) == 1 and f.salaries[0].p10 and f.salaries[0].p90)
    salary = facts[slug].salaries[0]
    section = soup(sample_site, slug).find(id="lon")
    chart = [t.get_text() for t in section.find("svg").find_all("text")]
    assert f"Median {kr(salary.median)}" in chart and kr(salary.p10) in chart and kr(salary.p90) in chart
    assert "0" in chart and "50\u202f000" in chart  # the scale, in kronor
    assert section.find("svg").find("path", class_="ref")  # the middle of all occupations (dashed, occupation.css)
    reference = pay_reference([f.headline_median for f in facts.values() if f.headline_median])
    assert f"Streckat: mitten för alla yrken här, {per_month(reference)}." in section.select_one(".pay-key").get_text()


def test_a_hidden_percentile_is_drawn_as_missing_and_said_in_words(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.salaries) == 1 and f.salaries[0].median and f.salaries[0].p10 is None
                      and f.salaries[0].p90)
    section = soup(sample_site, slug).find(id="lon")
    svg = section.find("svg")
    assert svg.find("rect", class_="gap")  # an empty, dashed box (occupation.css) where the figure would be
    assert "uppgift saknas" in [t.get_text() for t in svg.find_all("text")]
    text = section.get_text(" ", strip=True)
    assert "de lägst betalda tjänar: uppgift saknas. SCB visar ingen siffra" in text


def test_hidden_figures_say_so_and_never_show_zero(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.salaries) == 1 and f.salaries[0].median is None)
    text = soup(sample_site, slug).find(id="lon").get_text(" ", strip=True)
    assert "SCB visar ingen medianlön" in text and "0\u00a0kr" not in text and not soup(sample_site, slug).find("svg")


def test_shared_groups_say_which_barometer_occupation_each_figure_is_for(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.prospects) == 2)
    section = soup(sample_site, slug).find(id="jobbmojligheter")
    names = [p.name for p in facts[slug].prospects]
    assert [h.get_text() for h in section.find_all("h3")] == names
    assert len(section.find_all("table")) == 2
    for block, prospects in zip(section.select(".prospects"), facts[slug].prospects):
        note = block.select_one("p.muted").get_text()
        assert note.startswith("Bedömningen gäller Arbetsförmedlingens yrke") and prospects.name in note
        assert f"yrkesgruppen {prospects.ssyk_name} (SSYK {prospects.ssyk})" in note
    assert "Vi vet inte vilket av dem" in section.get_text()


def test_no_data_for_the_group_is_said_in_one_wording(sample_site: Path, facts) -> None:
    """The sources are there, but not for this occupation's group: the sections and key facts say so."""
    slug = slug_where(facts, lambda f: not f.prospects and not f.salaries)
    page = soup(sample_site, slug)
    prospects, pay = page.find(id="jobbmojligheter"), page.find(id="lon")
    assert "Det finns ingen bedömning av jobbmöjligheterna för det här yrket." in prospects.get_text()
    assert "Det finns ingen lönestatistik för det här yrket." in pay.get_text()
    glance = page.select_one(".glance").get_text(" ", strip=True)
    assert "Jobbmöjligheter Ingen bedömning" in glance and "Lön Ingen lönestatistik" in glance
    assert page.find("a", href="#jobbmojligheter") and page.find("a", href="#lon")


def test_the_2018_texts_build_without_labour_data(real_site: Path) -> None:
    pages = list((real_site / "yrken").glob("*/index.html"))
    assert len(pages) == 323
    for path in pages:
        html = path.read_text("utf-8")
        assert 'id="jobbmojligheter"' not in html and 'id="lon"' not in html and "county.js" not in html


def test_offline_build_reports_each_sources_state(tmp_path: Path, site, real_2018: Path) -> None:
    assert [line for line in build(SAMPLE_SNAPSHOT, tmp_path / "a", site).lines() if line.startswith("source")] == [
        "source yrkesbarometer: fresh", "source scb: fresh", "source jobsearch: fresh", "source yrkesregistret: fresh",
        "source yrkesregistret-alder: fresh"]
    assert [line for line in build(real_2018, tmp_path / "b", site).lines() if line.startswith("source")] == [
        "source yrkesbarometer: missing", "source scb: missing", "source jobsearch: missing", "source yrkesregistret: missing",
        "source yrkesregistret-alder: missing"]


def test_a_live_build_with_a_broken_source_publishes_and_says_how_old_the_copy_is(tmp_path: Path, site, stub_factory) -> None:
    api = stub_factory(SAMPLE_SNAPSHOT)
    settings = ApiSettings(base_url=api.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    kept = tmp_path / "kept"
    shutil.copytree(SAMPLE_SNAPSHOT, kept)
    manifest = json.loads((kept / "manifest.json").read_text("utf-8"))
    manifest["labour"]["yrkesbarometer"]["fetched_at"] = "2026-06-02T03:00:00+00:00"
    (kept / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    broken = stub_factory(SAMPLE_SNAPSHOT, Faults(down=True), labour=False)
    labour = dataclasses.replace(labour_settings(api), barometer_url=broken.barometer_url)
    report = build_live(settings, kept, tmp_path / "site", site, options=FAST, labour=labour,
                        labour_options=QUICK_SOURCES, quiet=True)
    assert report.published
    lines = "\n".join(report.lines())
    assert "source yrkesbarometer: stale, from 2026-06-02 (HTTP 503" in lines and "source scb: fresh" in lines
    html = next((tmp_path / "site" / "yrken").glob("*/index.html")).read_text("utf-8")
    pages_with_section = [p for p in (tmp_path / "site" / "yrken").glob("*/index.html") if 'id="jobbmojligheter"' in p.read_text("utf-8")]
    assert pages_with_section
    assert "Den här kopian hämtades 2 juni 2026." in pages_with_section[0].read_text("utf-8")
    assert html  # the site is whole
    assert json.loads((kept / "manifest.json").read_text("utf-8"))["labour"]["yrkesbarometer"]["state"] == "stale"


def test_a_fresh_fetch_of_the_same_data_rewrites_nothing(tmp_path: Path, site) -> None:
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    build_from_snapshot(snapshot, tmp_path / "site", site)
    again = read_snapshot(SAMPLE_SNAPSHOT)
    for entry in again.manifest["labour"].values():
        entry["fetched_at"] = "2027-01-01T03:00:00+00:00"
    assert build_from_snapshot(again, tmp_path / "site", site).unchanged


def test_a_changed_assessment_rewrites_the_pages_of_its_group(tmp_path: Path, site, facts) -> None:
    build_from_snapshot(read_snapshot(SAMPLE_SNAPSHOT), tmp_path / "site", site)
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    rows = json.loads(snapshot.labour["yrkesbarometer"]["yrkesbarometer.json"])
    target = next(r for r in rows if r["lan"] == "00" and r["jobbmojligheter"] == "små")
    target["jobbmojligheter"] = "stora"
    snapshot.labour["yrkesbarometer"]["yrkesbarometer.json"] = json.dumps(rows, ensure_ascii=False).encode()
    report = build_from_snapshot(snapshot, tmp_path / "site", site)
    affected = [slug for slug, f in facts.items() if any(p.name == target["yb_yrke"] for p in f.prospects)]
    assert affected and report.pages < 20  # those pages, the browse page, the lists and the search bundle's pages
    html = (tmp_path / "site" / "yrken" / affected[0] / "index.html").read_text("utf-8")
    assert 'data-rating="stora"' in html


def test_a_new_barometer_round_is_in_the_change_report_and_the_feed(tmp_path: Path, site, stub_factory) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(SAMPLE_SNAPSHOT, upstream)
    path = upstream / "arbetsmarknad" / "yrkesbarometer" / "yrkesbarometer.json"
    path.write_bytes(path.read_bytes().replace(b'"2026-1"', b'"2026-2"'))
    api = stub_factory(upstream)
    settings = ApiSettings(base_url=api.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    kept = tmp_path / "kept"
    shutil.copytree(SAMPLE_SNAPSHOT, kept)
    report = build_live(settings, kept, tmp_path / "site", site, options=FAST, labour=labour_settings(api),
                        labour_options=QUICK_SOURCES, quiet=True)
    assert report.changes.barometer_round == "2026-2" and "a new barometer round, 2026-2" in "\n".join(report.lines())
    assert json.loads((tmp_path / "site" / "changes.json").read_text("utf-8"))["barometer_round"] == "2026-2"
    feed = (tmp_path / "site" / "uppdateringar.xml").read_text("utf-8")
    assert "Nya bedömningar av jobbmöjligheter (hösten 2026)" in feed
    assert "Bedömt hösten 2026." in next(p.read_text("utf-8") for p in (tmp_path / "site" / "yrken").glob("*/index.html")
                                         if 'id="jobbmojligheter"' in p.read_text("utf-8"))


# --- In the browser ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def base(serve_site, sample_site: Path) -> str:
    return serve_site(sample_site)


@pytest.mark.browser
def test_with_javascript_off_the_county_table_is_there_and_the_picker_is_not(browser, base: str, facts) -> None:
    slug = slug_where(facts, lambda f: len(f.prospects) == 1)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{base}yrken/{slug}/")
    # Folded by default, and opened without script.
    assert not page.is_visible("#jobbmojligheter table.counties")
    page.click("#jobbmojligheter .counties-fold summary")
    assert page.is_visible("#jobbmojligheter table.counties")
    assert page.locator("#jobbmojligheter table.counties tbody tr").count() >= 20
    # The key facts say the whole country's rating.
    assert "i hela landet" in page.inner_text(".glance")
    assert not page.is_visible("[data-county-picker]")
    context.close()


def open_picker(page) -> None:
    """Scroll to the job prospects: the picker (county-table.js) loads when the section nears the screen."""
    page.locator("#jobbmojligheter").scroll_into_view_if_needed()
    page.wait_for_selector("#valj-lan", state="visible")


def county_order(page) -> list[str]:
    return page.eval_on_selector_all("#jobbmojligheter table.counties >> nth=0 >> tbody tr",
                                     "rows => rows.map(r => r.dataset.lan)")


@pytest.mark.browser
def test_the_chosen_county_is_kept_only_after_choosing_and_shown_first_on_every_page(browser, base: str, facts) -> None:
    first, second = [slug for slug, f in facts.items() if len(f.prospects) == 1][:2]
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{base}yrken/{first}/")
    open_picker(page)
    assert page.is_visible("label:has-text('Var bor du?')")
    assert page.evaluate("localStorage.length") == 0  # nothing is kept before the visitor chooses
    before = county_order(page)
    assert before[0] == "01"
    page.select_option("#valj-lan", "12")
    assert page.evaluate("localStorage.getItem('yrken-lan')") == "12"
    assert county_order(page)[0] == "12"
    # The county's rating is the headline, the whole country's beside it.
    assert "i Skåne län just nu" in page.inner_text(".prospects .rating >> nth=0")
    assert page.inner_text("[data-county-line] >> nth=0").startswith(("I hela landet:", "I Skåne län:"))
    page.goto(f"{base}yrken/{second}/")
    open_picker(page)
    assert county_order(page)[0] == "12" and page.input_value("#valj-lan") == "12"
    assert page.locator("#jobbmojligheter tr.chosen").count() == 1
    page.select_option("#valj-lan", "")
    assert page.evaluate("localStorage.getItem('yrken-lan')") is None and county_order(page) == before
    context.close()
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_labour_sections_never_scroll_sideways(browser, base: str, facts, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    for slug in (slug_where(facts, lambda f: len(f.prospects) == 2), slug_where(facts, lambda f: f.salaries and f.salaries[0].p90)):
        page.goto(f"{base}yrken/{slug}/")
        if page.locator("[data-county-picker]").count():
            open_picker(page)
            page.select_option("#valj-lan", "14")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), slug
    context.close()


def expected(facts, rating_code: str, region: int, area: str | None = None, catalog=None) -> int:
    in_area = {o.slug for a in catalog.areas if a.slug == area for o in a.occupations} if area else None
    return sum(1 for slug, f in facts.items()
               if f.ratings_code()[region] == rating_code and (in_area is None or slug in in_area))


@pytest.mark.browser
def test_browse_filters_by_prospects_per_county_with_live_counts_and_sorts_by_pay(browser, base: str, facts, sample_catalog) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{base}bladdra/")
    stora = expected(facts, "3", 0)
    assert 0 < stora < len(facts)
    assert page.inner_text("[data-count-for='jobb:3']") == f"({stora})"
    page.check("input[name=jobb][value='3']")
    assert page.inner_text("#antal") == f"{stora} yrken."
    page.select_option("#lan", "12")  # Skåne: index 10 in the region order
    skane = expected(facts, "3", 10)
    assert page.inner_text("#antal") == f"{skane} yrken." and "lan=12" in page.url and "jobb=3" in page.url
    area = sample_catalog.areas[0].slug
    page.select_option("#omrade", area)
    both = expected(facts, "3", 10, area, sample_catalog)
    assert page.inner_text("#antal") == (f"{both} yrken." if both != 1 else "1 yrke.")
    page.uncheck("input[name=jobb][value='3']")
    page.select_option("#omrade", "")
    page.select_option("#sortera", "lon")
    pays = page.eval_on_selector_all("#yrkeslista > li", "lis => lis.map(li => li.dataset.lon ? Number(li.dataset.lon) : null)")
    known = [p for p in pays if p is not None]
    assert known == sorted(known, reverse=True) and pays[: len(known)] == known  # no pay sorts last
    assert known[0] == max(f.headline_median for f in facts.values() if f.headline_median)
    # A county chosen on an occupation page is the browse filter's county too.
    page.goto(f"{base}yrken/{slug_where(facts, lambda f: len(f.prospects) == 1)}/")
    open_picker(page)
    page.select_option("#valj-lan", "25")
    page.goto(f"{base}bladdra/")
    assert page.input_value("#lan") == "25"
    context.close()


def test_lists_show_a_compact_rating(sample_site: Path, facts) -> None:
    slug = slug_where(facts, lambda f: f.headline_rating() == "medelstora")
    index = BeautifulSoup((sample_site / "index.html").read_text("utf-8"), "html.parser")
    link = index.find("a", href=f"yrken/{slug}/")
    assert link.find_next_sibling("span", class_="badge").get_text() == "Medelstora jobbmöjligheter"


@pytest.mark.browser
@pytest.mark.parametrize("query", ["arbete", "maskineriet"], ids=["found by name", "found by Pagefind"])
def test_search_results_show_the_rating(browser, base: str, facts, query: str) -> None:
    from generator.site.formatting import RATING_WORDS

    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{base}sok/?q={query}")
    page.wait_for_selector("#sok-resultat li a", timeout=15000)
    shown = page.eval_on_selector_all("#sok-resultat li", """lis => lis.map(li => [
        new URL(li.querySelector('a').href).pathname.split('/')[2], li.querySelector('.badge')?.textContent ?? null])""")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()
    rated = 0
    for slug, badge in shown:
        rating = facts[slug].headline_rating()
        assert badge == (RATING_WORDS[rating] if rating else None), slug
        rated += bool(rating)
    assert rated >= 1


def test_the_same_snapshot_gives_the_same_labour_pages_byte_for_byte(tmp_path: Path, site, sample_site: Path, facts) -> None:
    build(SAMPLE_SNAPSHOT, tmp_path / "again", site)
    slugs = [slug_where(facts, lambda f: len(f.prospects) == 2), slug_where(facts, lambda f: f.salaries and f.salaries[0].p90)]
    for path in [*(f"yrken/{s}/index.html" for s in slugs), "bladdra/index.html", "index.html", "uppdateringar.xml"]:
        assert (tmp_path / "again" / path).read_bytes() == (sample_site / path).read_bytes(), path


def test_a_snapshot_with_a_broken_manifest_entry_still_builds(tmp_path: Path, site) -> None:
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    snapshot.manifest["labour"] = ["not", "an", "object"]
    snapshot.labour["scb"]["tabell.json"] = b"{not json"
    report = build_from_snapshot(snapshot, tmp_path / "site", site)
    assert report.published and report.sources["scb"].state == "missing" and "cannot be read" in report.sources["scb"].problem
    assert report.sources["yrkesbarometer"].state == "fresh"
