"""The compound splitter behind the search terms, and the terms the site carries."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from generator.config import SAMPLE_SNAPSHOT
from generator.model.occupations import build_catalog
from generator.helpers.search_terms import (
    SEED_HEADS, catalog_heads, compound_terms, head_words, occupation_terms, split_compound, words,
)
from generator.snapshot.store import read_snapshot

HEADS = head_words(["Förare", "Sjuksköterskor m.fl.", "Ingenjörer inom maskinteknik", "Lärare"])


def test_words_split_at_anything_but_letters() -> None:
    assert words("VS-montör och industrirörmontör") == ["vs", "montör", "och", "industrirörmontör"]
    assert words("Fritidspedagog/Lärare i fritidshem") == ["fritidspedagog", "lärare", "i", "fritidshem"]
    assert words("Ämneslärare i grundskolan årskurs 7-9") == ["ämneslärare", "i", "grundskolan", "årskurs"]


def test_head_words_are_the_seeds_and_the_words_that_stand_alone() -> None:
    assert {"förare", "lärare", "sjuksköterskor", "ingenjörer", "maskinteknik"} <= HEADS
    assert set(SEED_HEADS) <= HEADS
    assert "m" not in HEADS and "fl" not in HEADS  # short words never are heads


def test_a_compound_is_split_at_each_head_it_ends_in() -> None:
    heads = HEADS | {"sjuksköterska"}
    assert split_compound("lastbilsförare", HEADS) == ("förare",)
    assert split_compound("Taxiförare", HEADS) == ("förare",)
    assert split_compound("akutsjuksköterska", heads) == ("sjuksköterska", "sköterska")
    assert split_compound("förskollärare", HEADS) == ("lärare",)
    assert split_compound("kundtjänstmedarbetare", HEADS) == ("arbetare",)


def test_inflected_heads_are_found() -> None:
    assert split_compound("landskapsingenjörer", HEADS) == ("ingenjörer", "ingenjör")
    assert split_compound("ambulanssjuksköterskor", HEADS) == ("sjuksköterskor", "sköterska")
    assert split_compound("montörer", HEADS) == ()  # "mont" + "örer" is no compound
    assert split_compound("industrimontörer", HEADS) == ("montör",)


def test_words_that_are_no_compounds_are_left_whole() -> None:
    for word in ("förare", "lärare", "sköterska", "fotograf", "elektriker", "polis", "ekonom", "arbetare", "are", ""):
        assert split_compound(word, HEADS) == (), word
    # The part before the head keeps three letters: "bil" + "förare" is split, "xförare" is not.
    assert split_compound("bilförare", HEADS) == ("förare",)
    assert split_compound("xförare", HEADS) == ()


def test_compound_terms_leave_out_words_already_there() -> None:
    assert compound_terms(["Lastbilsförare"], HEADS) == ("förare",)
    assert compound_terms(["Lastbilsförare", "Förare"], HEADS) == ()
    assert compound_terms(["Förskollärare", "Grundskollärare"], HEADS) == ("lärare",)
    assert compound_terms([], HEADS) == ()


def test_occupation_terms_keep_the_name_and_the_synonyms_apart() -> None:
    heads = catalog_heads(["Lastbilsförare"], ["Lastbilschaufför", "Åkare"], ["Lastbilsförare m.fl."])
    assert occupation_terms("Lastbilsförare", ["Lastbilschaufför", "Yrkesförare"], heads | {"chaufför"}) == (
        ("förare",), ("chaufför",))
    assert occupation_terms("Polis", [], heads) == ((), ())


def test_the_issue_examples_split_in_both_catalogs(real_2018: Path) -> None:
    for snapshot in (SAMPLE_SNAPSHOT, real_2018):
        catalog = build_catalog(read_snapshot(snapshot))
        heads = catalog_heads((o.name for o in catalog.occupations), (s for o in catalog.occupations for s in o.synonyms),
                              (g.name for o in catalog.occupations for g in o.ssyk_groups))
        terms = {o.name: occupation_terms(o.name, o.synonyms, heads)[0] for o in catalog.occupations}
        assert "förare" in terms["Lastbilsförare"] and "förare" in terms["Taxiförare"]
        assert all("sköterska" in t for name, t in terms.items() if name.endswith("sjuksköterska"))
        assert "lärare" in terms["Förskollärare"]
        split = sum(1 for t in terms.values() if t)
        assert split > len(terms) / 3, split  # a good share of occupation names are compounds


def test_the_search_page_names_its_lists_by_content_hash(sample_site: Path) -> None:
    # The heads live in the search page's list only: in the occupation pages they would show in Pagefind's excerpts.
    page = (sample_site / "yrken" / "lastbilsforare" / "index.html").read_text("utf-8")
    assert "data-pagefind-index-attrs" not in page
    search = BeautifulSoup((sample_site / "sok" / "index.html").read_text("utf-8"), "html.parser")
    script = search.find("script", attrs={"data-names": True})
    names_url, summary_files = script["data-names"], script["data-summaries"].split()
    assert re.fullmatch(r"\.\./assets/sokord\.[0-9a-f]{10}\.json", names_url)
    assert all(re.fullmatch(r"sammanfattningar\.[0-9a-f]{10}\.json", f) for f in summary_files)
    names_path = sample_site / "sok" / names_url
    rows = json.loads(names_path.read_bytes())
    per_file = int(script["data-per-file"])
    chunks = [json.loads((sample_site / "assets" / f).read_bytes()) for f in summary_files]
    assert all(len(c) == per_file for c in chunks[:-1]) and 0 < len(chunks[-1]) <= per_file
    summaries = [s for chunk in chunks for s in chunk]
    assert len(rows) == len(summaries) == 353
    at = [r[0] for r in rows].index("Lastbilsförare")
    catalog = build_catalog(read_snapshot(SAMPLE_SNAPSHOT))
    assert rows[at][:2] == ["Lastbilsförare", "lastbilsforare"]
    # A summary is [text, id], or [text, id, job prospects in words] where the occupation has one rating.
    driver = next(o for o in catalog.occupations if o.slug == "lastbilsforare")
    assert summaries[at][:2] == [driver.oneliner, driver.id]
    assert all(len(s) == 2 or (len(s) == 3 and s[2].endswith("jobbmöjligheter")) for s in summaries)
    assert any(r[0] == "Taxiförare" and "förare" in r[3] for r in rows)
    assert names_path.stat().st_size < 80_000
