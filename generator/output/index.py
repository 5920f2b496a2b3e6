"""Index the occupation pages for client-side search with Pagefind's Python API.

The index is built in the background while the rest of the site is written:
once the occupation pages are on disk, Pagefind reads them (in parallel), and
builds each bundle on one core while the build writes the other pages on the
other. Pagefind hands its files back (`get_files`) and they are written here,
so none is left half-written by Pagefind's own writer, and Pagefind's ready-made
search interfaces, which the site does not use, are left out.

Only occupation pages carry `data-pagefind-body`, so only they are indexed;
their filters (occupational area, education level, interest letters) and
metadata (title, summary, image) are marked up in the templates.

A site of more than 500 occupations is indexed in several bundles, grouped by
the first letters of the slug, and the search page merges them (`mergeIndex`).
Small bundles mean a changed occupation re-indexes few pages (the build keeps
a key per bundle and re-indexes only the bundles whose pages changed), and
bundles are indexed side by side on a machine's cores. But each bundle costs the
first search about one index chunk (some 45 KB; see bench/first_search.py), so
the bundles are kept to about eight, up to MAX_PAGES_PER_BUNDLE pages each:
Pagefind holds every page it indexes in memory (about 0.2 MB a page here), and
no more than that many pages are indexed at once.
"""

from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import Future
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

from pagefind.index import IndexConfig

from generator.errors import SearchIndexError
from generator.helpers.aio import background_loop
from generator.helpers.pagefind_io import Service, make_filters_deterministic
from generator.output.publish import write_files

BUNDLE_DIR = "pagefind"
# Where Pagefind looks for what it indexes: `<main>`, which holds `data-pagefind-body` and every filter
# and metadata attribute. It still reads the whole page, but the head, header, navigation and footer (a
# quarter of a page's elements) no longer each pass through its handlers: about 7% of its time.
ROOT_SELECTOR = "main"
MAX_PAGES_PER_BUNDLE = 4000
# Pages per bundle, the smallest that keeps a site to about TARGET_BUNDLES bundles; the steps are
# few so that a site's layout (and so its search page) stays put as occupations come and go.
BUNDLE_SIZES = (500, 1000, 2000, 4000)
TARGET_BUNDLES = 8
# Pagefind's ready-made search interfaces; the site has its own, so they are not published.
# The bundle's files a reader's phone keeps for searching offline (the service worker reads it).
OFFLINE_LIST = "offline-files.json"
UNUSED_FILES = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")


@dataclass(frozen=True)
class Bundle:
    """One Pagefind bundle: its folder in the site, the slug prefixes it indexes ('' = all), and the
    groups of pages, by slug prefix, in the order Pagefind reads them."""

    folder: str
    prefixes: tuple[str, ...]
    pages: int = 0  # how many occupation pages it holds, as planned
    groups: tuple[str, ...] = ()

    def holds(self, slug: str) -> bool:
        return slug.startswith(self.prefixes)

    def group_of(self, slug: str) -> str:
        return next(group for group in self.groups if slug.startswith(group))


def group_glob(prefix: str) -> str:
    """The occupation pages whose slug starts with `prefix`."""
    return f"yrken/{prefix}*/index.html"


def pages_per_bundle(pages: int) -> int:
    """The largest bundle for a site of `pages` occupation pages (see the module's docstring)."""
    size = next((s for s in BUNDLE_SIZES if pages <= s * TARGET_BUNDLES), BUNDLE_SIZES[-1])
    return min(size, MAX_PAGES_PER_BUNDLE)


def plan_bundles(slugs: list[str], max_pages: int | None = None) -> list[Bundle]:
    """Split the occupation pages into bundles by slug prefix, in order; one bundle when they fit."""
    max_pages = max_pages or pages_per_bundle(len(slugs))
    if len(slugs) <= max_pages:
        # Read by first letter, so that Pagefind can read a letter's pages while the next are written.
        return [Bundle(BUNDLE_DIR, ("",), len(slugs), tuple(sorted({slug[:1] for slug in slugs})))]

    def buckets(group: list[str], depth: int) -> list[tuple[str, int]]:
        by_prefix: dict[str, list[str]] = {}
        for slug in group:
            by_prefix.setdefault(slug[:depth], []).append(slug)
        result = []
        for prefix in sorted(by_prefix):
            members = by_prefix[prefix]
            # A prefix that is itself too big is split one letter further, while the slugs allow it.
            longer = [s for s in members if len(s) > depth]
            if len(members) > max_pages and longer and len(longer) == len(members):
                result.extend(buckets(members, depth + 1))
            else:
                result.append((prefix, len(members)))
        return result

    groups: list[list[str]] = [[]]
    sizes = [0]
    for prefix, count in buckets(slugs, 1):
        if sizes[-1] + count > max_pages and groups[-1]:
            groups.append([])
            sizes.append(0)
        groups[-1].append(prefix)
        sizes[-1] += count
    return [Bundle(BUNDLE_DIR if i == 0 else f"{BUNDLE_DIR}-{i + 1}", tuple(g), n, tuple(g))
            for i, (g, n) in enumerate(zip(groups, sizes))]


def bundles_in_parallel(bundles: list[Bundle]) -> int:
    """How many bundles to index at once: one per core, within the memory cap on pages."""
    largest = max((b.pages for b in bundles), default=1) or 1
    return max(1, min(os.cpu_count() or 1, MAX_PAGES_PER_BUNDLE // largest, len(bundles)))


@dataclass(frozen=True)
class IndexReport:
    pages: int


class SearchIndex:
    """Pagefind indexing in the background, as many bundles at once as `bundles_in_parallel` allows:

        with SearchIndex(site_dir, bundles) as search:
            write the occupation pages (through `search.feed` when they are new: each letter's
            pages are read as soon as they are written)
            search.all_written()  # (`wait` says so too)
            write the rest of the site
            report = search.wait(expected_pages)

    Pagefind reads each bundle's pages a group (`Bundle.groups`) at a time, always in the same
    order, so the index is the same whether it was fed or read after the fact.
    An error or Ctrl-C inside the block stops Pagefind at once; none is left running.
    """

    def __init__(self, site_dir: Path, bundles: list[Bundle]) -> None:
        self.site_dir = Path(site_dir).resolve()
        self.bundles = bundles
        self._stack = ExitStack()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._result: Future[IndexReport] | None = None
        self._services: list[Service] = []
        self._stopping = False
        # Per bundle, the groups whose pages are all written, for its indexer to read; None: stop.
        self._written: dict[str, asyncio.Queue[str | None]] = {b.folder: asyncio.Queue() for b in bundles}
        self._announced: set[tuple[str, str]] = set()

    def __enter__(self) -> "SearchIndex":
        self._loop = self._stack.enter_context(background_loop())
        self._result = asyncio.run_coroutine_threadsafe(self._index_all(), self._loop)
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if self._loop is not None and self._result is not None and not self._result.done():
                # Pagefind is stopped, not the task cancelled: cancelling asyncio while it starts a
                # process can hang for ever (CPython 3.11). Without Pagefind the task soon fails.
                asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
                self._result.exception(timeout=90)  # its error is not the one to report
        finally:
            self._stack.close()

    def feed(self, pages: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, bytes]]:
        """(path, bytes) of occupation pages in path order, passed on to be written; a group is
        handed to Pagefind when the next one starts, that is, once its last page is written."""
        current: tuple[Bundle, str] | None = None
        for path, data in pages:
            slug = PurePosixPath(path).parent.name
            bundle = next((b for b in self.bundles if b.holds(slug)), None)
            group = (bundle, bundle.group_of(slug)) if bundle else None
            if current and group != current:
                self._announce(*current)
            current = group
            yield path, data
        if current:
            self._announce(*current)

    def all_written(self) -> None:
        """Every occupation page is on disk: hand Pagefind the groups it has not had yet."""
        for bundle in self.bundles:
            for group in bundle.groups:
                self._announce(bundle, group)

    def _announce(self, bundle: Bundle, group: str) -> None:
        if (bundle.folder, group) not in self._announced and self._loop is not None:
            self._announced.add((bundle.folder, group))
            self._loop.call_soon_threadsafe(self._written[bundle.folder].put_nowait, group)

    async def _stop(self) -> None:
        self._stopping = True
        for service in self._services:
            service.stop()
        for written in self._written.values():
            written.put_nowait(None)  # an indexer waiting for pages stops waiting

    def wait(self, expected_pages: int | None = None) -> IndexReport:
        """Wait until every bundle is written, and check the page count."""
        assert self._result is not None, "use SearchIndex as a context manager"
        self.all_written()
        report = self._result.result()
        if expected_pages is not None and report.pages != expected_pages:
            raise SearchIndexError(f"Pagefind indexed {report.pages} pages, expected {expected_pages}.")
        return report

    async def _index_all(self) -> IndexReport:
        slots = asyncio.Semaphore(bundles_in_parallel(self.bundles))

        async def index_and_write(bundle: Bundle) -> int:
            async with slots:
                if self._stopping:
                    raise SearchIndexError("Indexing was stopped.")
                bundle_files = await self._index(bundle)
            # Written from this loop's thread: it serves only Pagefind, which has finished this bundle.
            write_files(self.site_dir / bundle.folder, bundle_files.items())
            return _page_count(bundle_files)

        tasks = [asyncio.ensure_future(index_and_write(bundle)) for bundle in self.bundles]
        try:
            return IndexReport(pages=sum(await asyncio.gather(*tasks)))
        except BaseException:
            await self._stop()  # one bundle failed: the others are stopped, not left running
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def _index(self, bundle: Bundle) -> dict[str, bytes]:
        """One bundle's files, as they are to be published."""
        service = await Service().launch()
        self._services.append(service)
        try:
            if self._stopping:
                service.stop()
            index = await service.create_index(IndexConfig(force_language="sv", write_playground=False, root_selector=ROOT_SELECTOR))
            # Only occupation pages are searchable; reading the rest would only cost time.
            for _ in bundle.groups:
                group = await self._written[bundle.folder].get()
                if group is None:
                    raise SearchIndexError("Indexing was stopped.")
                await index.add_directory(str(self.site_dir), glob=group_glob(group))
            made = await index.get_files()
        except asyncio.CancelledError:
            service.stop()
            raise
        finally:
            await service.close()
        files = {_safe_path(f["path"]): f["content"] for f in made}
        files = {path: data for path, data in files.items() if not path.startswith(UNUSED_FILES)}
        if any(not data for data in files.values()):
            raise SearchIndexError(f"Pagefind made an empty file for {bundle.folder}/.")
        make_filters_deterministic(files)
        files[OFFLINE_LIST] = offline_file_list(files)
        return files


def offline_file_list(files: dict[str, bytes]) -> bytes:
    """What searching needs, without the per-page fragments (most of the bundle's bytes),
    which are kept as results are shown, and the worker script, which search-engine.js does not use."""
    needed = sorted(p for p in files if not p.startswith("fragment/") and p != "pagefind-worker.js")
    return json.dumps({"files": needed}, separators=(",", ":")).encode("utf-8")


def _safe_path(path: str) -> str:
    """A file name from Pagefind, kept inside its bundle's folder."""
    parts = PurePosixPath(path).parts
    if not parts or PurePosixPath(path).is_absolute() or ".." in parts:
        raise SearchIndexError(f"Pagefind named a file outside its folder: {path!r}")
    return str(PurePosixPath(*parts))


def _page_count(files: dict[str, bytes]) -> int:
    """How many pages a bundle holds, from its entry file."""
    entry = json.loads(files["pagefind-entry.json"])
    return sum(int(lang.get("page_count", 0)) for lang in entry.get("languages", {}).values())
