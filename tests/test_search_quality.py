"""Swedish search that finds what people type: query sets typed into the search page in Chromium.

The query sets (synonyms, compound heads, one-typo names, SSYK groups) are made
from each catalog by bench/search_quality.py, which runs all of them and writes
the hit rates to bench/RESULTS.md. Here a deterministic sample of every set is
run against the sample and the real 2018 texts, and the targets are asserted.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

from generator.config import SAMPLE_SNAPSHOT
from generator.model.occupations import build_catalog
from generator.snapshot.store import read_snapshot

pytestmark = pytest.mark.browser

_spec = importlib.util.spec_from_file_location("search_quality", Path(__file__).resolve().parents[1] / "bench" / "search_quality.py")
quality = sys.modules.setdefault("search_quality", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(quality)

# Queries per data set and category, taken evenly through the full set (which is in A–Ö order).
SAMPLE_SIZE = {"synonym": 40, "compound": 30, "typo": 40, "ssyk-code": 8, "ssyk-name": 8, "no-diacritics": 20,
               "task": 24, "wish": 12, "filter": 20}
# The everyday sets are small: a sample of 12 to 24 queries allows one miss (the bench's targets are 95%).
TARGETS = {"synonym": 0.95, "compound": 0.80, "typo": 0.70, "ssyk-code": 0.90, "ssyk-name": 0.90, "no-diacritics": 0.95,
           "task": 0.90, "wish": 0.90, "filter": 0.95}
# The share of the first five results that fit, over the task and wish queries (the bench's target is 70%).
TOP5_SHARE = 0.55


def sample(queries: list) -> list:
    """Every n-th query of each category, so that about SAMPLE_SIZE of each are run, plus
    every compound head and every named misspelling ("sjukskötare", "elektikrer")."""
    named = set(quality.MISSPELLINGS)
    chosen = []
    for category, size in SAMPLE_SIZE.items():
        of_category = [q for q in queries if q.category == category]
        step = max(1, math.ceil(len(of_category) / size))
        chosen += [q for i, q in enumerate(of_category) if i % step == 0 or q.text.lower() in named]
    return chosen


@pytest.mark.parametrize("which", ["sample", "real_2018"])
def test_search_quality_meets_the_targets(request, page, serve_site, which: str) -> None:
    site_dir = request.getfixturevalue("sample_site" if which == "sample" else "real_site")
    snapshot_dir = SAMPLE_SNAPSHOT if which == "sample" else request.getfixturevalue("real_2018")
    snapshot = read_snapshot(snapshot_dir)
    catalog = build_catalog(snapshot)
    queries = sample(quality.query_set(catalog, quality.labour_ratings(snapshot, catalog)))
    outcomes = list(quality.run_queries(page, serve_site(site_dir), queries))
    totals = quality.tally(outcomes)
    assert set(totals) == set(SAMPLE_SIZE)
    report = {c: f"{h}/{n}" for c, (h, n, _) in totals.items()}
    for category, (hits, needed, count) in totals.items():
        missed = [(o.query.text, o.results[:o.query.top]) for o in quality.misses(outcomes) if o.query.category == category]
        assert count >= min(SAMPLE_SIZE[category], 10), (category, count)
        assert hits / needed >= TARGETS[category], (category, report, missed[:10])
    everyday = [o for o in outcomes if o.query.category in quality.EVERYDAY]
    share = sum(o.top5_share for o in everyday) / len(everyday)
    assert share >= TOP5_SHARE, (share, [(o.query.text, o.results[:5]) for o in everyday if o.top5_share < 0.5][:10])
    # The issue's own examples.
    by_text = {(o.query.category, o.query.text.lower()): o for o in outcomes}
    for misspelt in ("sjukskötare", "elektikrer"):
        outcome = by_text[("typo", misspelt)]
        assert outcome.hits == 1, (misspelt, outcome.results[:5])
    assert page.errors == []


def test_heads_find_the_compounds(page, serve_site, sample_site: Path) -> None:
    """'förare' finds Lastbilsförare and Taxiförare; 'sköterska' the nurses; 'lärare' the teachers,
    among the 20 results shown (the sample has 15 kinds of förare)."""
    base = serve_site(sample_site)
    catalog = build_catalog(read_snapshot(SAMPLE_SNAPSHOT))
    names = {o.slug: o.name for o in catalog.occupations}
    heads = [
        quality.Query("compound", "förare", ("lastbilsforare", "taxiforare"), 20),
        quality.Query("compound", "sköterska", tuple(s for s, n in names.items() if n.endswith("sköterska") and n != "Sjuksköterska"), 20),
        quality.Query("compound", "lärare", tuple(s for s, n in names.items() if n.endswith("lärare")), 20),
    ]
    for outcome in quality.run_queries(page, base, heads):
        shown = [names.get(s, s) for s in outcome.results]
        assert outcome.hits == outcome.query.needed, (outcome.query.text, shown)
    # The first results of a head are the compounds, not pages that merely use a word like it.
    first = next(quality.run_queries(page, base, [heads[0]]))
    assert all(names[s].lower().endswith("förare") for s in first.results[:5]), first.results[:5]
    status = page.inner_text("#sok-status")
    assert "hittades för ”förare”" in status
    assert page.errors == []


def test_a_typo_still_finds_the_occupation_and_nonsense_finds_nothing(page, serve_site, sample_site: Path) -> None:
    base = serve_site(sample_site)
    queries = [quality.Query("typo", "elektikrer", ("elektriker",), 5),
               quality.Query("typo", "Lastbilsföarre", ("lastbilsforare",), 5),
               quality.Query("typo", "qxzvqxzv", (), 5)]
    elektriker, lastbil, nonsense = quality.run_queries(page, base, queries)
    assert elektriker.results[:1] == ("elektriker",), elektriker.results
    assert lastbil.results[:1] == ("lastbilsforare",), lastbil.results
    assert nonsense.results == () and page.inner_text("#sok-status") == "Inga yrken hittades för ”qxzvqxzv”."
    assert page.errors == []
