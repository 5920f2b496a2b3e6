"""Search that understands everyday words: the task index, facets and phrases (generator/site/search_intent.py)
and what the search page does with them (templates/assets/search-query.js, search-engine.js)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.config import SAMPLE_SNAPSHOT
from generator.helpers.search_terms import words
from generator.site import search_intent
from generator.model.catalog import EDUCATION_LEVELS
from generator.sources.labour import LabourData
from generator.model.occupations import build_catalog
from generator.site.plan import labour_facts
from generator.snapshot.store import read_snapshot


@pytest.fixture(scope="module")
def catalog():
    return build_catalog(read_snapshot(SAMPLE_SNAPSHOT))


@pytest.fixture(scope="module")
def made(catalog):
    labour = labour_facts(catalog, LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT)))
    return search_intent.search_help(catalog, search_intent.load_phrases(), search_intent.load_definitions(), labour)


def postings(made, word: str) -> dict[int, int]:
    """position -> weight for one word of the task index."""
    shard = json.loads(made.shards[search_intent.shard_key(word)])
    base = made.help["viktbas"]
    return {code // base: code % base for code in shard.get(word, [])}


def test_a_name_weighs_more_than_scbs_definition_and_that_more_than_a_task(catalog, made) -> None:
    weights = search_intent.WEIGHTS
    brandman = next(i for i, o in enumerate(catalog.occupations) if o.name == "Brandman")
    assert postings(made, "brandman")[brandman] == weights["name"]
    assert postings(made, "släcker")[brandman] == weights["definition"]  # SCB: "Släcker bränder och …"
    assert postings(made, "släcka")[brandman] == weights["task"]  # the sample's own text: "släcka bränder"
    lastbil = next(i for i, o in enumerate(catalog.occupations) if o.name == "Lastbilsförare")
    assert postings(made, "lastbil")[lastbil] == weights["part"]  # the compound's first part


def test_words_most_tasks_use_are_left_out_of_the_tasks(catalog, made) -> None:
    shard_words = {w for data in made.shards.values() for w in json.loads(data)}
    task_words: dict[str, int] = {}
    for o in catalog.occupations:
        for w in {w for paragraph in o.tasks for w in words(paragraph)}:
            task_words[w] = task_words.get(w, 0) + 1
    common = [w for w, n in task_words.items() if n > len(catalog.occupations) * search_intent.MAX_TASK_SHARE]
    assert common, "the sample has words most tasks use"
    for word in common:
        weak = [w for w in postings(made, word).values() if w <= search_intent.WEIGHTS["task"]] if word in shard_words else []
        assert weak == [], word


def test_the_index_is_split_by_first_letter_with_a_and_o_for_their_diacritics(made) -> None:
    assert set(made.shards) <= set("abcdefghijklmnopqrstuvwxyz0")
    assert "ökar" in json.loads(made.shards["o"]) or any(w.startswith("ö") for w in json.loads(made.shards["o"]))
    assert all(search_intent.shard_key(w) == key for key, data in made.shards.items() for w in json.loads(data))


def test_a_large_part_of_the_index_is_split_by_its_first_letters(made) -> None:
    """At 35,000 occupations one letter's part would be megabytes: past SHARD_LIMIT it is split by the
    first two letters, then three, then four, and every word stays in the part its filed form starts with."""
    whole = {w: codes for data in made.shards.values() for w, codes in json.loads(data).items()}
    split = {}
    for key, data in made.shards.items():
        split.update(search_intent.split_shard(key, json.loads(data), limit=600))
    assert len(split) > 2 * len(made.shards) and max(map(len, split)) == search_intent.MAX_KEY
    assert {w: c for data in split.values() for w, c in json.loads(data).items()} == whole
    for key, data in split.items():
        part = json.loads(data)
        assert all(search_intent.filed(w).startswith(key) for w in part), key
        assert len(data) <= 600 or len(key) == search_intent.MAX_KEY or set(map(search_intent.filed, part)) == {key}, key


def test_every_filter_phrase_names_a_browse_filter_that_exists(catalog, made) -> None:
    facets = made.filters["facetter"]
    assert made.help["parametrar"] == {param: sorted(values) for param, values in facets.items()}
    for phrase, target in made.help["filter"].items():
        param, value = target.split("=")
        values = list(value) if param == "jobb" else [value]  # job prospects: one code per rating
        assert all(v in facets.get(param, {}) for v in values), (phrase, target)
        assert phrase == phrase.lower() and phrase.strip() == phrase
    for _, slug, _ in EDUCATION_LEVELS:
        held = {catalog.occupations[i].slug for i in facets["utbildning"][slug]["yrken"]}
        assert held == {o.slug for o in catalog.occupations if slug in o.education_levels}
    for area in catalog.areas:
        assert len(facets["omrade"][area.slug]["yrken"]) == len(area.occupations)
    # Job prospects as the browse page reads them: one character per region, in the same order.
    assert len(made.filters["betyg"]) == len(catalog.occupations) and made.filters["regioner"][0] == "00"
    assert {len(code) for code in made.filters["betyg"] if code} == {len(made.filters["regioner"])}


def test_a_filter_phrase_must_say_parameter_and_value(tmp_path: Path) -> None:
    bad = tmp_path / "sokfraser.toml"
    bad.write_text('[filter]\n"utan utbildning" = "ingen"\n', "utf-8")
    with pytest.raises(search_intent.PhrasesError, match="utan utbildning"):
        search_intent.load_phrases(bad)


def test_no_education_phrases_come_from_a_few_patterns() -> None:
    phrases = search_intent.load_phrases()["filter"]
    none = "utbildning=ingen-gymnasieutbildning"
    for phrase in ("utan utbildning", "ingen utbildning", "inte gymnasiet", "utan krav på utbildning", "inga förkunskaper",
                   "inte kräver någon utbildning", "utan gymnasieexamen"):
        assert phrases[phrase] == none, phrase
    assert phrases["kräver gymnasiet"] == "utbildning=gymnasieutbildning"  # the other filters stay as they were
    # The words around them are filler: "kräver inte gymnasiet", "ingen utbildning krävs".
    fillers = set(search_intent.load_phrases()["fyllnadsord"]["ord"])
    assert {"kräver", "krävs", "behövs", "behöver"} <= fillers


def test_a_pattern_needs_negations_and_words(tmp_path: Path) -> None:
    bad = tmp_path / "sokfraser.toml"
    bad.write_text('[filtermonster."utbildning=ingen-gymnasieutbildning"]\nnekande = ["utan"]\n', "utf-8")
    with pytest.raises(search_intent.PhrasesError, match="nekande"):
        search_intent.load_phrases(bad)


def test_scbs_definitions_leave_out_what_belongs_elsewhere() -> None:
    definitions = search_intent.load_definitions()
    assert len(definitions) >= 400
    assert not [code for code, text in definitions.items() if "Hit hör inte" in text or not re.fullmatch(r"\d{4}", code)]
    assert definitions["5411"].startswith("Släcker bränder")


# --- in the browser --------------------------------------------------------------------------

def search(page, query: str) -> tuple[str, list[str]]:
    field = page.locator("input[type=search]")
    field.fill("")
    field.fill(query)
    page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
    return page.inner_text("#sok-status"), page.locator("#sok-resultat li a").all_inner_texts()


def show_all(page) -> list[str]:
    while page.is_visible("#sok-fler"):
        before = page.locator("#sok-resultat li").count()
        page.click("#sok-fler")
        page.wait_for_selector(f"#sok-resultat li:nth-child({before + 1})", timeout=15000)
    return page.locator("#sok-resultat li a").all_inner_texts()


@pytest.mark.browser
def test_a_filter_phrase_applies_the_browse_filter_and_can_be_taken_back(page, serve_site, sample_site, catalog) -> None:
    base = serve_site(sample_site)
    page.goto(f"{base}sok/")
    status, _ = search(page, "jobb utan utbildning")
    none_needed = {o.name for o in catalog.occupations if "ingen-gymnasieutbildning" in o.education_levels}
    assert page.is_visible("#sok-filter")
    assert page.inner_text("#sok-filter-text") == "Visar yrken som inte kräver gymnasieutbildning."
    assert status == f"{len(none_needed)} yrken hittades för ”jobb utan utbildning”."
    assert set(show_all(page)) == none_needed
    # The same filter under Bläddra, with as many occupations.
    href = page.get_attribute("#sok-filter-bladdra", "href")
    assert href.endswith("bladdra/?utbildning=ingen-gymnasieutbildning")
    # With other words: those that fit them, and only those the filter holds.
    status, names = search(page, "städa utan utbildning")
    assert names and set(names) <= none_needed and "Städare" in names[:3], names
    # Taken back: the words searched as they are, without the filter, and the URL says so.
    search(page, "jobb utan utbildning")
    page.click("#sok-filter-av")
    page.wait_for_selector("#sok-filter", state="hidden")
    page.wait_for_selector("#sok-status:not(:empty)")
    assert "ordagrant=1" in page.url
    assert page.inner_text("#sok-status") != status and not page.is_visible("#sok-filter")
    page.goto(href if href.startswith("http") else f"{base}{href.lstrip('/')}")
    assert page.inner_text("#antal") == f"{len(none_needed)} yrken."
    assert page.errors == []


@pytest.mark.browser
def test_the_count_is_the_number_of_occupations_listed(page, serve_site, sample_site, catalog) -> None:
    page.goto(f"{serve_site(sample_site)}sok/")
    for query in ("förare", "jobba med djur", "släcka bränder", "lärare"):
        status, _ = search(page, query)
        listed = show_all(page)
        assert status == f"{len(listed)} yrken hittades för ”{query}”.", (query, listed)
    # "förare": every -förare, and not every page that has the word "för" (Pagefind's Swedish stem).
    search(page, "förare")
    listed = show_all(page)
    drivers = {o.name for o in catalog.occupations if o.name.lower().endswith("förare")}
    assert drivers <= set(listed) and len(listed) < 2 * len(drivers), listed
    assert page.errors == []


@pytest.mark.browser
def test_names_typed_without_diacritics_come_first(page, serve_site, sample_site) -> None:
    page.goto(f"{serve_site(sample_site)}sok/")
    for query, name in (("lakare", "Läkare"), ("forskollarare", "Förskollärare"), ("skotare", "Skötare"),
                        ("frisor", "Frisör")):
        _, names = search(page, query)
        assert names[:1] == [name], (query, names[:5])
    assert page.errors == []


@pytest.mark.browser
def test_far_with_a_ring_does_not_drown_in_far(page, serve_site, real_site) -> None:
    """Pagefind 1.5 folds å to a by default, so "får" found "fartyg" and "färg" first."""
    page.goto(f"{serve_site(real_site)}sok/")
    search(page, "får")
    if page.is_visible("#sok-namnda-visa"):
        page.click("#sok-namnda-visa")
        page.wait_for_selector("#sok-namnda li")
    marks = page.locator("#sok-resultat mark, #sok-namnda mark").all_inner_texts()
    assert marks and all(m.lower().startswith("får") for m in marks), marks
    # Typed without the ring, the folded words are found too: "lakare" finds Läkare first.
    _, names = search(page, "lakare")
    assert names[:1] == ["Läkare"]
    assert page.errors == []


@pytest.mark.browser
@pytest.mark.parametrize("query", ["ingen utbildning krävs", "yrken utan krav på utbildning", "kräver inte gymnasiet",
                                   "inga förkunskaper", "jobb som inte kräver någon utbildning alls"])
def test_no_education_needed_in_any_common_wording_applies_the_filter(page, serve_site, sample_site, catalog, query) -> None:
    page.goto(f"{serve_site(sample_site)}sok/")
    status, _ = search(page, query)
    none_needed = [o for o in catalog.occupations if "ingen-gymnasieutbildning" in o.education_levels]
    assert page.inner_text("#sok-filter-text") == "Visar yrken som inte kräver gymnasieutbildning."
    assert status == f"{len(none_needed)} yrken hittades för ”{query}”."
    assert not page.is_visible("#sok-tips")
    assert page.errors == []


@pytest.mark.browser
def test_a_search_with_no_result_says_what_to_try(page, serve_site, sample_site) -> None:
    base = serve_site(sample_site)
    page.goto(f"{base}sok/")
    status, names = search(page, "xqzvw")
    assert names == [] and status.startswith("Inga yrken")
    assert page.is_visible("#sok-tips")
    tips = page.inner_text("#sok-tips")
    assert "kortare ord" in tips
    assert page.get_attribute("#sok-tips a >> nth=0", "href").endswith("omraden/")
    assert page.get_attribute("#sok-tips a >> nth=1", "href") in ("../", "./", base)
    # A search that finds something hides them again.
    search(page, "städa")
    assert not page.is_visible("#sok-tips")
    assert page.errors == []


@pytest.mark.browser
def test_the_issues_own_examples_on_the_real_texts(page, serve_site, real_site, real_2018) -> None:
    real = build_catalog(read_snapshot(real_2018))
    page.goto(f"{serve_site(real_site)}sok/")
    _, names = search(page, "släcka bränder")
    assert names[:1] == ["Brandman"], names
    status, _ = search(page, "jobb utan utbildning")
    none_needed = [o for o in real.occupations if "ingen-gymnasieutbildning" in o.education_levels]
    assert status == f"{len(none_needed)} yrken hittades för ”jobb utan utbildning”."
    status, _ = search(page, "förare")
    drivers = [o.name for o in real.occupations if o.name.lower().endswith("förare")]
    count = int(status.split()[0])
    assert len(drivers) <= count < 3 * len(drivers), (status, drivers)
    assert page.errors == []


@pytest.mark.browser
def test_the_query_is_read_as_filters_and_concepts(page, serve_site, sample_site) -> None:
    page.goto(f"{serve_site(sample_site)}sok/")
    module = next((sample_site / "assets").glob("search-query.*.js")).name
    parsed = page.evaluate("""async (module) => {
      const q = await import(new URL(`../assets/${module}`, location.href).href);
      const help = await (await fetch(document.querySelector("script[data-help]").dataset.help)).json();
      return [q.parseQuery("Jag vill köra lastbil utan utbildning", help),
              q.parseQuery("utan utbildning", help, true),
              [q.likeness("släcka", "släcker"), q.likeness("bar", "barn"), q.likeness("förare", "för"),
               q.likeness("lastbil", "lastbilsförare"), q.likeness("kläder", "arbetskläder")]];
    }""", module)
    filtered, literal, likeness = parsed
    assert filtered["filters"] == [{"phrase": "utan utbildning", "param": "utbildning", "value": "ingen-gymnasieutbildning"}]
    assert [c["typed"] for c in filtered["concepts"]] == ["köra", "lastbil"] and "förare" in filtered["concepts"][0]["words"]
    assert literal["filters"] == [] and [c["typed"] for c in literal["concepts"]] == ["utan", "utbildning"]
    assert likeness == [0.9, 0, 0, 0.7, 0]
    assert page.errors == []


@pytest.mark.browser
def test_prospect_county_and_pay_phrases_become_the_browse_filters(page, serve_site, sample_site) -> None:
    base = serve_site(sample_site)
    page.goto(f"{base}sok/")
    status, _ = search(page, "stora jobbmöjligheter i skåne")
    assert page.inner_text("#sok-filter-text") == "Visar yrken som har stora jobbmöjligheter i Skåne län."
    count = int(status.split()[0])
    href = page.get_attribute("#sok-filter-bladdra", "href")
    search(page, "jobb i skåne")  # a county alone: stora or medelstora jobbmöjligheter there
    assert page.inner_text("#sok-filter-text") == "Visar yrken som har stora eller medelstora jobbmöjligheter i Skåne län."
    search(page, "hög lön utan utbildning")
    assert page.inner_text("#sok-filter-text") == "Visar yrken som inte kräver gymnasieutbildning, med högst lön först."
    assert "sortera=lon" in page.get_attribute("#sok-filter-bladdra", "href")
    # Under Bläddra the same filter shows as many occupations.
    page.goto(href)
    assert page.inner_text("#antal") == f"{count} yrken."
    assert page.errors == []
