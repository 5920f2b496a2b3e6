"""The search page's own lists: names, synonyms and compound heads for ranking and typos, and the
one-line summaries, read only when a result found that way is shown."""

from __future__ import annotations

import json
from typing import Any

from generator.helpers.search_terms import occupation_terms
from generator.model.occupations import Catalog

# Summaries go in files of this many occupations in A–Ö order: the occupations one search
# finds by name mostly sit together, so it reads one or two small files, not all of them.
SUMMARIES_PER_FILE = 50


def search_lists(catalog: Catalog, ratings: dict[int, str] | None = None) -> tuple[bytes, list[bytes]]:
    """The list of names, and the one-line summaries (with ids) in files of SUMMARIES_PER_FILE, both in A–Ö order.

    A name row is [name, slug, synonyms, heads of the compounds in the name, in the synonyms],
    trailing empty lists left out: about 30 bytes per name or synonym before compression. The
    heads let "förare" find "Lastbilsförare", which Pagefind's prefix matching cannot. `ratings`
    (occupation id -> the job prospects in words) go beside the summaries, for the results to show."""
    heads = catalog.compound_heads()
    rows: list[list[Any]] = []
    for o in catalog.occupations:
        row: list[Any] = [o.name, o.slug, list(o.synonyms), *(list(t) for t in occupation_terms(o.name, o.synonyms, heads))]
        while not row[-1]:
            row.pop()
        rows.append(row)
    # A summary is [text, id] (the id for the result's Spara button), plus the rating in plain words
    # where the occupation has one.
    ratings = ratings or {}
    summaries: list[Any] = [[o.teaser, o.id, ratings[o.id]] if o.id in ratings else [o.teaser, o.id]
                            for o in catalog.occupations]
    chunks = [summaries[i:i + SUMMARIES_PER_FILE] for i in range(0, len(summaries), SUMMARIES_PER_FILE)]
    return compact_json(rows), [compact_json(chunk) for chunk in chunks]


def compact_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
