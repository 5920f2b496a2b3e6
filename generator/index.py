"""Index the rendered site for client-side search with Pagefind's Python API.

Only occupation pages carry `data-pagefind-body`, so only they are indexed;
their filters (occupational area, education level, interest letters) and
metadata (title, summary, image) are marked up in the templates.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from generator.aio import run_sync
from pagefind.index import IndexConfig, PagefindIndex

BUNDLE_DIR = "pagefind"
INDEXED_GLOB = "yrken/*/index.html"


class IndexError_(Exception):
    """Pagefind failed or indexed nothing."""


@dataclass(frozen=True)
class IndexReport:
    pages: int
    seconds: float


async def _index(site_dir: Path) -> int:
    config = IndexConfig(
        force_language="sv",
        output_path=str(site_dir / BUNDLE_DIR),
        write_playground=False,
    )
    # Leaving the context writes the bundle; an exception inside skips the write.
    async with PagefindIndex(config=config) as index:
        # Only occupation pages are searchable; reading the rest would only cost time.
        await index.add_directory(str(site_dir), glob=INDEXED_GLOB)
    # add_directory counts every HTML file it read; the entry file counts what was indexed.
    entry = json.loads((site_dir / BUNDLE_DIR / "pagefind-entry.json").read_bytes())
    return sum(int(lang.get("page_count", 0)) for lang in entry.get("languages", {}).values())


def build_index(site_dir: Path, *, expected_pages: int | None = None) -> IndexReport:
    started = time.perf_counter()
    pages = run_sync(_index(Path(site_dir).resolve()))
    if expected_pages is not None and pages != expected_pages:
        raise IndexError_(f"Pagefind indexed {pages} pages, expected {expected_pages}.")
    return IndexReport(pages=pages, seconds=time.perf_counter() - started)
