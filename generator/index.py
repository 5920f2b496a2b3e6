"""Index the rendered site for client-side search with Pagefind's Python API.

Only occupation pages carry `data-pagefind-body`, so only they are indexed;
their filters (occupational area, education level, interest letters) and
metadata (title, summary, image) are marked up in the templates.

Pagefind holds every indexed page in memory while it works (about 0.2 MB a
page here), so a large site is indexed in bundles of at most
MAX_PAGES_PER_BUNDLE pages, one Pagefind run each, grouped by the first letters
of the slug. The search page merges the extra bundles (`mergeIndex`).
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cbor2

from generator.aio import run_sync
from pagefind.index import IndexConfig
from pagefind.service import PagefindService

BUNDLE_DIR = "pagefind"
INDEXED_GLOB = "yrken/*/index.html"
MAX_PAGES_PER_BUNDLE = 4000


@dataclass(frozen=True)
class Bundle:
    """One Pagefind bundle: its folder in the site and the slug prefixes it indexes ('' = all)."""

    folder: str
    prefixes: tuple[str, ...]

    @property
    def glob(self) -> str:
        if self.prefixes == ("",):
            return INDEXED_GLOB
        return "yrken/{" + ",".join(f"{p}*" for p in self.prefixes) + "}/index.html"


def plan_bundles(slugs: list[str], max_pages: int | None = None) -> list[Bundle]:
    """Split the occupation pages into bundles by slug prefix, in order; one bundle when they fit."""
    max_pages = max_pages or MAX_PAGES_PER_BUNDLE
    if len(slugs) <= max_pages:
        return [Bundle(BUNDLE_DIR, ("",))]

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
    size = 0
    for prefix, count in buckets(slugs, 1):
        if size + count > max_pages and groups[-1]:
            groups.append([])
            size = 0
        groups[-1].append(prefix)
        size += count
    return [Bundle(BUNDLE_DIR if i == 0 else f"{BUNDLE_DIR}-{i + 1}", tuple(g)) for i, g in enumerate(groups)]


class IndexError_(Exception):
    """Pagefind failed or indexed nothing."""


@dataclass(frozen=True)
class IndexReport:
    pages: int
    seconds: float


class _Service(PagefindService):
    """Pagefind's indexing service, with two changes to how the wrapper talks to it.

    - Replies are read as they arrive; the wrapper polls every 0.1 s per reply.
    - Closing ends the indexer's input and waits for it to exit, instead of
      terminating it at once: a bundle once came out with an empty file, which
      fits an indexer stopped while its last writes were under way.
    """

    async def _wait_for_responses(self) -> None:
        assert self._backend.stdout is not None
        while True:
            output = await self._backend.stdout.readuntil(b",")
            response = json.loads(base64.b64decode(output[:-1]))
            future = self._responses.get(response.get("message_id")) if response else None
            if future is None or future.done():
                continue
            payload = response["payload"]
            if payload["type"] == "Error":
                future.set_exception(IndexError_(f"Pagefind: {payload.get('message')}"))
            else:
                future.set_result(payload)

    async def close(self) -> None:
        assert self._backend.stdin is not None
        self._backend.stdin.close()
        try:
            await asyncio.wait_for(self._backend.wait(), timeout=60)
        except asyncio.TimeoutError:
            self._backend.terminate()
            await self._backend.wait()
        finally:
            self._poll_task.cancel()


async def _index(site_dir: Path, bundle: Bundle) -> int:
    config = IndexConfig(
        force_language="sv",
        output_path=str(site_dir / bundle.folder),
        write_playground=False,
    )
    service = await _Service().launch()
    try:
        index = await service.create_index(config)
        # Only occupation pages are searchable; reading the rest would only cost time.
        await index.add_directory(str(site_dir), glob=bundle.glob)
        await index.write_files()
        await _files_written(site_dir / bundle.folder)
    finally:
        await service.close()


async def _files_written(folder: Path, timeout: float = 10.0) -> None:
    """Wait until no file in `folder` is empty.

    Pagefind answers "written" when it has handed its files to its async writer
    (tokio), which may still be writing them; closing the service then can end
    the process first and leave a file empty. Each of these files is written in
    one piece, so none being empty means all are whole.
    """
    deadline = time.monotonic() + timeout
    seen = None
    while time.monotonic() < deadline:
        sizes = {p: p.stat().st_size for p in folder.rglob("*") if p.is_file()}
        # Whole, and the same twice in a row: no file is still being made.
        if (folder / "pagefind-entry.json") in sizes and all(sizes.values()) and sizes == seen:
            return
        seen = sizes
        await asyncio.sleep(0.02)


def _indexed_pages(bundle: Path) -> int:
    """How many pages Pagefind indexed, from its entry file (add_directory counts every file it read)."""
    entry = json.loads((bundle / "pagefind-entry.json").read_bytes())
    return sum(int(lang.get("page_count", 0)) for lang in entry.get("languages", {}).values())


# Pagefind's binary files are gzip'd CBOR behind this signature.
_SIGNATURE = b"pagefind_dcd"


def _read_pf(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise IndexError_(f"{path.name}: not a Pagefind file")
    return cbor2.loads(data[len(_SIGNATURE):])


def _write_pf(value: Any) -> tuple[bytes, str]:
    """Gzip'd CBOR with a fixed gzip timestamp, and a hash of the content for its name."""
    raw = _SIGNATURE + cbor2.dumps(value)
    return gzip.compress(raw, compresslevel=9, mtime=0), hashlib.sha256(raw).hexdigest()


def make_filters_deterministic(bundle: Path) -> None:
    """Sort Pagefind's filter indexes so the same site gives the same bundle, byte for byte.

    Pagefind 1.x writes filter values in hash-map order, which changes from run
    to run (Pagefind issue #638: "other files will still change, such as the
    filter/metadata indexes"). The values are sorted here, the files renamed by
    their content hash, and the metadata and entry files that name them rewritten.
    """
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_bytes())
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read_pf(meta_path)
        # meta[3] lists the filters as [name, file hash]; each file holds [name, [[value, pages], ...]].
        new_filters = []
        for name, old_hash in sorted(meta[3]):
            old_path = bundle / "filter" / f"{old_hash}.pf_filter"
            filter_name, values = _read_pf(old_path)
            data, digest = _write_pf([filter_name, sorted(values, key=lambda v: v[0])])
            new_hash = f"{language}_{digest[:7]}"
            old_path.unlink()
            (bundle / "filter" / f"{new_hash}.pf_filter").write_bytes(data)
            new_filters.append([name, new_hash])
        meta[3] = new_filters
        data, digest = _write_pf(meta)
        meta_path.unlink()
        info["hash"] = f"{language}_{digest[:10]}"
        (bundle / f"pagefind.{info['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _index_checked(site_dir: Path, bundle: Bundle, attempts: int = 3) -> int:
    """Index one bundle, and check that Pagefind wrote every file whole.

    Once, under load, a bundle came out with an empty file (pagefind-ui.css)
    that was whole in every other run; an empty file is never right, so the
    bundle is made again rather than published broken.
    """
    folder = site_dir / bundle.folder
    for attempt in range(attempts):
        run_sync(_index(site_dir, bundle))
        empty = [p.name for p in folder.rglob("*") if p.is_file() and p.stat().st_size == 0]
        if not empty:
            make_filters_deterministic(folder)
            return _indexed_pages(folder)
        shutil.rmtree(folder)
    raise IndexError_(f"Pagefind wrote empty files in {bundle.folder}/ ({', '.join(empty[:5])}) {attempts} times.")


def build_index(site_dir: Path, bundles: list[Bundle], *, expected_pages: int | None = None) -> IndexReport:
    started = time.perf_counter()
    # One bundle after the other: running them at once would add their memory up.
    pages = sum(_index_checked(Path(site_dir).resolve(), bundle) for bundle in bundles)
    if expected_pages is not None and pages != expected_pages:
        raise IndexError_(f"Pagefind indexed {pages} pages, expected {expected_pages}.")
    return IndexReport(pages=pages, seconds=time.perf_counter() - started)
