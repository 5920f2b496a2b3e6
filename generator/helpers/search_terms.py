"""Extra search terms: the heads of Swedish compound words.

Swedish writes compounds as one word ("lastbilsförare", "undersköterska"), and
Pagefind matches whole words and their beginnings only, so "förare" would not
find "Lastbilsförare". The search page therefore gets, in its list of names
(see render.py), the head of each compound in every name and synonym
("förare", "sköterska"). They are not put into the pages themselves, where
Pagefind would show them in its excerpts.

A compound is split where it ends in a known head word, in its base form or
inflected ("-ingenjörer", "-sköterskor"): a word of four letters or more that
stands alone somewhere in the catalog (an occupation name, a synonym, an SSYK
group name: "Förare", "Tekniker", "Sjuksköterskor"), or one of SEED_HEADS, the
usual heads of occupation titles. The part before the head must keep three
letters or more, so short words are never cut up.

Why not a word list: PyPI has one usable offline, hunspell-sv (a Hunspell
dictionary, LGPL, 4 MB), but Hunspell encodes compounding as affix flags and
rules that only a Hunspell engine applies, and it says whether a word is a
valid compound, not where to split it; taking its compound-final words as heads
without that engine cuts "Fotograf" into "graf" and "förskoleklass" into
"lass". The German and Dutch splitters there do not know Swedish. The titles
themselves are the better dictionary for a few hundred occupations, and the
vocabulary grows with the catalog.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

MIN_HEAD = 4
MIN_MODIFIER = 3
# Common heads of Swedish occupation titles, split on whether or not they stand alone in the catalog.
SEED_HEADS = (
    "förare", "sköterska", "lärare", "tekniker", "ingenjör", "montör", "arbetare", "handläggare",
    "administratör", "analytiker", "arkitekt", "assistent", "biträde", "chef", "designer", "ekonom",
    "elektriker", "expert", "förmedlare", "handlare", "inspektör", "konsulent", "konsult", "kontrollant",
    "läkare", "ledare", "läggare", "målare", "mästare", "mekaniker", "operatör", "pedagog", "rådgivare",
    "reparatör", "säljare", "sekreterare", "skötare", "smed", "snickare", "specialist", "terapeut",
    "tränare", "utvecklare", "vakt", "vårdare",
)
# Endings of inflected forms of a head: ingenjör-er, montör-er, chef-er, sköterska -> sköterskor.
_ENDINGS = ("er", "ar", "or", "r", "n", "na", "erna", "arna", "orna")
_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    """The words of a text, lower case, split at anything that is not a letter (spaces, hyphens, slashes)."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def head_words(texts: Iterable[str], seeds: Iterable[str] = SEED_HEADS) -> frozenset[str]:
    """The words that may end a compound: the seeds, and every word of MIN_HEAD
    letters or more that stands alone in `texts`."""
    found = {w for text in texts for w in words(text) if len(w) >= MIN_HEAD}
    return frozenset(found | {s.lower() for s in seeds})


@lru_cache(maxsize=None)
def _forms(head: str) -> tuple[str, ...]:
    """The head and its inflected forms, as they may end a word."""
    forms = [head, *(head + e for e in _ENDINGS)]
    if head[-1] in "ae":  # sköterska -> sköterskor, lärare -> lärarna
        forms += [head[:-1] + e for e in _ENDINGS if e[0] in "aeo"]
    return tuple(dict.fromkeys(forms))


# Names and synonyms share most of their words, and a catalog has one head vocabulary: each
# word is split once (a frozenset keeps its hash, so the key is cheap).
@lru_cache(maxsize=1 << 16)
def split_compound(word: str, heads: frozenset[str]) -> tuple[str, ...]:
    """The heads that `word` ends in, longest first: "akutsjuksköterska" ->
    ("sjuksköterska", "sköterska"). A head must leave MIN_MODIFIER letters before it;
    a word that is itself a head is not split."""
    word = word.lower()
    found = []
    endings = _all_forms(heads)
    for start in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        rest = word[start:]
        if rest not in endings:  # most endings of a word are no head's form: skip the search
            continue
        for head in _heads_ending(rest, heads):
            found.append(head)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=4)
def _all_forms(heads: frozenset[str]) -> frozenset[str]:
    """Every form of every head: a word's ending can only be a head if it is one of these."""
    return frozenset(form for head in heads for form in _forms(head))


def _heads_ending(rest: str, heads: frozenset[str]) -> list[str]:
    """The heads whose form is exactly `rest`."""
    matches = [rest] if rest in heads else []
    for ending in _ENDINGS:
        stem = rest[: -len(ending)] if rest.endswith(ending) else ""
        for candidate in (stem, stem + "a", stem + "e"):
            if len(candidate) >= MIN_HEAD and candidate in heads and rest in _forms(candidate) and candidate not in matches:
                matches.append(candidate)
    return matches


def compound_terms(texts: Iterable[str], heads: frozenset[str]) -> tuple[str, ...]:
    """The heads of the compounds in `texts`, in order, without those already there as words."""
    texts = list(texts)
    present = {w for text in texts for w in words(text)}
    terms = (h for text in texts for w in words(text) for h in split_compound(w, heads))
    return tuple(t for t in dict.fromkeys(terms) if t not in present)


def catalog_heads(names: Iterable[str], synonyms: Iterable[str], group_names: Iterable[str]) -> frozenset[str]:
    """The head vocabulary of a catalog: its occupation names, synonyms and SSYK group names, and the seeds."""
    return head_words([*names, *synonyms, *group_names])


def occupation_terms(name: str, synonyms: Iterable[str], heads: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(heads of the compounds in the name, heads of those in the synonyms that the name lacks)."""
    synonyms = list(synonyms)
    of_name = compound_terms([name], heads)
    present = set(of_name) | set(words(name))
    of_synonyms = tuple(t for t in compound_terms(synonyms, heads) if t not in present)
    return of_name, of_synonyms
