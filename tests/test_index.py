"""The search index stage on its own, and the Pagefind service under it: the real Pagefind."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from pathlib import Path

import pytest

from generator.helpers.aio import run_sync
from generator.output.index import UNUSED_FILES, SearchIndex, _safe_path, plan_bundles
from generator.errors import SearchIndexError
from generator.helpers.pagefind_io import Service
from generator.errors import PagefindError
from pagefind.index import IndexConfig


def site_with_pages(sample_site: Path, dest: Path, count: int) -> list[str]:
    """A folder holding the first `count` occupation pages of the built sample; returns their slugs."""
    slugs = sorted(p.name for p in (sample_site / "yrken").iterdir())[:count]
    for slug in slugs:
        (dest / "yrken" / slug).mkdir(parents=True)
        shutil.copy(sample_site / "yrken" / slug / "index.html", dest / "yrken" / slug / "index.html")
    return slugs


def pagefind_children() -> list[int]:
    """Pagefind processes started by this test process and still running."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" (", 1)
            name, fields = rest.rsplit(") ", 1)
        except (OSError, ValueError):
            continue
        if name == "pagefind" and int(fields.split()[1]) == os.getpid() and fields.split()[0] != "Z":
            found.append(int(pid))
    return found


def test_bundles_are_indexed_one_after_the_other_and_written(tmp_path: Path, sample_site: Path) -> None:
    slugs = site_with_pages(sample_site, tmp_path, 40)
    bundles = plan_bundles(slugs, max_pages=15)
    assert len(bundles) >= 3
    with SearchIndex(tmp_path, bundles) as search:
        report = search.wait(expected_pages=40)
    counts = []
    for bundle in bundles:
        folder = tmp_path / bundle.folder
        entry = json.loads((folder / "pagefind-entry.json").read_bytes())
        counts.append(entry["languages"]["sv"]["page_count"])
        assert counts[-1] == sum(1 for slug in slugs if slug.startswith(bundle.prefixes))
        assert (folder / "pagefind.js").is_file() and len(list((folder / "fragment").iterdir())) == counts[-1]
        assert not [p.name for p in folder.iterdir() if p.name.startswith(UNUSED_FILES)]
        assert all(p.stat().st_size > 0 for p in folder.rglob("*") if p.is_file())
    assert report.pages == sum(counts) == 40


def test_a_wrong_page_count_fails(tmp_path: Path, sample_site: Path) -> None:
    slugs = site_with_pages(sample_site, tmp_path, 5)
    with pytest.raises(SearchIndexError, match="indexed 5 pages, expected 6"):
        with SearchIndex(tmp_path, plan_bundles(slugs)) as search:
            search.wait(expected_pages=6)


@pytest.mark.timeout(60)
def test_a_pagefind_that_dies_fails_what_waits_for_it_instead_of_hanging(sample_site: Path) -> None:
    async def scenario() -> None:
        service = await Service().launch()
        index = await service.create_index(IndexConfig(force_language="sv"))
        reading = asyncio.ensure_future(index.add_directory(str(sample_site), glob="yrken/*/index.html"))
        await asyncio.sleep(0.02)
        service._backend.kill()
        with pytest.raises(PagefindError, match="Pagefind stopped answering"):
            await reading
        await service.close()

    run_sync(scenario())
    assert pagefind_children() == []


@pytest.mark.timeout(60)
def test_an_error_while_indexing_leaves_no_pagefind_running(tmp_path: Path, sample_site: Path) -> None:
    slugs = site_with_pages(sample_site, tmp_path, 200)
    with pytest.raises(RuntimeError, match="a template failed"):
        with SearchIndex(tmp_path, plan_bundles(slugs)) as search:
            search.all_written()
            while not pagefind_children():  # Pagefind is at work
                pass
            raise RuntimeError("a template failed")
    assert pagefind_children() == []
    assert not (tmp_path / "pagefind").exists()


@pytest.mark.parametrize("name", ["../index.html", "/etc/passwd", "fragment/../../x", ""])
def test_pagefind_file_names_stay_in_their_folder(name: str) -> None:
    with pytest.raises(SearchIndexError, match="outside its folder"):
        _safe_path(name)


def test_a_fed_index_is_the_same_as_one_read_after_the_pages_were_written(tmp_path: Path, sample_site: Path) -> None:
    """A full build hands Pagefind each letter's pages as soon as they are written; an incremental one
    once all are. Both must make the same bundle, byte for byte."""
    slugs = site_with_pages(sample_site, tmp_path / "source", 120)
    pages = [(f"yrken/{slug}/index.html", (tmp_path / "source" / "yrken" / slug / "index.html").read_bytes())
             for slug in slugs]
    assert len({slug[0] for slug in slugs}) >= 3
    made = {}
    for way in ("fed", "after"):
        site = tmp_path / way
        with SearchIndex(site, plan_bundles(slugs)) as search:
            written = search.feed(iter(pages)) if way == "fed" else iter(pages)
            for path, data in written:
                (site / path).parent.mkdir(parents=True)
                (site / path).write_bytes(data)
            assert search.wait(expected_pages=120).pages == 120
        made[way] = {str(p.relative_to(site)): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    assert made["fed"] == made["after"]


def test_a_fed_group_is_read_only_once_its_last_page_is_written(tmp_path: Path, sample_site: Path) -> None:
    slugs = site_with_pages(sample_site, tmp_path / "source", 30)
    first_letter = slugs[0][0]
    pages = [(f"yrken/{slug}/index.html", b"") for slug in slugs]
    search = SearchIndex(tmp_path / "site", plan_bundles(slugs))
    announced = []
    search._announce = lambda bundle, group: announced.append(group)  # type: ignore[method-assign]
    fed = search.feed(iter(pages))
    for path, _ in fed:
        slug = path.split("/")[1]
        # While a page is being written, its own letter is never handed over yet.
        assert slug[0] not in announced
        if slug[0] != first_letter:
            assert first_letter in announced
    assert announced == sorted({slug[0] for slug in slugs})


def test_everything_pagefind_reads_on_a_page_stands_inside_its_root(sample_site: Path) -> None:
    """Pagefind reads only inside ROOT_SELECTOR (`<main>`), so a filter, weight or metadata attribute
    outside it would be lost without a word: there is none, on any page of the site."""
    from bs4 import BeautifulSoup

    from generator.output.index import ROOT_SELECTOR

    pages = sorted(sample_site.rglob("*.html"))
    marked = 0
    for page in pages:
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for element in soup.find_all(lambda tag: any(a.startswith("data-pagefind") for a in tag.attrs)):
            marked += 1
            assert element.name == ROOT_SELECTOR or element.find_parent(ROOT_SELECTOR), (page, element.name, element.attrs)
    assert marked > len(list((sample_site / "yrken").glob("*/index.html")))  # the occupation pages at least
