"""Mina yrken, Jämför and sharing, in Debian's headless Chromium, under the site's own CSP.

Every test opens a fresh browser context: the list lives in the browser's localStorage, so a
fresh context is a fresh phone."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from support import AXE, axe_violations
from generator.site.formatting import MISSING


pytestmark = pytest.mark.browser

STORAGE_KEY = "mina-yrken"


@pytest.fixture(scope="module")
def base(serve_site, sample_site: Path) -> str:
    return serve_site(sample_site)


@pytest.fixture
def new_phone(browser):
    """new_phone(width=360) -> a page in a fresh context that records script errors and requests."""
    contexts = []

    def make(width: int = 360, **options):
        context = browser.new_context(viewport={"width": width, "height": 800}, **options)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.requests = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
        context.on("request", lambda request: page.requests.append(request.url))
        return page

    yield make
    for context in contexts:
        context.close()


def stored(page) -> list[int] | None:
    value = page.evaluate(f"localStorage.getItem({STORAGE_KEY!r})")
    return None if value is None else json.loads(value)


def saved_names(page) -> list[str]:
    page.wait_for_selector("#mina-lista li, #tom:not([hidden])")
    return page.eval_on_selector_all("#mina-lista li h2 a", "links => links.map((a) => a.textContent)")


def by_name(sample_catalog, name: str):
    return next(o for o in sample_catalog.occupations if o.name == name)


def test_save_and_unsave_on_an_occupation_page_survive_a_reload(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    driver = by_name(sample_catalog, "Lastbilsförare")
    page.goto(f"{base}yrken/{driver.slug}/")
    button = page.locator("button.save")
    assert button.is_visible() and "Spara" in button.inner_text()
    assert button.get_attribute("aria-pressed") == "false"
    assert stored(page) is None  # reading writes nothing
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert page.inner_text("#spara-status") == "Sparat i Mina yrken."
    assert stored(page) == [driver.id]
    page.reload()
    assert page.locator("button.save").get_attribute("aria-pressed") == "true"
    page.goto(f"{base}mina-yrken/")
    assert saved_names(page) == ["Lastbilsförare"]
    assert driver.oneliner in page.inner_text("#mina-lista")
    page.goto(f"{base}yrken/{driver.slug}/")
    page.click("button.save")
    assert page.locator("button.save").get_attribute("aria-pressed") == "false"
    page.reload()
    assert page.locator("button.save").get_attribute("aria-pressed") == "false"
    page.goto(f"{base}mina-yrken/")
    assert saved_names(page) == [] and page.is_visible("#tom")
    assert "Tryck på knappen Spara" in page.inner_text("#tom")
    assert page.errors == []


def test_search_results_and_the_browse_list_have_save_buttons(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    page.goto(f"{base}sok/?q=lastbilsförare")
    first = page.locator("#sok-resultat li").first
    first.locator("button[aria-pressed]").wait_for()
    assert first.locator("a").inner_text() == "Lastbilsförare"
    assert first.locator("button").inner_text().startswith("Spara")
    first.locator("button").click()
    assert stored(page) == [by_name(sample_catalog, "Lastbilsförare").id]
    page.goto(f"{base}bladdra/")
    buttons = page.locator("#yrkeslista li button[aria-pressed]")
    buttons.first.wait_for()
    assert buttons.count() == len(sample_catalog.occupations)
    pressed = page.locator("#yrkeslista li:has(button[aria-pressed=true]) > a").all_inner_texts()
    assert pressed == ["Lastbilsförare"]
    page.locator("#yrkeslista li").nth(0).locator("button").click()
    assert stored(page) == [by_name(sample_catalog, "Lastbilsförare").id, sample_catalog.occupations[0].id]
    assert page.errors == []


def save_in_storage(page, base: str, ids: list[int]) -> None:
    """Set a list the way the buttons would (a test shortcut for the ones after the first)."""
    page.goto(f"{base}mina-yrken/")
    page.evaluate(f"localStorage.setItem({STORAGE_KEY!r}, {json.dumps(json.dumps(ids))})")
    page.reload()
    # The page's module script fills in the share link after it has read the list: wait for it,
    # or a test may read the field before the script ran.
    expect(page.locator("#dela-lank")).not_to_have_value("")


def test_reorder_and_remove_keep_focus_and_the_list(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    three = sample_catalog.occupations[:3]
    save_in_storage(page, base, [o.id for o in three])
    assert saved_names(page) == [o.name for o in three]
    page.locator("#mina-lista li").nth(0).get_by_role("button", name=f"Flytta ner {three[0].name}").click()
    assert saved_names(page) == [three[1].name, three[0].name, three[2].name]
    assert page.evaluate("document.activeElement.textContent") == f"Flytta ner {three[0].name}"
    assert "nummer 2" in page.inner_text("#mina-status")
    page.get_by_role("button", name=f"Ta bort {three[1].name}").click()
    assert saved_names(page) == [three[0].name, three[2].name]
    assert stored(page) == [three[0].id, three[2].id]
    page.reload()
    assert saved_names(page) == [three[0].name, three[2].name]
    share = page.input_value("#dela-lank")
    assert share == f"{base}mina-yrken/#{three[0].id},{three[2].id}"
    assert page.get_attribute("#jamfor-lank", "href") == f"{base}jamfor/#{three[0].id},{three[2].id}"
    assert page.errors == []


def test_a_shared_link_opens_the_list_on_another_phone_and_offers_to_save_it(new_phone, base: str, sample_catalog) -> None:
    mine = new_phone()
    two = [sample_catalog.occupations[5], sample_catalog.occupations[9]]
    save_in_storage(mine, base, [o.id for o in two])
    link = mine.input_value("#dela-lank")

    other = new_phone()  # a fresh context: another phone, nothing saved
    other.goto(link)
    other.wait_for_selector("#delad:not([hidden])")
    assert other.eval_on_selector_all("#delad-lista a", "links => links.map((a) => a.textContent)") == [o.name for o in two]
    assert "utan att spara" in other.inner_text("#delad") and "inte sparat" not in other.inner_text("main")
    assert stored(other) is None  # shown, not saved
    assert other.is_hidden("#mina-lista") and other.is_hidden("#tom")
    other.click("#spara-delad")  # nothing saved here yet: saved at once
    assert stored(other) == [o.id for o in two]
    assert saved_names(other) == [o.name for o in two]
    assert other.is_hidden("#delad") and urlsplit(other.url).fragment == ""
    other.reload()
    assert saved_names(other) == [o.name for o in two]
    assert mine.errors == [] and other.errors == []


def test_saving_a_shared_list_into_an_existing_one_asks_first(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    own, shared = sample_catalog.occupations[1], sample_catalog.occupations[2]
    save_in_storage(page, base, [own.id])
    page.goto(f"{base}mina-yrken/#{shared.id}")
    page.wait_for_selector("#delad:not([hidden])")
    assert page.is_hidden("#mina-lista")  # the shared list, not the reader's own
    page.click("#spara-delad")
    assert page.is_visible("#delad-fraga") and "Du har redan 1 yrke" in page.inner_text("#delad-fraga")
    assert stored(page) == [own.id]
    page.click("#inte-ihop")
    assert stored(page) == [own.id] and page.is_hidden("#delad-fraga")
    page.click("#spara-delad")
    page.click("#slaihop")
    assert stored(page) == [own.id, shared.id]
    assert saved_names(page) == [own.name, shared.name]
    assert page.errors == []


def test_print_gives_a_clean_sheet_of_the_list(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    save_in_storage(page, base, [o.id for o in sample_catalog.occupations[:2]])
    saved_names(page)
    page.emulate_media(media="print")
    assert page.is_visible("#mina-lista") and page.is_visible(".print-only")
    assert page.input_value("#dela-lank") in page.inner_text(".print-only")  # the list's link, on paper
    visible_buttons = [b for b in page.locator("button").all() if b.is_visible()]
    assert visible_buttons == []
    assert page.is_hidden(".site-header nav") and page.is_hidden(".saved-tools")


def compare_ids(sample_catalog, count: int) -> list[int]:
    """Occupations with similar ones, so every row of the comparison has something."""
    return [o.id for o in sample_catalog.occupations if o.similar and o.working_hours][:count]


def compare_rows(page) -> list[str]:
    return [t.replace("\xad", "") for t in page.locator(".compare-table tbody th").all_inner_texts()]


def compare_cells(page, label: str) -> list[str]:
    row = page.locator(".compare-table tbody tr").nth(compare_rows(page).index(label))
    return [" ".join(t.split()) for t in row.locator("td").all_inner_texts()]


@pytest.mark.parametrize("width", [360, 1280])
def test_compare_is_a_table_with_no_axe_violation(new_phone, base: str, sample_catalog, width: int) -> None:
    if not AXE.is_file():
        pytest.fail(f"axe-core is expected at {AXE}: run tests/install.sh")
    page = new_phone(width, bypass_csp=True)  # axe is injected as an inline script
    ids = compare_ids(sample_catalog, 4)
    page.goto(f"{base}jamfor/#{','.join(map(str, ids[:2]))}")
    page.wait_for_selector(".compare-table")
    assert compare_rows(page) == ["Lön", "Jobbmöjligheter i hela Sverige", "Om fem år", "Lediga jobb i hela landet",
                                  "Anställda", "Utbildning", "Arbetstider",
                                  "Intressen", "Yrkesområden", "Liknande yrken"]
    names = [o.name for i in ids[:2] for o in sample_catalog.occupations if o.id == i]
    assert page.locator(".compare-table thead th a").all_inner_texts() == names  # the names head the columns
    # Two occupations: their pay figures side by side in one row, on the screen, no sideways scroll.
    pay = page.locator(".compare-table tbody tr").first.locator("td")
    boxes = [pay.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 1 and boxes[1]["x"] > boxes[0]["x"]
    assert boxes[1]["x"] + boxes[1]["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert axe_violations(page, AXE.read_text("utf-8")) == []
    # Four: the table scrolls in its own box, the facts' names pinned; the page itself does not.
    page.goto(f"{base}jamfor/#{','.join(map(str, ids))}")
    page.wait_for_function("document.querySelectorAll('.compare-table thead th').length === 4")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if width == 360:
        label = page.locator(".compare-table tbody th").first
        before = label.bounding_box()["x"]
        page.eval_on_selector("#jamforelse", "box => { box.scrollLeft = 400; }")
        assert page.eval_on_selector("#jamforelse", "box => box.scrollLeft") > 0
        assert abs(label.bounding_box()["x"] - before) < 1  # pinned
    assert axe_violations(page, AXE.read_text("utf-8")) == []
    assert [e for e in page.errors if "axe" not in e] == []


def test_mina_yrken_has_no_axe_violation_full_or_empty(new_phone, base: str, sample_catalog) -> None:
    page = new_phone(360, bypass_csp=True)
    page.goto(f"{base}mina-yrken/")
    page.wait_for_selector("#tom:not([hidden])")
    assert axe_violations(page, AXE.read_text("utf-8")) == []
    save_in_storage(page, base, [o.id for o in sample_catalog.occupations[:3]])
    page.goto(f"{base}mina-yrken/#{sample_catalog.occupations[7].id}")
    page.wait_for_selector("#delad-lista li")
    assert axe_violations(page, AXE.read_text("utf-8")) == []


def test_compare_from_an_occupation_page_and_add_and_remove(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    first, second = (o for o in sample_catalog.occupations if o.id in compare_ids(sample_catalog, 2))
    page.goto(f"{base}yrken/{first.slug}/")
    page.click("text=Jämför med…")
    page.wait_for_selector(".compare-table")
    assert page.locator(".compare-table thead th a").all_inner_texts() == [first.name]
    assert "Välj minst ett yrke till" in page.inner_text("#jamfor-status")
    # A type-ahead field, not a list of every occupation: the page's datalist suggests names.
    assert page.get_attribute("#lagg-till", "list") == "yrken-att-valja"
    assert second.name in page.eval_on_selector_all("#yrken-att-valja option", "os => os.map((o) => o.value)")
    page.fill("#lagg-till", second.name.lower())
    page.click("#jamfor-val button[type=submit]")
    assert page.locator(".compare-table thead th a").all_inner_texts() == [first.name, second.name]
    assert urlsplit(page.url).fragment == f"{first.id},{second.id}"  # the comparison can be shared
    page.fill("#lagg-till", "finns inte")
    page.click("#jamfor-val button[type=submit]")
    assert "Inget yrke heter" in page.inner_text("#jamfor-status")
    page.get_by_role("button", name=f"Ta bort {first.name} från jämförelsen").click()
    assert page.locator(".compare-table thead th a").all_inner_texts() == [second.name]
    assert stored(page) is None  # comparing saves nothing
    assert page.errors == []


def test_nothing_is_sent_to_another_host(new_phone, base: str, sample_catalog) -> None:
    page = new_phone()
    page.goto(f"{base}yrken/{sample_catalog.occupations[0].slug}/")
    page.click("button.save")
    for path in ("mina-yrken/", f"jamfor/#{sample_catalog.occupations[0].id}", "bladdra/", "sok/?q=lärare"):
        page.goto(base + path, wait_until="networkidle")
    assert page.requests and [url for url in page.requests if not url.startswith(base)] == []
    assert page.errors == []


def test_prospects_and_pay_show_in_mina_yrken_and_jamfor(new_phone, base: str, sample_site: Path, sample_catalog) -> None:
    """The build's labour-market facts, per region; the data file is served with known values for two rows."""
    ids = compare_ids(sample_catalog, 2)
    data = json.loads(next((sample_site / "assets").glob("mina-yrken.*.json")).read_bytes())
    regions, codes = data["regions"], data["codes"]
    assert regions[0] == "Hela Sverige" and codes[0] == "00" and regions[codes.index("12")] == "Skåne län"
    assert any(row.get("prospects") for row in data["occupations"]) and any(row.get("pay") for row in data["occupations"])
    chosen = {"00": "2", "12": "3", "25": "1"}
    for row in data["occupations"]:
        if row["id"] == ids[0]:
            row["prospects"] = "".join(chosen.get(code, "-") for code in codes)
            row["pay"] = {"low": 25000, "median": 28000, "high": 32000}
            row["outlook"] = "Fler jobb"
        elif row["id"] == ids[1]:
            for key in ("prospects", "pay", "outlook"):
                row.pop(key, None)
    page = new_phone()
    page.context.route("**/assets/mina-yrken.*.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(data, ensure_ascii=False)))
    page.goto(f"{base}jamfor/#{ids[0]},{ids[1]}")
    page.wait_for_selector(".compare-table")
    assert page.locator("#lan-val option").all_inner_texts() == regions
    # A missing figure is said in the occupation pages' words for its kind (formatting.MISSING).
    assert compare_cells(page, "Jobbmöjligheter i hela Sverige") == ["Medelstora jobbmöjligheter", MISSING["prospects_short"]]
    page.select_option("#lan-val", "12")
    assert compare_cells(page, "Jobbmöjligheter i Skåne län") == ["Stora jobbmöjligheter", MISSING["prospects_short"]]
    assert compare_cells(page, "Lön") == ["28 000 kr i månaden (de flesta 25 000 kr–32 000 kr)", MISSING["pay_short"]]
    assert compare_cells(page, "Om fem år") == ["Fler jobb", MISSING["outlook_short"]]
    assert "lan=12" in page.url  # the county is part of the shared comparison
    save_in_storage(page, base, [ids[0]])
    saved_names(page)
    assert "Jobbmöjligheter i Skåne län" in page.locator("#mina-lista dt").all_inner_texts()  # the site's county
    page.select_option("#lan-val", "25")
    assert "Jobbmöjligheter i Norrbottens län" in page.locator("#mina-lista dt").all_inner_texts()
    assert "Små jobbmöjligheter" in page.inner_text("#mina-lista") and "28\xa0000 kr" in page.inner_text("#mina-lista")
    assert "?lan=25" in page.get_attribute("#jamfor-lank", "href") and "?lan=25" in page.input_value("#dela-lank")


def test_jamfor_and_mina_yrken_show_open_ads_in_the_chosen_county_and_employed(new_phone, base: str, sample_site: Path,
                                                                             sample_catalog) -> None:
    """The sample's own counts: the county's ads and the whole country's in Jämför, with the sources."""
    data = json.loads(next((sample_site / "assets").glob("mina-yrken.*.json")).read_bytes())
    rows = [row for row in data["occupations"] if len(row.get("ads", [])) == 22 and "employed" in row]
    assert len(rows) >= 2, "the sample has open ads per county and employed"
    first, second = rows[:2]
    skane = data["codes"].index("12")
    page = new_phone()
    page.goto(f"{base}jamfor/?lan=12#{first['id']},{second['id']}")
    page.wait_for_selector(".compare-table")
    page.select_option("#lan-val", "12")
    figure = lambda n: f"{n:,}".replace(",", " ")  # noqa: E731 (sv-SE groups thousands with a space)
    expect(page.locator(".compare-table")).to_contain_text("Lediga jobb i Skåne län")
    assert compare_cells(page, "Lediga jobb i Skåne län") == [figure(first["ads"][skane]), figure(second["ads"][skane])]
    assert compare_cells(page, "Lediga jobb i hela landet") == [figure(first["ads"][0]), figure(second["ads"][0])]
    assert compare_cells(page, "Anställda") == [figure(first["employed"]), figure(second["employed"])]
    sources = page.inner_text("main [data-sources]")
    assert "Källa: Arbetsförmedlingen (JobSearch)" in sources and f"Källa: SCB, yrkesregistret {data['employedYear']}" in sources
    assert "påhittade exempeluppgifter" in sources  # the sample's figures are said to be made up, as on its pages
    save_in_storage(page, base, [first["id"]])
    saved_names(page)
    item = " ".join(page.inner_text("#mina-lista").split())
    assert f"Lediga jobb i Skåne län {figure(first['ads'][skane])}" in item
    assert page.errors == []


def test_the_data_file_carries_the_labour_facts_of_the_build(sample_site: Path, sample_catalog) -> None:
    from generator.sources.labour import LabourData
    from generator.snapshot.store import read_snapshot
    from generator.config import SAMPLE_SNAPSHOT

    labour = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    data = json.loads(next((sample_site / "assets").glob("mina-yrken.*.json")).read_bytes())
    for row in data["occupations"][::25]:
        facts = labour.for_occupation(next(o for o in sample_catalog.occupations if o.id == row["id"]))
        code = facts.ratings_code()
        assert row.get("prospects", "-" * len(code)) == code
        assert row.get("pay", {}).get("median") == facts.headline_median
