"""Built sites opened in Debian's headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import SAMPLE_SNAPSHOT
from generator.model.occupations import build_catalog
from generator.snapshot.store import read_snapshot

pytestmark = pytest.mark.browser


def search(page, base: str, term: str) -> list[str]:
    page.goto(f"{base}sok/")
    page.fill("input[type=search]", term)
    # A selector, not wait_for_function: the site's CSP forbids the eval that the latter uses.
    page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
    return [a.inner_text() for a in page.query_selector_all("#sok-resultat li a")]


@pytest.mark.parametrize("which", ["sample", "real_2018"])
def test_search_finds_each_occupation_by_its_name(request, page, serve_site, which: str) -> None:
    site_dir = request.getfixturevalue("sample_site" if which == "sample" else "real_site")
    snapshot_dir = SAMPLE_SNAPSHOT if which == "sample" else request.getfixturevalue("real_2018")
    occupations = build_catalog(read_snapshot(snapshot_dir)).occupations
    base = serve_site(site_dir)
    # Every 15th occupation: a spread across the alphabet, fast enough for CI.
    for occupation in occupations[::15]:
        results = search(page, base, occupation.name)
        assert results and results[0] == occupation.name, (occupation.name, results[:3])
    status = page.inner_text("#sok-status")
    assert "hittades" in status
    assert page.errors == []


def test_search_result_opens_the_occupation(page, serve_site, sample_site: Path) -> None:
    base = serve_site(sample_site)
    page.goto(f"{base}sok/?q=Lastbilsförare")
    page.wait_for_selector("#sok-resultat li a", timeout=15000)
    page.click("#sok-resultat li a >> nth=0")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Lastbilsförare"
    assert page.url.startswith(base + "yrken/lastbilsforare/")


def test_pages_read_without_javascript(browser, serve_site, sample_site: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    base = serve_site(sample_site)
    page.goto(base)
    page.click(".letters a >> nth=0")
    first = page.query_selector(".occupation-list a")
    name = first.inner_text()
    first.click()
    assert page.inner_text("h1") == name
    assert page.is_visible(".sample-banner")
    page.goto(base + "omraden/")
    page.click(".area-list a >> nth=0")
    assert page.query_selector_all(".occupation-list li")
    context.close()


def test_pagefind_filters_match_the_catalog(page, serve_site, real_site: Path, real_2018: Path) -> None:
    """The filter indexes (rewritten to be deterministic) still load and count right."""
    catalog = build_catalog(read_snapshot(real_2018))
    base = serve_site(real_site)
    page.goto(f"{base}sok/")
    filters = page.evaluate(
        """async () => {
            const pf = await import(new URL('pagefind/pagefind.js', location.href.replace(/sok\\/.*$/, '')).href);
            await pf.init();
            const all = await pf.filters();
            const transport = await pf.search(null, {filters: {"område": "Transport"}});
            return {all, transport: transport.results.length};
        }"""
    )
    areas = {a.name: len(a.occupations) for a in catalog.areas}
    assert filters["all"]["område"] == areas
    assert filters["transport"] == areas["Transport"]
    levels = filters["all"]["utbildning"]
    assert sum(levels.values()) == sum(len(o.education_levels) for o in catalog.occupations)
    assert set(filters["all"]["intresse"]) <= set("RIASEC")


def test_search_across_several_bundles(page, serve_site, tmp_path_factory, monkeypatch, site) -> None:
    """A large site is indexed in bundles; search merges them and finds pages from each."""
    import generator.output.index as index
    from generator.build import build

    monkeypatch.setattr(index, "MAX_PAGES_PER_BUNDLE", 100)
    out = tmp_path_factory.mktemp("bundles") / "site"
    build(SAMPLE_SNAPSHOT, out, site)
    bundles = index.plan_bundles([o.slug for o in build_catalog(read_snapshot(SAMPLE_SNAPSHOT)).occupations])
    assert len(bundles) >= 3 and all((out / b.folder / "pagefind-entry.json").is_file() for b in bundles)
    base = serve_site(out)
    occupations = build_catalog(read_snapshot(SAMPLE_SNAPSHOT)).occupations
    for occupation in (occupations[0], occupations[len(occupations) // 2], occupations[-1]):
        results = search(page, base, occupation.name)
        assert results and results[0] == occupation.name
    page.goto(base + "om/")  # a page that has not loaded Pagefind yet
    filters = page.evaluate("""async () => {
        const pf = await import(new URL('../pagefind/pagefind.js', location.href).href);
        for (const b of ['pagefind-2', 'pagefind-3', 'pagefind-4']) await pf.mergeIndex(new URL('../' + b + '/', location.href).href);
        return (await pf.search(null, {})).results.length;
    }""")
    assert filters == len(occupations)
    assert page.errors == []


def test_browse_filters_count_and_keep_state_in_the_url(page, serve_site, sample_site: Path) -> None:
    catalog = build_catalog(read_snapshot(SAMPLE_SNAPSHOT))
    area = max(catalog.areas, key=lambda a: len(a.occupations))
    expected = [o.name for o in area.occupations if "gymnasieutbildning" in o.education_levels and "S" in o.interests]
    base = serve_site(sample_site)
    page.goto(f"{base}bladdra/")
    assert page.inner_text("#antal") == f"{len(catalog.occupations)} yrken."
    page.select_option("#omrade", area.slug)
    page.check("#utb-gymnasieutbildning")
    page.check("#int-S")
    shown = [li.query_selector("a").inner_text() for li in page.query_selector_all("#yrkeslista > li:not([hidden])")]
    assert shown == expected and page.inner_text("#antal").startswith(str(len(expected)))
    assert page.url.endswith(f"?omrade={area.slug}&utbildning=gymnasieutbildning&intresse=S")
    # The URL alone brings the same list back: a filtered list can be shared.
    page.goto(page.url)
    again = [li.query_selector("a").inner_text() for li in page.query_selector_all("#yrkeslista > li:not([hidden])")]
    assert again == expected and page.is_checked("#int-S")
    # At most three interest letters: with S, R and I chosen the others wait.
    page.check("#int-R")
    page.check("#int-I")
    assert page.is_disabled("#int-C") and page.is_disabled("#int-A") and not page.is_disabled("#int-R")
    page.uncheck("#int-I")
    assert not page.is_disabled("#int-C")
    assert page.errors == []


def test_interest_letters_link_to_the_browse_view(page, serve_site, sample_site: Path) -> None:
    catalog = build_catalog(read_snapshot(SAMPLE_SNAPSHOT))
    occupation = next(o for o in catalog.occupations if o.interests)
    base = serve_site(sample_site)
    page.goto(f"{base}yrken/{occupation.slug}/")
    page.click(f"#intressen a >> text={occupation.interests[0]}")
    wanted = [o.name for o in catalog.occupations if occupation.interests[0] in o.interests]
    # The page comes with every occupation listed and counted: wait for the script to have filtered it.
    page.wait_for_function("n => document.getElementById('antal')?.textContent === `${n} yrken.`", arg=len(wanted))
    shown = [li.query_selector("a").inner_text() for li in page.query_selector_all("#yrkeslista > li:not([hidden])")]
    assert shown == wanted


def test_search_term_is_highlighted_on_the_page_a_result_opens(page, serve_site, sample_site: Path) -> None:
    base = serve_site(sample_site)
    page.goto(f"{base}sok/?q=lastbil")
    page.wait_for_selector("#sok-resultat li a", timeout=15000)
    page.click("#sok-resultat li a >> nth=0")
    page.wait_for_selector("main mark")
    marks = [m.inner_text().lower() for m in page.query_selector_all("main mark")]
    assert marks and all(m.startswith("lastbil") for m in marks)
    assert "highlight=lastbil" in page.url
