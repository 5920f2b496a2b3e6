"""One county setting for the whole site, in Debian's headless Chromium: chosen on one page, it
holds on every list (A–Ö, Bläddra, Mina yrken, Jämför), a filter and its cards agree, a shared
link carries it; and the list pages survive any hash, query or stored value in bounded time."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from generator.site.formatting import RATING_CODES, RATING_WORDS

pytestmark = pytest.mark.browser

WORDS = {code: RATING_WORDS[rating] for rating, code in RATING_CODES.items()}
VG = "14"  # Västra Götalands län


@pytest.fixture(scope="module")
def base(serve_site, sample_site: Path) -> str:
    return serve_site(sample_site)


@pytest.fixture(scope="module")
def data(sample_site: Path) -> dict:
    return json.loads(next((sample_site / "assets").glob("mina-yrken.*.json")).read_bytes())


def rating(row: dict, data: dict, county: str) -> str:
    code = (row.get("prospects") or "")[data["codes"].index(county):][:1]
    return WORDS.get(code, "")


@pytest.fixture(scope="module")
def differs(data: dict) -> list[dict]:
    """Occupations with pay whose rating in Västra Götaland differs from the whole country's."""
    rows = [o for o in data["occupations"] if o.get("pay") and rating(o, data, VG) and rating(o, data, "00")
            and rating(o, data, VG) != rating(o, data, "00")]
    assert len(rows) >= 3
    return rows


def badge(page, slug: str) -> str:
    return page.inner_text(f"li:has(> a[href$='yrken/{slug}/']) .badge")


def test_a_county_chosen_on_one_page_holds_on_every_list(phone, base: str, data: dict, differs: list[dict]) -> None:
    page = phone()
    first = differs[0]
    page.goto(base)
    assert badge(page, first["slug"]) == rating(first, data, "00")  # the whole country until one is chosen
    page.select_option("#lan-val", VG)  # chosen on the A–Ö index
    assert badge(page, first["slug"]) == rating(first, data, VG)
    assert page.evaluate("localStorage.getItem('yrken-lan')") == VG  # the key and value county.js has always used
    assert page.is_visible("[data-county-clear]")

    page.goto(f"{base}bladdra/")
    expect(page.locator("#lan")).to_have_value(VG)  # its script sets it once loaded
    assert badge(page, first["slug"]).startswith(rating(first, data, VG))
    area = next(a for a in first["areas"])
    page.goto(f"{base}omraden/")
    page.click(f"a:text-is('{area}')")
    expect(page.locator("#lan-val")).to_have_value(VG)
    assert badge(page, first["slug"]) == rating(first, data, VG)

    page.evaluate(f"localStorage.setItem('mina-yrken', {json.dumps(json.dumps([o['id'] for o in differs[:2]]))})")
    page.goto(f"{base}mina-yrken/")
    page.wait_for_selector("#mina-lista li")
    text = page.inner_text("#mina-lista")
    assert "Jobbmöjligheter i Västra Götalands län" in text and rating(first, data, VG) in text
    page.goto(f"{base}jamfor/")
    page.wait_for_selector(".compare-table")
    row = page.locator(".compare-table tbody tr").nth(1)
    assert "Västra Götalands län" in row.locator("th").inner_text().replace("\xad", "")
    assert row.locator("td").first.inner_text() == rating(first, data, VG)
    assert "lan=14" in page.url

    # Cleared in one tap, from any page: every list is the whole country's again.
    page.click("[data-county-clear]")
    assert page.evaluate("localStorage.getItem('yrken-lan')") is None
    assert page.locator(".compare-table tbody tr").nth(1).locator("td").first.inner_text() == rating(first, data, "00")
    page.goto(base)
    expect(page.locator("#lan-val")).to_have_value("00")
    assert badge(page, first["slug"]) == rating(first, data, "00")
    assert page.errors == []


@pytest.mark.parametrize("code", ["3", "2", "1"])
def test_a_prospects_filter_never_lists_a_card_that_contradicts_it(phone, base: str, code: str) -> None:
    page = phone()
    page.goto(f"{base}bladdra/")
    page.select_option("#lan", VG)
    page.check(f"input[name=jobb][value='{code}']")
    shown = page.eval_on_selector_all("#yrkeslista > li:not([hidden]) .badge", "bs => bs.map((b) => b.textContent)")
    count = int(page.inner_text("#antal").split()[0])
    assert shown and len(shown) == count
    assert all(text.startswith(WORDS[code]) for text in shown), shown
    # The county chosen in the filter is the site's, and cleared in one tap.
    assert page.evaluate("localStorage.getItem('yrken-lan')") == VG
    page.click("[data-county-clear]")
    assert page.evaluate("localStorage.getItem('yrken-lan')") is None and page.input_value("#lan") == "00"
    shown = page.eval_on_selector_all("#yrkeslista > li:not([hidden]) .badge", "bs => bs.map((b) => b.textContent)")
    assert all(text.startswith(WORDS[code]) for text in shown), shown
    assert page.errors == []


def test_bladdra_sorts_by_open_ads_in_the_chosen_county_and_its_many_ads_filter_agrees_with_its_cards(
        phone, base: str, data: dict) -> None:
    i = data["codes"].index(VG)
    counts = {o["slug"]: o["ads"][i] for o in data["occupations"] if len(o.get("ads", [])) > i and o["ads"][i] is not None}
    assert counts, "the sample has open ads per county"
    most = max(counts.values())
    page = phone()
    page.goto(f"{base}bladdra/")
    page.select_option("#lan", VG)
    page.select_option("#sortera", "annonser")
    first = page.locator("#yrkeslista > li:not([hidden])").first
    assert counts[first.get_attribute("data-slug")] == most  # the most ads in Västra Götaland first
    expect(first.locator(".ads-line")).to_have_text(f"{most:,}".replace(",", "\xa0") + " lediga jobb i Västra Götalands län")
    assert "sortera=annonser" in page.url
    page.check("#manga-jobb")
    lines = page.eval_on_selector_all("#yrkeslista > li:not([hidden]) .ads-line", "ls => ls.map((l) => l.textContent)")
    assert lines and len(lines) == int(page.inner_text("#antal").split()[0]) == sum(1 for n in counts.values() if n >= 20)
    assert all(int(text.split(" lediga")[0].replace("\xa0", "")) >= 20 for text in lines), lines  # never a card with fewer
    assert "manga=1" in page.url
    assert page.errors == []


def test_without_javascript_the_lists_say_the_whole_countrys_ratings(browser, base: str, data: dict,
                                                                      differs: list[dict]) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(base)
    assert page.is_hidden("[data-county-bar]")
    assert badge(page, differs[0]["slug"]) == rating(differs[0], data, "00")
    assert page.locator("ul.occupation-list > li").count() >= 300  # the whole index is readable
    context.close()


def test_search_results_show_the_chosen_countys_rating(phone, base: str, data: dict, differs: list[dict]) -> None:
    page = phone()
    first = differs[0]
    page.goto(base)
    page.evaluate(f"localStorage.setItem('yrken-lan', '{VG}')")
    page.goto(f"{base}sok/?q={first['name']}")
    item = page.locator("#sok-resultat li", has=page.locator(f"a:text-is('{first['name']}')"))
    item.locator(".badge").wait_for()
    assert item.locator(".badge").inner_text() == rating(first, data, VG)
    expect(page.locator("#lan-val")).to_have_value(VG)
    assert page.errors == []


def test_a_shared_link_shows_pay_prospects_and_its_county_and_saves_nothing(phone, base: str, data: dict,
                                                                            differs: list[dict]) -> None:
    mine = phone()
    mine.goto(base)
    mine.evaluate(f"localStorage.setItem('yrken-lan', '{VG}')")
    mine.evaluate(f"localStorage.setItem('mina-yrken', {json.dumps(json.dumps([o['id'] for o in differs[:2]]))})")
    mine.goto(f"{base}mina-yrken/")
    mine.wait_for_selector("#mina-lista li")
    link = mine.input_value("#dela-lank")
    assert "lan=14" in link

    other = phone(1280)  # a fresh context: the counsellor's desktop, nothing saved
    other.goto(link)
    other.wait_for_selector("#delad-lista li")
    text = other.inner_text("main")
    assert "inte sparat" not in text
    assert "Västra Götalands län" in text and other.input_value("#lan-val") == VG
    for row in differs[:2]:
        assert rating(row, data, VG) in text
        assert f"{row['pay']['median']:,}".replace(",", "\xa0") + " kr i månaden" in text
    assert other.evaluate("[localStorage.getItem('mina-yrken'), localStorage.getItem('yrken-lan')]") == [None, None]
    other.emulate_media(media="print")
    assert other.is_visible("#delad-lista") and other.is_visible(".print-only")
    assert [b for b in other.locator("button").all() if b.is_visible()] == []
    assert mine.errors == [] and other.errors == []


@pytest.mark.parametrize("path", ["jamfor/#%E0%A4%A", "mina-yrken/#%", "jamfor/?lan=%#1,%", "mina-yrken/?lan=99#%E0",
                                  "bladdra/?lan=%&jobb=%&intresse=%", "?lan=<b>", "sok/?q=%25&lan=%"])
def test_a_malformed_link_throws_nothing(phone, base: str, path: str) -> None:
    page = phone()
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    assert page.errors == []
    if path.startswith("jamfor"):
        assert page.is_visible("#jamfor-val")  # the add form is there
    if path.startswith("mina-yrken"):
        assert page.is_visible("#tom")


@pytest.mark.parametrize("value", ["{", "null", '"x"', "[1e999, -1, 1.5, \"2\"]", "%E0%A4%A"])
def test_any_stored_value_is_survived(phone, base: str, value: str) -> None:
    page = phone()
    page.goto(base)
    page.evaluate("(v) => { localStorage.setItem('mina-yrken', v); localStorage.setItem('yrken-lan', v); }", value)
    for path in ("", "bladdra/", "mina-yrken/", "jamfor/", "sok/?q=arbete"):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
    assert page.errors == []


def test_a_huge_stored_list_does_not_slow_the_browse_page(phone, base: str, sample_catalog) -> None:
    page = phone()
    page.goto(base)
    page.evaluate("localStorage.setItem('mina-yrken', JSON.stringify(Array.from({ length: 600000 }, (_, i) => i + 1)))")
    started = time.monotonic()
    page.goto(f"{base}bladdra/")
    page.locator("#yrkeslista li button[aria-pressed]").nth(len(sample_catalog.occupations) - 1).wait_for(state="attached")
    assert time.monotonic() - started < 10
    assert page.errors == []
