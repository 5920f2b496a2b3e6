"""Search quality, measured the way a job seeker searches: `python bench/search_quality.py`.

Builds the site from the sample and from the real 2018 texts, serves each over
loopback and types every query of the query set into the search page in
headless Chromium, reading the result list back. The query set, built from
each catalog:

- synonym: every synonym of every occupation; the occupation must be in the
  top 3. Occupations that carry the same word as their name or synonym (the
  real texts give "lärare" to 14 occupations) are equally right answers, so
  they do not push the occupation out of the top 3.
- compound: every head word (a word that ends compound occupation names, such
  as "förare" in "Lastbilsförare"); of the occupations whose name has a
  compound ending in it, as many as fit must be in the top 10 (occupations
  named by the bare word, or with it as a synonym, are right too and not
  counted against).
- typo: every occupation name with one deterministic typo (a letter left out,
  doubled, replaced by a neighbour on the keyboard, or two letters swapped),
  plus typical misspellings; the occupation must be in the top 5.
- ssyk-code, ssyk-name: every SSYK group code and name; each occupation in the
  group must be in the top 5.
- no-diacritics: every name with å, ä or ö typed without them ("lakare"); the
  occupation must be in the top 3.
- task, wish: everyday words from bench/everyday_queries.toml ("släcka bränder",
  "jobba med djur"), each with the pieces of the names that fit; a fitting
  occupation must be in the top 3, and the share of the top 5 that fit is
  reported too. Every other query of each list was held out from tuning the
  phrase list (content/search/sokfraser.toml) and is reported on its own.
- filter: phrases that mean a browse filter ("jobb utan utbildning"); right when
  the search applies that filter, shows only occupations it holds, and, when the
  phrase is all there is, announces as many as the filter holds.

The full set is run here and written to the "## Search quality" section of
bench/RESULTS.md (the rest of the file is kept). tests/test_search_quality.py
runs a deterministic sample of the same set and asserts the targets.
"""

from __future__ import annotations

import argparse
import platform
from urllib.parse import parse_qsl
import tomllib
import unicodedata
import random
import re
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from bench.results import write_section  # noqa: E402

from generator.model.occupations import Catalog, Occupation  # noqa: E402

CATEGORIES = ("synonym", "compound", "typo", "ssyk-code", "ssyk-name", "no-diacritics", "task", "wish", "filter")
EVERYDAY = ("task", "wish")
EVERYDAY_FILE = Path(__file__).resolve().parent / "everyday_queries.toml"
# (category, what counts as found, target share of hits)
TARGETS = {
    "synonym": ("top 3", 0.95),
    "compound": ("top 10", 0.80),
    "typo": ("top 5", 0.70),
    "ssyk-code": ("top 5", None),
    "ssyk-name": ("top 5", None),
    "no-diacritics": ("top 3", 0.95),
    "task": ("top 3", 0.95),
    "wish": ("top 3", 0.95),
    "filter": ("applied", 0.95),
}
TOP5_TARGET = 0.70
# Misspellings people make that are not a simple one-letter slip, and the word they mean;
# the occupations named by that word, or with it as a synonym, are the answer (any one of them).
MISSPELLINGS = {
    "sjukskötare": "sjuksköterska",
    "sjukskoterska": "sjuksköterska",
    "elektikrer": "elektriker",
    "elektricker": "elektriker",
    "lasbilsförare": "lastbilsförare",
    "underskötersk": "undersköterska",
    "förskolelärare": "förskollärare",
}
# Compound heads the project's issue names; more are found in the data.
NAMED_HEADS = ("förare", "sköterska", "lärare", "tekniker", "ingenjör", "montör", "arbetare", "handläggare")
TOP = {"synonym": 3, "compound": 10, "typo": 5, "ssyk-code": 5, "ssyk-name": 5, "no-diacritics": 3, "task": 3,
       "wish": 3, "filter": 10}

# Neighbours on a Swedish keyboard, for substitution typos.
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


@dataclass(frozen=True)
class Query:
    category: str
    text: str
    expected: tuple[str, ...]  # slugs that must be found
    top: int
    also_right: tuple[str, ...] = ()  # slugs that answer the query just as well; not counted against
    any_one: bool = False  # one of the expected is enough
    held_out: bool = False  # not looked at while tuning the phrase list
    filters: str = ""  # filter queries: the /bladdra/ query the search must apply
    allowed: tuple[str, ...] = ()  # filter queries: the occupations that filter holds

    @property
    def needed(self) -> int:
        return min(1 if self.any_one else len(self.expected), self.top)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", text.lower()) if w]


def _claims(occupation: Occupation) -> set[str]:
    """Exact texts that name this occupation: its name and synonyms, folded."""
    return {occupation.name.lower()} | {s.lower() for s in occupation.synonyms}


def synonym_queries(catalog: Catalog) -> list[Query]:
    claimed: dict[str, list[str]] = {}
    for o in catalog.occupations:
        for text in _claims(o):
            claimed.setdefault(text, []).append(o.slug)
    queries = []
    for o in catalog.occupations:
        for synonym in o.synonyms:
            others = tuple(s for s in claimed[synonym.lower()] if s != o.slug)
            queries.append(Query("synonym", synonym, (o.slug,), TOP["synonym"], others))
    return queries


def compound_heads(catalog: Catalog, minimum: int = 2) -> list[str]:
    """Head words: the named ones, and every one-word name or synonym of 4+ letters
    that ends at least `minimum` compound occupation names."""
    vocabulary = {text.lower() for o in catalog.occupations for text in (o.name, *o.synonyms)
                  if len(text) >= 4 and text.isalpha()}
    heads = [h for h in sorted(vocabulary) if len(compound_names(catalog, h)) >= minimum]
    return list(dict.fromkeys([*(h for h in NAMED_HEADS if compound_names(catalog, h)), *heads]))


def compound_names(catalog: Catalog, head: str) -> list[str]:
    """Slugs of occupations whose name has a word of 3+ more letters ending in `head`."""
    return [o.slug for o in catalog.occupations
            if any(w.endswith(head) and len(w) >= len(head) + 3 for w in _words(o.name))]


def compound_queries(catalog: Catalog) -> list[Query]:
    queries = []
    for head in compound_heads(catalog):
        expected = tuple(compound_names(catalog, head))
        others = tuple(o.slug for o in catalog.occupations
                       if o.slug not in expected and (head in _words(o.name) or head in {s.lower() for s in o.synonyms}))
        queries.append(Query("compound", head, expected, TOP["compound"], others))
    return queries


def typo(text: str) -> str:
    """One deterministic typo in the longest word, never in its first letter."""
    rng = random.Random(text)
    words = text.split(" ")
    index = max(range(len(words)), key=lambda i: (len(words[i]), -i))
    word = words[index]
    if len(word) < 4:
        return text
    lower = word.lower()
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("omit", "double", "neighbour", "swap"))
    if kind == "omit":
        word = word[:at] + word[at + 1:]
    elif kind == "double":
        word = word[:at] + word[at] + word[at:]
    elif kind == "swap" and lower[at] != lower[at + 1]:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    else:
        row = next((r for r in _ROWS if lower[at] in r), None)
        if row is None:
            word = word[:at] + word[at + 1:]
        else:
            i = row.index(lower[at])
            word = word[:at] + row[i - 1 if i and (i == len(row) - 1 or rng.random() < 0.5) else i + 1] + word[at + 1:]
    words[index] = word
    return " ".join(words)


def typo_queries(catalog: Catalog) -> list[Query]:
    queries = []
    for o in catalog.occupations:
        misspelt = typo(o.name)
        if misspelt.lower() != o.name.lower():
            queries.append(Query("typo", misspelt, (o.slug,), TOP["typo"]))
    for misspelt, meant in MISSPELLINGS.items():
        named = tuple(o.slug for o in catalog.occupations if meant in _claims(o))
        # Without an occupation of that name, those whose name starts with it ("Elektrikeryrken").
        named = named or tuple(o.slug for o in catalog.occupations if o.name.lower().startswith(meant))
        if named:
            queries.append(Query("typo", misspelt, named, TOP["typo"], any_one=True))
    return queries


def ssyk_queries(catalog: Catalog) -> list[Query]:
    groups: dict[tuple[str, str], list[str]] = {}
    for o in catalog.occupations:
        for g in o.ssyk_groups:
            groups.setdefault((g.code, g.name), []).append(o.slug)
    queries = []
    for (code, name), slugs in sorted(groups.items()):
        if code:
            queries.append(Query("ssyk-code", code, tuple(slugs), TOP["ssyk-code"]))
        if name:
            queries.append(Query("ssyk-name", name, tuple(slugs), TOP["ssyk-name"]))
    return queries


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def diacritics_queries(catalog: Catalog) -> list[Query]:
    """Every name with å, ä or ö, typed without them; names that fold the same are right too."""
    by_folded: dict[str, list[str]] = {}
    for o in catalog.occupations:
        by_folded.setdefault(fold(o.name.lower()), []).append(o.slug)
    return [Query("no-diacritics", fold(o.name.lower()), (o.slug,), TOP["no-diacritics"],
                  tuple(s for s in by_folded[fold(o.name.lower())] if s != o.slug))
            for o in catalog.occupations if fold(o.name.lower()) != o.name.lower()]


def everyday_file(path: Path = EVERYDAY_FILE) -> dict[str, list[dict[str, Any]]]:
    with open(path, "rb") as f:
        return tomllib.load(f)


def fitting(catalog: Catalog, pieces: Iterable[str]) -> tuple[str, ...]:
    pieces = [p.lower() for p in pieces]
    return tuple(o.slug for o in catalog.occupations if any(p in o.name.lower() for p in pieces))


def everyday_queries(catalog: Catalog, data: dict[str, list[dict[str, Any]]] | None = None) -> list[Query]:
    """Tasks and wishes in everyday words; a query whose answers the catalog lacks is left out."""
    data = data or everyday_file()
    queries = []
    for category in EVERYDAY:
        for i, row in enumerate(data.get(category, [])):
            fits = fitting(catalog, row["fits"])
            if fits:
                queries.append(Query(category, row["q"], fits, TOP[category], any_one=True, held_out=i % 2 == 1))
    return queries


def filter_allows(catalog: Catalog, filters: str, ratings: dict[str, str]) -> tuple[str, ...] | None:
    """The slugs a browse query holds (the browse page's rules), or None when the catalog cannot
    say (job prospects without labour-market data). `ratings`: slug -> ratings per region."""
    params = dict(parse_qsl(filters))
    slugs = [o.slug for o in catalog.occupations]
    if "utbildning" in params:
        levels = params["utbildning"].split(",")
        slugs = [o.slug for o in catalog.occupations if o.slug in slugs and set(levels) & set(o.education_levels)]
    if ("jobb" in params or "sortera" in params) and not ratings:
        return None
    if "jobb" in params:
        from generator.sources.labour import REGION_ORDER

        at = REGION_ORDER.index(params.get("lan", "00"))
        slugs = [s for s in slugs if len(ratings.get(s, "")) > at and ratings[s][at] in params["jobb"]]
    return tuple(slugs)


def filter_queries(catalog: Catalog, data: dict[str, list[dict[str, Any]]] | None = None,
                   ratings: dict[str, str] | None = None) -> list[Query]:
    """Filter phrases, alone or with other words; `expected` is empty when the phrase is all there is."""
    data = data or everyday_file()
    queries = []
    for i, row in enumerate(data.get("filter", [])):
        allowed = filter_allows(catalog, row["filters"], ratings or {})
        if allowed is None:
            continue
        queries.append(Query("filter", row["q"], allowed if row.get("rest") else (), TOP["filter"], any_one=True,
                             held_out=i % 2 == 1, filters=row["filters"], allowed=allowed))
    return queries



def labour_ratings(snapshot: Any, catalog: Catalog) -> dict[str, str]:
    """slug -> the job-prospect rating per region, as the browse page reads it ({} without labour data)."""
    from generator.sources.labour import LabourData
    from generator.site.plan import labour_facts

    facts = labour_facts(catalog, LabourData.from_snapshot(snapshot))
    return {o.slug: facts[o.id].ratings_code() for o in catalog.occupations if o.id in facts}


def query_set(catalog: Catalog, ratings: dict[str, str] | None = None) -> list[Query]:
    """Every query, in a fixed order. A synonym query is one per occupation that has it;
    other queries with the same text (two groups' names, say) are merged into one."""
    merged: dict[tuple[str, ...], Query] = {}
    for q in [*synonym_queries(catalog), *compound_queries(catalog), *typo_queries(catalog), *ssyk_queries(catalog),
              *diacritics_queries(catalog), *everyday_queries(catalog), *filter_queries(catalog, ratings=ratings)]:
        key = (q.category, q.text.lower()) + (q.expected if q.category in ("synonym", "no-diacritics") else ())
        old = merged.get(key)
        if old is not None:
            expected = tuple(dict.fromkeys(old.expected + q.expected))
            q = Query(q.category, old.text, expected, q.top,
                      tuple(s for s in dict.fromkeys(old.also_right + q.also_right) if s not in expected))
        merged[key] = q
    return list(merged.values())


@dataclass(frozen=True)
class Outcome:
    query: Query
    results: tuple[str, ...]  # slugs, in the order shown
    filters: str = ""  # the filters the search page says it applied
    status: str = ""

    @property
    def hits(self) -> int:
        if self.query.category == "filter":
            return int(self.filter_right)
        counted = [s for s in self.results if s not in self.query.also_right or s in self.query.expected]
        return min(len(set(counted[: self.query.top]) & set(self.query.expected)), self.query.needed)


    @property
    def filter_right(self) -> bool:
        """The filter applied, only its occupations shown, and, for a phrase alone, all of them counted."""
        q = self.query
        if dict(parse_qsl(self.filters)) != dict(parse_qsl(q.filters)) or not set(self.results) <= set(q.allowed):
            return False
        count = re.match(r"(\d+) yrk", self.status)
        return bool(q.expected) or (count is not None and int(count.group(1)) == len(q.allowed))

    @property
    def top5_share(self) -> float:
        """The share of the first five results (or of all, when fewer) that fit."""
        top = self.results[:5]
        return sum(1 for s in top if s in self.query.expected) / len(top) if top else 0.0


def slug_of(href: str) -> str:
    match = re.search(r"yrken/([^/]+)/", href)
    return match.group(1) if match else href


def run_queries(page: Any, base: str, queries: Iterable[Query]) -> Iterator[Outcome]:
    """Type each query into the search page and read the result list back."""
    page.goto(f"{base}sok/")
    field = page.locator("input[type=search]")
    for query in queries:
        field.fill("")  # clears the status at once, so the wait below sees this query's answer
        field.fill(query.text)
        # A selector, not wait_for_function: the site's CSP forbids the eval that the latter uses.
        page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
        results = page.locator("#sok-resultat li a")
        # Ten results are shown at first; "Visa fler yrken" adds ten more, as a visitor would tap it.
        while results.count() < query.top and page.is_visible("#sok-fler"):
            before = results.count()
            page.click("#sok-fler")
            page.wait_for_selector(f"#sok-resultat li:nth-child({before + 1}) a", timeout=15000)
        hrefs = results.evaluate_all("links => links.map((a) => a.getAttribute('href'))")
        filters = page.get_attribute("#sok-filter", "data-filters") if page.is_visible("#sok-filter") else ""
        yield Outcome(query, tuple(slug_of(h) for h in hrefs), filters or "", page.inner_text("#sok-status"))


def tally(outcomes: Iterable[Outcome]) -> dict[str, tuple[int, int, int]]:
    """category -> (hits, needed, queries)."""
    totals = {c: [0, 0, 0] for c in CATEGORIES}
    for outcome in outcomes:
        t = totals[outcome.query.category]
        t[0] += outcome.hits
        t[1] += outcome.query.needed
        t[2] += 1
    return {c: (h, n, q) for c, (h, n, q) in totals.items() if q}


def strict(outcomes: Iterable[Outcome], category: str = "synonym") -> tuple[int, int]:
    """(hits, queries) when occupations that are right answers too still count against the top."""
    chosen = [o for o in outcomes if o.query.category == category]
    return sum(1 for o in chosen if set(o.results[: o.query.top]) & set(o.query.expected)), len(chosen)


def misses(outcomes: Iterable[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if o.hits < o.query.needed]


# --- the benchmark: full query sets, written to RESULTS.md ---------------------------------

SECTION = "## Search quality"


def everyday_rows(outcomes: list[Outcome]) -> list[tuple[str, str, int, float, float]]:
    """(category, "tuned" or "held out", queries, top-3 hit rate, share of the top 5 that fit)."""
    rows = []
    for category in (*EVERYDAY, "filter"):
        for held_out in (False, True):
            chosen = [o for o in outcomes if o.query.category == category and o.query.held_out == held_out]
            if chosen:
                rows.append((category, "held out" if held_out else "tuned", len(chosen),
                             sum(o.hits for o in chosen) / len(chosen),
                             sum(o.top5_share for o in chosen) / len(chosen)))
    return rows


def everyday_text(rows: dict[str, list[tuple[str, str, int, float, float]]]) -> list[str]:
    lines = [
        "Everyday words, with the queries used to tune the phrase list (content/search/sokfraser.toml) and those held",
        "out from it apart. A filter query is right when the filter is applied, only its occupations are shown and a",
        "phrase alone announces as many as the filter holds; its top-5 share is not a measure of it.",
        "",
        "| data | category | queries | set | fitting in the top 3 (filter: applied) | share of the top 5 that fit | targets |",
        "| --- | --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for data, data_rows in rows.items():
        for category, group, count, hit_rate, share in data_rows:
            targets = "≥ 95%" if category == "filter" else f"≥ 95%, ≥ {TOP5_TARGET:.0%}"
            shown = "–" if category == "filter" else f"{share:.1%}"
            lines.append(f"| {data} | {category} | {count} | {group} | {hit_rate:.1%} | {shown} | {targets} |")
    return lines + [""]


def section_text(rows: dict[str, dict[str, tuple[int, int, int]]], seconds: float,
                 strict_synonyms: dict[str, tuple[int, int]] | None = None,
                 everyday: dict[str, list[tuple[str, str, int, float, float]]] | None = None) -> str:
    lines = [
        SECTION,
        "",
        f"Run with `python bench/search_quality.py` on {time.strftime('%Y-%m-%d')} (Python {platform.python_version()}, "
        f"headless Chromium): every query of the full set typed into the search page, the result list read back "
        f"({seconds:.0f} s). Hits / needed; a query with several expected occupations needs as many as fit in its top.",
        "",
        "| data | category | found in | queries | hits / needed | hit rate | target |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for data, totals in rows.items():
        for category, (hits, needed, count) in totals.items():
            where, target = TARGETS[category]
            lines.append(f"| {data} | {category} | {where} | {count:,} | {hits:,} / {needed:,} | "
                         f"{hits / needed:.1%} | {f'≥ {target:.0%}' if target else '–'} |")
    lines += [
        "",
        "Query sets (bench/search_quality.py): synonym = every synonym of every occupation (occupations that share",
        "the synonym, or are named by it, are right answers too); compound = every head word that ends two or more",
        "compound names (\"förare\" → Lastbilsförare, Taxiförare, …); typo = every name with one typo (a letter",
        "left out, doubled, swapped or replaced by a keyboard neighbour) plus a few common misspellings;",
        "ssyk-code, ssyk-name = every SSYK group by its code and by its name, each of its occupations in the top 5;",
        "no-diacritics = every name with å, ä or ö typed without them (\"lakare\"), the occupation in the top 3;",
        "task, wish, filter = everyday words from bench/everyday_queries.toml (\"släcka bränder\", \"jobba med djur\",",
        "\"jobb utan utbildning\"), each with the occupations that fit it.",
        "",
    ]
    if everyday:
        lines += everyday_text(everyday)
    if strict_synonyms:
        rates = "; ".join(f"{data} {h:,} / {n:,} ({h / n:.1%})" for data, (h, n) in strict_synonyms.items() if n)
        lines += [f"Synonyms in the top 3 even when other occupations that share the synonym come first: {rates}.", ""]
    return "\n".join(lines)


def show_top5(outcomes: list[Outcome]) -> None:
    """Each everyday query whose top 5 holds one that does not fit: its share and its top 5 (* = fits)."""
    for o in outcomes:
        if o.query.category in EVERYDAY and o.top5_share < 1:
            top = " ".join(s + ("*" if s in o.query.expected else "") for s in o.results[:5])
            held = "held out" if o.query.held_out else "tuned"
            print(f"  {o.query.category} ({held}) {o.query.text!r} {o.top5_share:.0%}: {top}")


def _datasets() -> list[tuple[str, Path]]:
    from generator.config import SAMPLE_SNAPSHOT

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import REAL_2018  # the shared data's location, as the tests find it

    return [("sample", SAMPLE_SNAPSHOT), ("real 2018", REAL_2018)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-misses", type=int, default=0, help="print up to N missed queries per category")
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    parser.add_argument("--category", action="append", choices=CATEGORIES,
                        help="run only this category (may be repeated); implies --no-write")
    parser.add_argument("--data", choices=("sample", "real"), help="run only this data set; implies --no-write")
    parser.add_argument("--show-top5", action="store_true",
                        help="print every task and wish query whose top 5 is not all fitting, with its top 5")
    args = parser.parse_args()
    partial = bool(args.category or args.data)

    from playwright.sync_api import sync_playwright

    from generator.build import build
    from generator.config import site_settings
    from generator.model.occupations import build_catalog
    from generator.devtools.serve import make_server
    from generator.snapshot.store import read_snapshot

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import CHROMIUM, CHROMIUM_ARGS

    started = time.perf_counter()
    rows: dict[str, dict[str, tuple[int, int, int]]] = {}
    strict_synonyms: dict[str, tuple[int, int]] = {}
    everyday: dict[str, list[tuple[str, str, int, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for label, snapshot in _datasets():
            if args.data and not label.startswith(args.data):
                continue
            out = Path(tmp) / label.replace(" ", "-")
            build(snapshot, out, site_settings(base_url="https://yrken.example.se/"))
            server = make_server(out, port=0)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                snap = read_snapshot(snapshot)
                catalog = build_catalog(snap)
                queries = [q for q in query_set(catalog, labour_ratings(snap, catalog))
                           if not args.category or q.category in args.category]
                outcomes = list(run_queries(page, f"http://127.0.0.1:{server.server_address[1]}/", queries))
            finally:
                server.shutdown()
                server.server_close()
            rows[label] = tally(outcomes)
            strict_synonyms[label] = strict(outcomes)
            everyday[label] = everyday_rows(outcomes)
            for category, (hits, needed, count) in rows[label].items():
                print(f"{label:10} {category:10} {count:5} queries  {hits:5}/{needed:<5} {hits / needed:.1%}")
            if args.show_top5:
                show_top5(outcomes)
            if args.show_misses:
                for category in CATEGORIES:
                    missed = [o for o in misses(outcomes) if o.query.category == category][: args.show_misses]
                    for o in missed:
                        print(f"  miss {category}: {o.query.text!r} wants {o.query.expected[:5]} got {o.results[:o.query.top + 2]}")
        browser.close()
    section = section_text(rows, time.perf_counter() - started, strict_synonyms, everyday)
    write_section(section, dry_run=args.no_write or partial)


if __name__ == "__main__":
    main()
