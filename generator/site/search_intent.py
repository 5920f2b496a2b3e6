"""What the search page needs to understand everyday words: a task index, the browse facets and the phrases.

People who do not know an occupation's name type what they want to do ("släcka
bränder", "köra lastbil") or wish for ("jobba med djur", "utan utbildning"). The
search page answers these from three files written here:

- the task index: every word of each occupation's name, synonyms, SSYK groups,
  SCB's definition of those groups (content/search/ssyk-definitioner.json), its short
  summary and its work tasks, with the weight of the strongest place it stands in
  (WEIGHTS: a name counts more than a task, a task more than the summary). Words
  of the tasks and summary that most occupations use ("arbetar", "kunder") are
  left out there: they say nothing about any one. The long texts (working
  environment, education, abilities) are not in it: a passing mention there is
  left to Pagefind, and shown after the occupations that fit. The index is split
  by the word's first letter (å, ä, ö count as a, o), and a large part again by the
  first two, three or four letters, so a search reads only the parts its words start with.
- the facets: for each browse filter (the URL parameters of /bladdra/), which
  occupations each value holds, and the words "Visar yrken som …" uses for it;
- the phrases of content/search/sokfraser.toml: words that say nothing about the
  occupation, everyday words and what they mean, phrases that mean a filter.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from generator.config import CONTENT_DIR
from generator.errors import PhrasesError
from generator.helpers.search_terms import MIN_HEAD, split_compound
from generator.model.catalog import EDUCATION_LEVELS, Catalog, Occupation
from generator.sources.labour import COUNTIES, RATING_CODES, REGION_ORDER, OccupationLabour
from generator.site.search_lists import compact_json

PHRASES_FILE = CONTENT_DIR / "search" / "sokfraser.toml"
DEFINITIONS_FILE = CONTENT_DIR / "search" / "ssyk-definitioner.json"

# Where a word stands, and how much that says about the occupation.
WEIGHTS = {"name": 5, "part": 4, "group": 4, "definition": 3, "task": 2, "summary": 2}
# A task or summary word used by more than this share of the occupations is left out of those fields.
MAX_TASK_SHARE = 0.15
MIN_WORD = 3
# A word as `search_terms.words` splits them, or a number standing alone; MIN_WORD long or more.
_INDEX_WORD = re.compile(r"[^\W\d_]{%d,}|(?<!\S)\d{%d,}(?!\S)" % (MIN_WORD, MIN_WORD))
_TWO_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]{2}(?![^\W\d_])")
# Codes hold the occupation's position and the weight: position * WEIGHT_BASE + weight.
WEIGHT_BASE = 8
# The largest part of the task index a search reads, in bytes of JSON (about a third of that over the
# wire): 323 occupations make parts up to 50 KB (words that start with s), 35,000 would make megabytes.
SHARD_LIMIT = 24 * 1024
MAX_KEY = 4


@dataclass(frozen=True)
class SearchHelp:
    """The files of the search page's understanding: shard letter -> JSON, and the help file's JSON."""

    shards: dict[str, bytes]
    help: dict[str, Any]
    filters: dict[str, Any]  # the facets: read only by a search with a filter phrase


def load_phrases(path: Path = PHRASES_FILE) -> dict[str, Any]:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    data["filter"] = {**pattern_phrases(data.pop("filtermonster", {}), path.name), **data.get("filter", {})}
    for phrase, target in data["filter"].items():
        if "=" not in target:
            raise PhrasesError(f"{path.name}: the filter phrase {phrase!r} must map to 'parameter=value', not {target!r}.")
    return data


def pattern_phrases(patterns: dict[str, Any], where: str) -> dict[str, str]:
    """[filtermonster."parameter=value"]: every negation of `nekande` before every word of `ord`,
    each a phrase of that filter ("utan" + "utbildning" -> "utan utbildning")."""
    phrases: dict[str, str] = {}
    for target, pattern in patterns.items():
        negations, words = pattern.get("nekande", []), pattern.get("ord", [])
        if not negations or not words:
            raise PhrasesError(f"{where}: the pattern for {target!r} needs both 'nekande' and 'ord'.")
        phrases.update({f"{negation} {word}".lower(): target for negation in negations for word in words})
    return phrases


def load_definitions(path: Path = DEFINITIONS_FILE) -> dict[str, str]:
    """SSYK-4 code -> SCB's definition of the group (see content/make_ssyk_definitions.py)."""
    return json.loads(path.read_text("utf-8"))["definitioner"]


def fold(text: str) -> str:
    """Lower case without diacritics: "Läkare" -> "lakare"."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=None)
def _shard_of(first_letter: str) -> str:
    first = fold(first_letter)[:1]
    return first if first.isalpha() else "0"


def filed(word: str) -> str:
    """How the task index files a word: without diacritics, after a "0" when it starts with no letter."""
    folded = fold(word)
    return folded if folded[:1].isalpha() else "0" + folded


def shard_key(word: str) -> str:
    return _shard_of(word[:1])  # a word's first letter folds on its own, as in the word


def _fields(o: Occupation, definitions: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(field, text) for every text of an occupation that the task index reads."""
    for text in (o.name, *o.synonyms):
        yield "name", text
    for group in o.ssyk_groups:
        yield "group", f"{group.name} {group.code}"
        yield "definition", definitions.get(group.code, "")
    yield "summary", o.short_summary or o.oneliner
    for paragraph in o.tasks:
        yield "task", paragraph


def compound_parts(word: str, heads: frozenset[str]) -> list[str]:
    """The parts of a compound name word: its heads and what comes before each, without a
    linking s: "lastbilsförare" -> ["förare", "lastbil"], "barnskötare" -> ["skötare", "barn"]."""
    parts = []
    for head in split_compound(word, heads):
        start = word.rfind(head[:MIN_HEAD])
        modifier = word[:start]
        if modifier.endswith("s") and len(modifier) > MIN_WORD:
            modifier = modifier[:-1]
        parts += [head, modifier] if len(modifier) >= MIN_WORD else [head]
    return parts


def _postings(catalog: Catalog, definitions: dict[str, str], text_words: "_TextWords") -> dict[str, dict[int, int]]:
    """word -> {occupation position: the highest weight it has there}."""
    heads = catalog.compound_heads()
    postings: dict[str, dict[int, int]] = {}
    parts: dict[str, list[str]] = {}  # names share words; each is split once
    for position, o in enumerate(catalog.occupations):
        by_weight: dict[int, set[str]] = {}  # this occupation's words by the weight of where they stand
        for field, text in _fields(o, definitions):
            found = text_words(text) + (_two_letter_words(text) if field in ("name", "group") else ())
            by_weight.setdefault(WEIGHTS[field], set()).update(found)
            if field == "name":
                for word in found:
                    if word not in parts:
                        parts[word] = [p for p in compound_parts(word, heads) if len(p) >= MIN_WORD]
                    by_weight.setdefault(WEIGHTS["part"], set()).update(parts[word])
        taken: set[str] = set()
        for weight in sorted(by_weight, reverse=True):  # each word where it counts most
            for word in by_weight[weight] - taken:
                postings.setdefault(word, {})[position] = weight
            taken |= by_weight[weight]
    return postings


@functools.lru_cache(maxsize=4096)
def _two_letter_words(text: str) -> tuple[str, ...]:
    """Words of two letters: they say something only in a name or a group ("IT-specialister", "Montör, el- och tele…")."""
    return tuple(_TWO_LETTERS.findall(unicodedata.normalize("NFC", text).lower()))


class _TextWords:
    """The index words of a text (its words, and numbers such as SSYK codes), of MIN_WORD letters or
    more; remembered, since groups and their definitions come back for every occupation they hold."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> tuple[str, ...]:
        found = self.seen.get(text)
        if found is None:
            found = tuple(_INDEX_WORD.findall(unicodedata.normalize("NFC", text).lower()))
            self.seen[text] = found
        return found


def _drop_common(postings: dict[str, dict[int, int]], catalog: Catalog, text_words: "_TextWords") -> None:
    """Leave out task and summary words that most occupations' tasks use: they tell none apart.
    Where the word also stands in a name, a group or its definition, that is kept."""
    in_tasks: dict[str, int] = {}
    for o in catalog.occupations:
        for word in {w for text in (o.short_summary or o.oneliner, *o.tasks) for w in text_words(text) if not w.isdigit()}:
            in_tasks[word] = in_tasks.get(word, 0) + 1
    low = max(WEIGHTS["task"], WEIGHTS["summary"])
    limit = len(catalog.occupations) * MAX_TASK_SHARE
    for word, count in in_tasks.items():
        slot = postings.get(word)
        if count > limit and slot:
            for p in [p for p, w in slot.items() if w <= low]:
                del slot[p]
            if not slot:
                del postings[word]


def task_shards(catalog: Catalog, definitions: dict[str, str]) -> dict[str, bytes]:
    """The task index, split by first letter: letter -> {word: [codes]} as compact JSON, words sorted.
    A part larger than SHARD_LIMIT is split again by the first two letters, and so on (split_shard)."""
    text_words = _TextWords()
    postings = _postings(catalog, definitions, text_words)
    _drop_common(postings, catalog, text_words)
    shards: dict[str, dict[str, list[int]]] = {}
    for word in sorted(postings):
        codes = [p * WEIGHT_BASE + w for p, w in sorted(postings[word].items())]
        shards.setdefault(shard_key(word), {})[word] = codes
    return {key: data for letter, words in sorted(shards.items()) for key, data in split_shard(letter, words).items()}


def split_shard(key: str, part: dict[str, list[int]], limit: int | None = None) -> dict[str, bytes]:
    """One part of the task index as compact JSON, or, when it is larger than `limit` bytes (SHARD_LIMIT),
    its words by one letter more of how they are filed: "s" -> "sa", "sk", …, "sko" -> "skot", ….
    Never past MAX_KEY letters: the search page compares a word of four letters or more only with
    those that share its first four, or are its first three ("bil" for "bilar"). A word as short as
    the key ("el" in "e") keeps a part of its own."""
    data = compact_json(part)
    if len(data) <= (limit or SHARD_LIMIT) or len(key) >= MAX_KEY:
        return {key: data}
    parts: dict[str, dict[str, list[int]]] = {}
    for word, codes in part.items():
        parts.setdefault(filed(word)[:len(key) + 1], {})[word] = codes
    result = {}
    for sub, words in sorted(parts.items()):
        result.update({sub: compact_json(words)} if sub == key else split_shard(sub, words, limit))
    return result


def facets(catalog: Catalog) -> dict[str, dict[str, dict[str, Any]]]:
    """Browse filter (its URL parameter on /bladdra/) -> value -> {"text": what "Visar yrken som …"
    says, "yrken": positions of the occupations it holds}. A new browse filter adds its values here."""
    position = {o.slug: i for i, o in enumerate(catalog.occupations)}
    education_text = {slug: text for _, slug, text in EDUCATION_LEVELS}
    result: dict[str, dict[str, dict[str, Any]]] = {"utbildning": {}, "omrade": {}}
    for _, slug, _ in EDUCATION_LEVELS:
        held = [i for i, o in enumerate(catalog.occupations) if slug in o.education_levels]
        result["utbildning"][slug] = {"text": education_text[slug], "yrken": held}
    for area in catalog.areas:
        result["omrade"][area.slug] = {"text": f"hör till {area.name}",
                                       "yrken": sorted(position[o.slug] for o in area.occupations)}
    return result


def labour_facets(catalog: Catalog, labour: dict[int, OccupationLabour]) -> dict[str, Any]:
    """The browse page's job-prospect filter (`jobb`, by region `lan`) and pay sort (`sortera`), where
    the build has labour-market data: each occupation's rating per region, as the browse page reads it
    (one character per region in `regioner` order), and its median pay."""
    if not labour:
        return {}
    return {
        "facetter": {
            "jobb": {code: {"text": rating} for rating, code in RATING_CODES.items()},
            "lan": {code: {"text": f"i {name}"} for code, name in COUNTIES.items()},
            "sortera": {"lon": {"text": "med högst lön först"}, "lon-lag": {"text": "med lägst lön först"}},
        },
        "regioner": list(REGION_ORDER),
        "betyg": [labour[o.id].ratings_code() if o.id in labour else "" for o in catalog.occupations],
        "lon": [labour[o.id].headline_median if o.id in labour else None for o in catalog.occupations],
    }


def search_help(catalog: Catalog, phrases: dict[str, Any], definitions: dict[str, str],
                labour: dict[int, OccupationLabour] | None = None) -> SearchHelp:
    """The task index shards, the help file (phrases, and which filters exist) without the file names
    of the shards and facets, which the planner adds once it has named them, and the facets."""
    labour_part = labour_facets(catalog, labour or {})
    facet_data = {**facets(catalog), **labour_part.pop("facetter", {})}
    help_data = {
        "fyllnadsord": sorted(set(phrases.get("fyllnadsord", {}).get("ord", []))),
        "ord": phrases.get("ord", {}),
        "filter": phrases.get("filter", {}),
        "filtertext": phrases.get("filtertext", {}),
        "standard": phrases.get("standard", {}),
        "parametrar": {param: sorted(values) for param, values in facet_data.items()},
        "viktbas": WEIGHT_BASE,
    }
    filters = {"facetter": facet_data, **labour_part}
    return SearchHelp(task_shards(catalog, definitions), help_data, filters)

