"""Accessibility in Debian's headless Chromium: axe-core finds no WCAG 2.2 A/AA violation
on any page type at phone and desktop width, and the keyboard reaches and shows everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build_from_snapshot
from generator.config import SAMPLE_SNAPSHOT
from generator.sources.labour import LabourData
from generator.model.occupations import build_catalog
from generator.snapshot.store import read_snapshot

from support import AXE, axe_violations, load_county_parts

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 360, "height": 800}, "desktop": {"width": 1280, "height": 800}}
GONE_SLUG = "nedlagt-yrke"
# What can take keyboard focus on these pages (nothing here uses a positive tabindex).
FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])"
SECTION_FIELDS = (
    "summary", "tasks", "working_hours", "environment", "workplace", "international", "abilities",
    "path_intro", "path_categories", "education_levels", "education_intro", "education", "interests",
    "similar", "similar_to_this", "areas", "ssyk_groups", "links", "synonyms",
)


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is expected at {AXE}: run tests/install.sh")
    return AXE.read_text("utf-8")


@pytest.fixture(scope="module")
def gone_site(tmp_path_factory: pytest.TempPathFactory, site, sample_catalog) -> Path:
    """The sample plus one occupation that was published once and is gone now."""
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    similar = [o.id for o in sample_catalog.occupations[:3]]
    snapshot.published = {"999999": {"slug": GONE_SLUG, "name": "Nedlagt yrke", "old_slugs": [], "similar": similar}}
    out = tmp_path_factory.mktemp("gone") / "site"
    build_from_snapshot(snapshot, out, site)
    assert (out / "yrken" / GONE_SLUG / "index.html").is_file()
    return out


def full_occupation(sample_catalog):
    """The first sample occupation that has every section the page can show."""
    return next(o for o in sample_catalog.occupations if all(getattr(o, f) for f in SECTION_FIELDS) and o.show_validation)


def labour_slug(sample_catalog, prospects: int) -> str:
    """An occupation whose job prospects come from this many barometer occupations, with pay."""
    data = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    return next(o.slug for o in sample_catalog.occupations
                if len(data.for_occupation(o).prospects) == prospects and data.for_occupation(o).salaries)


def sparse_occupation(sample_catalog):
    return min(sample_catalog.occupations, key=lambda o: sum(bool(getattr(o, f)) for f in SECTION_FIELDS))


@pytest.fixture(scope="module")
def pages(request, serve_site, sample_site: Path, real_site: Path, gone_site: Path, sample_catalog) -> dict[str, str]:
    """Every page type, by name, as a URL on a local server."""
    sample, real, gone = serve_site(sample_site), serve_site(real_site), serve_site(gone_site)
    real_catalog = build_catalog(read_snapshot(request.getfixturevalue("real_2018")))
    longest_real = max(real_catalog.occupations, key=lambda o: (real_site / "yrken" / o.slug / "index.html").stat().st_size)
    return {
        "occupation, every section": f"{sample}yrken/{full_occupation(sample_catalog).slug}/",
        "occupation, fewest sections": f"{sample}yrken/{sparse_occupation(sample_catalog).slug}/",
        "occupation, first": f"{sample}yrken/{sample_catalog.occupations[0].slug}/",
        "occupation, two barometer occupations in its group": f"{sample}yrken/{labour_slug(sample_catalog, 2)}/",
        "occupation, a county chosen": f"{sample}yrken/{labour_slug(sample_catalog, 1)}/",
        "occupation, real 2018 text": f"{real}yrken/{real_catalog.occupations[0].slug}/",
        "occupation, longest real 2018 text": f"{real}yrken/{longest_real.slug}/",
        "A–Ö index": sample,
        "area overview": f"{sample}omraden/",
        "area page": f"{sample}omraden/{sample_catalog.areas[0].slug}/",
        "browse": f"{sample}bladdra/",
        "search, empty": f"{sample}sok/",
        "search, with results": f"{sample}sok/",
        "about": f"{sample}om/",
        "accessibility statement": f"{sample}tillganglighet/",
        "404": f"{sample}finns-inte/",
        "gone occupation": f"{gone}yrken/{GONE_SLUG}/",
    }


PAGE_NAMES = [
    "occupation, every section", "occupation, fewest sections", "occupation, first",
    "occupation, two barometer occupations in its group", "occupation, a county chosen", "occupation, real 2018 text",
    "occupation, longest real 2018 text", "A–Ö index", "area overview", "area page", "browse", "search, empty",
    "search, with results", "about", "accessibility statement", "404", "gone occupation",
]


@pytest.fixture(scope="module", params=list(VIEWPORTS))
def axe_page(request, browser):
    # bypass_csp only here: the site's CSP forbids inline scripts, and axe is injected as one.
    # Every other browser test runs under the published policy.
    context = browser.new_context(viewport=VIEWPORTS[request.param], bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_axe_finds_no_wcag21_aa_violation(axe_page, axe_source: str, pages: dict[str, str], name: str) -> None:
    response = axe_page.goto(pages[name])
    assert response.status == (404 if name == "404" else 200)
    if name == "occupation, a county chosen":
        axe_page.click("#jobbmojligheter .counties-fold summary")  # the county table is folded
        axe_page.locator("#jobbmojligheter").scroll_into_view_if_needed()  # the picker loads near its section
        axe_page.select_option("#valj-lan", "12")
        axe_page.wait_for_selector("tr.chosen")
    if name == "search, with results":
        axe_page.type("input[type=search]", "arbete", delay=20)
        axe_page.wait_for_selector("#sok-resultat li a", timeout=15000)
        axe_page.wait_for_selector("#sok-status:not(:empty)")
    assert axe_violations(axe_page, axe_source) == []


def focus_info(page) -> dict:
    return page.evaluate("""() => {
        const e = document.activeElement, s = getComputedStyle(e);
        return {tag: e.tagName, id: e.id, cls: e.className, key: e.dataset.kb ?? null,
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none',
                html: e.outerHTML.slice(0, 120)};
    }""")


def tab_through(page) -> tuple[list[str], list[dict]]:
    """Number every visible focusable element, then Tab until focus leaves the page or comes round.
    Returns (the numbers of all of them, what each Tab focused). A group of radio buttons is one Tab
    stop, its checked button (the arrow keys move within it), as in every browser."""
    keys = page.evaluate(f"""() => [...document.querySelectorAll("{FOCUSABLE}")]
        .filter((e) => e.checkVisibility({{contentVisibilityAuto: true, visibilityProperty: true}}) && !e.disabled)
        .filter((e) => !(e.type === "radio" && !e.checked && [...document.getElementsByName(e.name)].some((r) => r.checked)))
        .map((e, i) => (e.dataset.kb = String(i)))""")
    seen = []
    for _ in range(len(keys) + 5):
        page.keyboard.press("Tab")
        info = focus_info(page)
        if info["tag"] == "BODY" or (seen and info["key"] == seen[0]["key"]):
            break
        seen.append(info)
    return keys, seen


@pytest.fixture
def keyboard_page(browser):
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    page = context.new_page()
    yield page
    context.close()


def test_skip_link_moves_focus_to_main(keyboard_page, serve_site, sample_site: Path, sample_catalog) -> None:
    page = keyboard_page
    page.goto(f"{serve_site(sample_site)}yrken/{full_occupation(sample_catalog).slug}/")
    page.keyboard.press("Tab")
    first = focus_info(page)
    assert "skip-link" in first["cls"] and first["outline"]
    box = page.locator(".skip-link").bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 360  # on screen when focused
    page.keyboard.press("Enter")
    assert focus_info(page)["id"] == "innehall"
    assert page.url.endswith("#innehall")
    # The next Tab continues inside main, past the header's links.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize("width", [360, 1280])
def test_keyboard_reaches_every_link_on_an_occupation_page_with_visible_focus(
    browser, serve_site, sample_site: Path, sample_catalog, width: int,
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{serve_site(sample_site)}yrken/{full_occupation(sample_catalog).slug}/")
    load_county_parts(page)  # the picker, the county table and the map's choice load near their sections
    keys, seen = tab_through(page)
    context.close()
    assert [s["key"] for s in seen] == keys, "Tab order skips or repeats elements"
    assert len(keys) > 20
    invisible = [s["html"] for s in seen if not (s["outline"] or s["shadow"])]
    assert invisible == [], "focused without a visible outline or shadow"


def test_keyboard_reaches_the_search_field_and_every_result(keyboard_page, serve_site, sample_site: Path) -> None:
    page = keyboard_page
    page.goto(f"{serve_site(sample_site)}sok/?q=arbete")
    page.wait_for_selector("#sok-resultat li a", timeout=15000)
    keys, seen = tab_through(page)
    assert [s["key"] for s in seen] == keys, "Tab order skips or repeats elements"
    tags = [s["tag"] for s in seen]
    assert "INPUT" in tags and "BUTTON" in tags
    results = page.locator("#sok-resultat a").count()
    assert results > 0 and sum(1 for s in seen if "highlight=" in s["html"]) == results
    assert [s["html"] for s in seen if not (s["outline"] or s["shadow"])] == []
    # Typing a new search from the keyboard works too.
    page.focus("input[type=search]")
    page.keyboard.press("Control+A")
    page.keyboard.type("lastbil")
    page.keyboard.press("Enter")
    page.wait_for_selector("#sok-status:has-text('lastbil')", timeout=15000)
    assert "lastbil" in page.url
