"""Issue 22 on built pages: "Lediga jobb just nu", "Vilka jobbar som …" and the county map,
from live builds whose real client fetched the stand-ins over loopback."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup

from generator.build import build_live
from generator.config import SAMPLE_SNAPSHOT, ApiSettings, LabourSettings
from generator.devtools.stub_api import Faults
from generator.fetch.api import FetchOptions
from generator.fetch.http import HttpPolicy
from generator.site.formatting import number
from generator.sources.barometer import COUNTIES
from generator.sources.jobsearch import group_concept_ids, request_url
from generator.sources.labour import LabourData
from generator.snapshot.store import read_snapshot

from support import CANARY_SECRET, CLIENT_ID, QUICK_SOURCES, labour_settings


FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=3))
QUICK = QUICK_SOURCES


def live(stub, kept: Path, out: Path, site, labour: LabourSettings):
    settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    report = build_live(settings, kept, out, site, options=FAST, labour=labour, labour_options=QUICK, quiet=True)
    assert report.published
    return report


def soup(site: Path, slug: str) -> BeautifulSoup:
    return BeautifulSoup((site / "yrken" / slug / "index.html").read_text("utf-8"), "html.parser")


@pytest.fixture(scope="module")
def facts(sample_catalog) -> dict[str, object]:
    data = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    return {o.slug: data.for_occupation(o) for o in sample_catalog.occupations}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory, site, facts) -> tuple[Path, str]:
    """A live build from an empty snapshot, every source healthy; the stand-in's URL for JobSearch."""
    from generator.devtools.stub_api import StubApi

    tmp = tmp_path_factory.mktemp("healthy")
    with StubApi(SAMPLE_SNAPSHOT, client_id=CLIENT_ID, client_secret=CANARY_SECRET) as stub:
        live(stub, tmp / "kept", tmp / "site", site, labour_settings(stub))
        one_group = [slug for slug, f in facts.items() if len(f.ads) == 1 and f.ads[0].total > 0][:5]
        answers = {slug: httpx.get(request_url(stub.jobsearch_url, group_concept_ids()[facts[slug].ads[0].ssyk])).json()
                   for slug in one_group}
    return tmp / "site", answers


def county_figures(element) -> dict[str, int | None]:
    """A data-lan-* attribute's figures by county code ("-": no figure)."""
    values = element.split()
    assert len(values) == len(COUNTIES)
    return {code: None if value == "-" else int(value) for code, value in zip(COUNTIES, values)}


def county_file(site: Path, page: BeautifulSoup) -> dict:
    """The site's county file (names and concept ids) that the page links to."""
    url = page.find(attrs={"data-lan-fil": True})["data-lan-fil"]
    return json.loads((site / "assets" / url.rsplit("/", 1)[1]).read_text("utf-8"))


def test_counts_per_county_on_the_page_equal_the_stand_ins(healthy) -> None:
    site, answers = healthy
    for slug, answer in answers.items():
        page = soup(site, slug)
        section = page.find(id="lediga-jobb")
        assert section.select_one(".ads-total strong").get_text().replace("\u202f", "") == str(answer["total"]["value"])
        if answer["total"]["value"]:  # the key facts at the top say it too, and link to the section
            fact = page.select_one(".glance a[href='#lediga-jobb']")
            assert fact.strong.get_text().replace("\u202f", "") == str(answer["total"]["value"])
        served = {v["code"]: v["count"] for v in answer["stats"][0]["values"]}
        shown = county_figures(section["data-lan-annonser"])
        assert shown == {code: served.get(code, 0) for code in COUNTIES}, slug  # left out of the stats: 0


def test_the_platsbanken_link_carries_both_concept_ids(healthy, facts) -> None:
    site, answers = healthy
    slug, answer = next(iter(answers.items()))
    group = group_concept_ids()[facts[slug].ads[0].ssyk]
    page = soup(site, slug)
    section = page.find(id="lediga-jobb")
    assert section.select_one("[data-platsbanken]")["href"] == f"https://arbetsformedlingen.se/platsbanken/annonser?p=5:{group}"
    # The counties' concept ids as the answers gave them, in the site's county file, which
    # county-figures.js's countyLink adds as l=2:<id> (the browser test below follows one).
    concepts = {v["code"]: v["concept_id"] for v in answer["stats"][0]["values"]}
    assert concepts and county_file(site, page)["begrepp"].items() >= concepts.items()
    assert "platsbanken/annonser?q=" not in str(section)  # the free-text link is gone where there is a count


def test_the_count_says_when_it_was_taken_and_a_group_without_ads_says_so(healthy, facts) -> None:
    site, _ = healthy
    slug = next(iter(healthy[1]))
    text = soup(site, slug).find(id="lediga-jobb").get_text(" ", strip=True)
    assert re.search(r"Räknat \d{1,2} \w+ 20\d\d ?\. Källa: Arbetsförmedlingen, Platsbanken", text)
    empty = next(s for s, f in facts.items() if f.ads and f.ads_total == 0)
    assert "Inga lediga jobb just nu" in soup(site, empty).find(id="lediga-jobb").get_text(" ", strip=True)


def test_who_does_the_job_shows_employed_women_older_and_source(sample_site: Path, facts) -> None:
    slug = next(s for s, f in facts.items() if len(f.employed) == 1 and f.employed[0].older_share and f.employed[0].older_share >= 0.3
                and f.employed[0].women_share is not None)
    e = facts[slug].employed[0]
    text = soup(sample_site, slug).find(id="vilka-jobbar").get_text(" ", strip=True)
    assert f"Andel kvinnor {round(e.women_share * 100)}\u00a0%" in text
    assert "många går i pension de närmaste tio åren" in text
    assert f"Källa: SCB, yrkesregistret {e.year}" in text and f"SSYK {e.ssyk}" in text


def test_hidden_figures_show_no_figure(sample_site: Path, facts) -> None:
    slug = next(s for s, f in facts.items() if f.employed and f.employed[0].women_share is None)
    section = soup(sample_site, slug).find(id="vilka-jobbar")
    assert "Andel kvinnor" not in section.get_text() and "Anställda i hela landet" not in section.get_text()
    slug = next(s for s, f in facts.items() if f.employed and None in dict(f.employed[0].counties).values())
    group = soup(sample_site, slug).select_one("#vilka-jobbar [data-lan-anstallda]")
    shown = county_figures(group["data-lan-anstallda"])
    assert shown == dict(facts[slug].employed[0].counties)  # a hidden county is "-", never 0
    assert None in shown.values()


def test_the_map_names_all_21_counties(sample_site: Path, facts) -> None:
    slug = next(s for s, f in facts.items() if f.ads and f.prospects)
    svg = soup(sample_site, slug).select_one("#lediga-jobb svg[data-county-map]")
    titles = [t.get_text() for t in svg.find_all("title")]
    assert len(titles) == 21
    assert sorted(t.split(":")[0] for t in titles) == sorted(COUNTIES.values())
    assert {g["data-lan"] for g in svg.select("g[data-lan]")} == set(COUNTIES)  # county.js makes them buttons


def test_a_source_down_publishes_the_previous_figures_with_their_date_or_leaves_the_section_out(
        tmp_path, site, stub_factory, facts) -> None:
    kept = tmp_path / "kept"
    shutil.copytree(SAMPLE_SNAPSHOT, kept)
    shutil.rmtree(kept / "arbetsmarknad" / "yrkesregistret")  # no previous copy of the register
    manifest = json.loads((kept / "manifest.json").read_text("utf-8"))
    manifest["labour"]["jobsearch"]["fetched_at"] = "2026-06-02T03:00:00+00:00"
    del manifest["labour"]["yrkesregistret"]
    (kept / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    api = stub_factory(SAMPLE_SNAPSHOT)
    broken = stub_factory(SAMPLE_SNAPSHOT, Faults(down=True), labour=False)
    report = live(api, kept, tmp_path / "site", site, labour_settings(api, jobs=broken, register=broken))
    lines = "\n".join(report.lines())
    assert "source jobsearch: stale, from 2026-06-02 (HTTP 503" in lines
    assert "source yrkesregistret: missing (HTTP 503" in lines
    slug = next(s for s, f in facts.items() if f.ads and f.ads_total)
    page = soup(tmp_path / "site", slug)
    section = page.find(id="lediga-jobb")
    assert section.select_one(".ads-total strong").get_text().replace("\u202f", "") == str(facts[slug].ads_total)
    assert "Siffrorna är från 2 juni 2026." in section.get_text(" ", strip=True)
    assert "Räknat 2 juni 2026 ." in section.get_text(" ", strip=True)
    assert page.find(id="vilka-jobbar") is None


@pytest.fixture(scope="module")
def base(serve_site, sample_site: Path) -> str:
    return serve_site(sample_site)


@pytest.mark.browser
def test_tapping_a_county_on_the_map_chooses_it(browser, base: str, facts) -> None:
    slug = next(s for s, f in facts.items() if len(f.ads) == 1 and f.ads_total and f.prospects and f.employed
                and len(f.employed) == 1 and f.employed[0].county("12") and f.ads_in("12"))
    context = browser.new_context(viewport={"width": 360, "height": 800}, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}yrken/{slug}/")
    assert page.evaluate("localStorage.length") == 0
    tile = page.locator("svg[data-county-map] g[data-lan='12']")
    tile.scroll_into_view_if_needed()  # the tiles become buttons (county-facts.js) when the section is on the screen
    page.wait_for_selector("svg[data-county-map] g[data-lan='12'][role='button']")
    page.tap("svg[data-county-map] g[data-lan='12']")
    assert page.evaluate("localStorage.getItem('yrken-lan')") == "12"
    assert page.get_attribute("svg[data-county-map] g[data-lan='12']", "aria-pressed") == "true"
    page.wait_for_function("!document.querySelector('[data-ads-line]').hidden")
    f = facts[slug]
    assert page.inner_text("[data-ads-line]") == f"{number(f.ads_in('12'))} lediga jobb i Skåne län just nu."
    link = f.ads[0].link("12")
    assert "&l=2:" in link and page.get_attribute("[data-platsbanken]", "href") == link
    assert page.inner_text("[data-employed-line]") == f"I Skåne län: {number(f.employed[0].county('12'))} anställda."
    # Every county's ads and employed, drawn from the page's figures in a folded table.
    rows = page.locator("[data-county-table] tbody tr")
    assert rows.count() == 21
    assert rows.nth(9).locator("th, td").all_text_contents() == ["Skåne län", number(f.ads_in("12")), number(f.employed[0].county("12"))]
    # The key facts at the top put the county's open ads first, the whole country's beside them.
    assert page.inner_text(".glance [data-glance-ads]") == \
        f"{number(f.ads_in('12'))} i Skåne län just nu (hela landet: {number(f.ads_total)})"
    # The map's second colouring: open ads per 1,000 employed, said in each county's title and the key.
    page.check("input[name='karta'][value='annonser']")
    ratio = f.ads_in("12") * 1000 / f.employed[0].county("12")
    shown = f"{ratio:.1f}".replace(".", ",") if ratio < 10 else str(round(ratio))
    assert page.text_content("svg[data-county-map] g[data-lan='12'] title") == f"Skåne län: {shown} lediga jobb per 1 000 anställda"
    assert page.inner_text("[data-map-key]").startswith("Lediga jobb per 1 000 anställda i länet")
    page.check("input[name='karta'][value='']")
    assert page.text_content("svg[data-county-map] g[data-lan='12'] title").startswith("Skåne län: ")
    assert "jobbmöjligheter" in page.text_content("svg[data-county-map] g[data-lan='12'] title") or \
        "inte bedömt" in page.text_content("svg[data-county-map] g[data-lan='12'] title")
    if page.locator("#valj-lan").count():
        assert page.input_value("#valj-lan") == "12"
    page.focus("svg[data-county-map] g[data-lan='01']")
    page.keyboard.press("Enter")
    assert page.evaluate("localStorage.getItem('yrken-lan')") == "01"
    context.close()
    assert errors == []
