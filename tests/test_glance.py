"""The facts where a job seeker decides (issue 21), in Debian's headless Chromium on the built sample:
the first screen of an occupation page on a 360×760 phone holds pay, prospects and education; the
reader's county is the headline; the pay chart writes its figures; missing data is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import SAMPLE_SNAPSHOT
from generator.site.formatting import MISSING, RATING_SHORT, kronor, per_month
from generator.snapshot.store import read_snapshot
from generator.sources.labour import COUNTIES, LabourData

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 760}
# The text of every visible element whose box starts on the first screen.
FIRST_SCREEN_TEXT = """(height) => {
  const parts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || !node.parentElement.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.height && box.bottom <= height) parts.push(node.textContent.trim());
  }
  return parts.join(" ");
}"""


@pytest.fixture(scope="module")
def base(serve_site, sample_site: Path) -> str:
    return serve_site(sample_site)


@pytest.fixture(scope="module")
def labour(sample_catalog) -> dict[str, object]:
    data = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    return {o.slug: data.for_occupation(o) for o in sample_catalog.occupations}


def plain(occupation, facts) -> bool:
    """One barometer occupation with a national rating, one pay group with all three figures."""
    return (len(facts.prospects) == 1 and facts.prospects[0].rating and len(facts.salaries) == 1
            and facts.salaries[0].median and facts.salaries[0].p10 and facts.salaries[0].p90 and occupation.education_levels)


@pytest.fixture(scope="module")
def longest_plain(sample_catalog, labour, sample_site: Path):
    """The occupation of that kind with the longest page top: the longest name, lead and synonyms."""
    candidates = [o for o in sample_catalog.occupations if plain(o, labour[o.slug])]
    return max(candidates, key=lambda o: (len(o.name) + len(o.lead or "") + len(", ".join(o.synonyms)), o.slug))


@pytest.mark.parametrize("javascript", [True, False])
def test_the_first_screen_holds_pay_prospects_and_education(phone, base: str, longest_plain, labour, javascript) -> None:
    occupation, facts = longest_plain, labour[longest_plain.slug]
    page = phone(**PHONE, java_script_enabled=javascript)
    page.goto(f"{base}yrken/{occupation.slug}/")
    # The name starts within the first 180 px: the header is one row, the sample notice slim.
    assert page.eval_on_selector("h1", "e => e.getBoundingClientRect().top") <= 180
    text = page.evaluate(FIRST_SCREEN_TEXT, PHONE["height"])
    assert occupation.name in text
    assert per_month(facts.salaries[0].median) in text
    assert f"{RATING_SHORT[facts.prospects[0].rating]} i hela landet" in text
    assert "Utbildning" in text and any(w in text for w in ("gymnasie", "Gymnasie", "utbildning efter gymnasiet"))
    # Each fact links to its section.
    for href in ("#lon", "#jobbmojligheter", "#utbildningsvag"):
        assert page.locator(f".glance a[href='{href}']").count() == 1
        assert page.locator(href).count() == 1
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    assert page.errors == []


def test_the_menu_opens_without_javascript_and_keeps_to_the_screen(phone, base: str, longest_plain) -> None:
    page = phone(**PHONE, java_script_enabled=False)
    page.goto(f"{base}yrken/{longest_plain.slug}/")
    assert not page.is_visible(".site-header nav")
    page.click(".menu summary")
    assert page.is_visible(".site-header nav a[href$='sok/']")
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    box = page.locator(".menu summary").bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44


def show_picker(page) -> None:
    """The county picker (county-table.js) loads when the job prospects' section nears the screen."""
    page.locator("#jobbmojligheter").scroll_into_view_if_needed()
    page.wait_for_selector("#valj-lan", state="visible")


def test_the_readers_county_is_the_headline_with_the_whole_country_beside_it(phone, base: str, sample_catalog, labour) -> None:
    # An occupation whose rating in a county differs from the whole country's.
    occupation, code = next((o, code) for o in sample_catalog.occupations for code in COUNTIES if plain(o, labour[o.slug])
                            and labour[o.slug].headline_rating(code) not in (None, labour[o.slug].prospects[0].rating))
    facts = labour[occupation.slug]
    page = phone(**PHONE)
    page.goto(f"{base}yrken/{occupation.slug}/")
    national = RATING_SHORT[facts.prospects[0].rating]
    glance = lambda: page.inner_text(".glance a[href='#jobbmojligheter']") + page.inner_text(".glance [data-lan]")  # noqa: E731
    assert f"{national} i hela landet" in glance()
    show_picker(page)
    page.select_option("#valj-lan", code)
    county = RATING_SHORT[facts.headline_rating(code)]
    # county.js loads glance.js on the first choice: wait for it.
    page.wait_for_function("(want) => document.querySelector('.glance [data-lan]').innerText.startsWith(want)",
                           arg=f"{county} i {COUNTIES[code]}", timeout=5000)
    text = page.inner_text(".glance [data-lan]")
    assert text.startswith(f"{county} i {COUNTIES[code]}") and f"(hela landet: {national.lower()})" in text
    # Kept for the next page, as county.js keeps it.
    page.reload()
    page.wait_for_function("(want) => document.querySelector('.glance [data-lan]').innerText.startsWith(want)",
                           arg=f"{county} i {COUNTIES[code]}", timeout=5000)
    show_picker(page)
    page.select_option("#valj-lan", "")
    assert page.inner_text(".glance [data-lan]").startswith(f"{national} i hela landet")
    assert page.errors == []


def test_the_pay_chart_shows_its_three_figures(phone, base: str, longest_plain, labour) -> None:
    salary = labour[longest_plain.slug].salaries[0]
    page = phone(**PHONE)
    page.goto(f"{base}yrken/{longest_plain.slug}/")
    chart = page.locator("#lon svg.pay-chart")
    assert chart.is_visible()
    text = chart.evaluate("svg => [...svg.querySelectorAll('text')].map(t => t.textContent)")
    assert f"Median {kronor(salary.median)}" in text and kronor(salary.p10) in text and kronor(salary.p90) in text
    # The figures are on the screen, not cut off at the chart's edges, and do not overlap.
    boxes = chart.evaluate("""svg => [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect())
                              .map(b => [b.left, b.top, b.right, b.bottom])""")
    svg_box = chart.bounding_box()
    assert all(left >= svg_box["x"] - 1 and right <= svg_box["x"] + svg_box["width"] + 1 for left, _, right, _ in boxes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_missing_data_is_said_in_one_wording(phone, base: str, sample_catalog, labour) -> None:
    occupation = next(o for o in sample_catalog.occupations if not labour[o.slug].prospects and not labour[o.slug].salaries)
    page = phone(**PHONE)
    page.goto(f"{base}yrken/{occupation.slug}/")
    glance = page.inner_text(".glance")
    assert MISSING["prospects_short"] in glance and MISSING["pay_short"] in glance
    assert page.inner_text("#jobbmojligheter p.missing") == MISSING["prospects"]
    assert page.inner_text("#lon p.missing") == MISSING["pay"]
    # A hidden percentile: drawn as missing, and said in words.
    hidden = next(o for o in sample_catalog.occupations if len(labour[o.slug].salaries) == 1
                  and labour[o.slug].salaries[0].median and labour[o.slug].salaries[0].p10 is None and labour[o.slug].salaries[0].p90)
    page.goto(f"{base}yrken/{hidden.slug}/")
    assert MISSING["figure"] in page.locator("#lon svg").evaluate("svg => svg.textContent")
    assert f"{MISSING['figure']}. {MISSING['hidden']}" in page.inner_text("#lon .pay-figures")
    assert page.errors == []


def test_tap_targets_are_24_px_and_buttons_44(phone, base: str, sample_catalog) -> None:
    """WCAG 2.2's target size (24 × 24) for the interest letters and the links of lists, 44 px for buttons."""
    occupation = next(o for o in sample_catalog.occupations if o.interests and o.similar)
    page = phone(**PHONE)
    page.goto(f"{base}yrken/{occupation.slug}/")
    sizes = lambda selector: page.eval_on_selector_all(  # noqa: E731
        selector, "els => els.filter(e => e.checkVisibility()).map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])")
    letters = sizes(".interests a")
    assert letters and all(w >= 24 and h >= 24 for w, h in letters), letters
    similar = sizes("#liknande .refs a")
    assert similar and all(h >= 24 for _, h in similar), similar
    buttons = sizes(".menu summary, .counties-fold summary, button.save")
    assert buttons and all(h >= 44 for _, h in buttons), buttons
    page.goto(base)
    names = sizes(".occupation-list a")
    assert names and all(h >= 24 for _, h in names), names[:5]
