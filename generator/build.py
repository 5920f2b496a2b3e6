"""The build: one function per command, reading top to bottom like the pipeline.

    fetch -> snapshot -> model -> render -> index -> publish
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from generator.aio import run_sync
from generator.atomic import folder_beside
from generator.config import ApiSettings, SiteSettings
from generator.fetch import FetchOptions, FetchReport, fetch_snapshot
from generator.index import build_index, plan_bundles
from generator.model import Problem, build_catalog
from generator.publish import check_site, publish, write_files
from generator.render import render_site
from generator.snapshot import Snapshot, read_snapshot, write_snapshot

REQUIRED_FILES = ["index.html", "404.html", "sok/index.html", "omraden/index.html", "sitemap.xml",
                  "robots.txt", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"]


class BuildError(Exception):
    """The build cannot publish a good site. The message is safe to print."""


@dataclass
class BuildReport:
    occupations: int = 0
    pages: int = 0
    indexed: int = 0
    left_out: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    fetch: FetchReport | None = None
    published: bool = False

    def lines(self) -> list[str]:
        lines = [str(p) + " (left out)" for p in self.left_out]
        if self.fetch:
            lines.append(self.fetch.summary())
        timing = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in self.timings.items())
        lines.append(
            f"build: {self.occupations} occupations, {len(self.left_out)} left out, "
            f"{len(self.warnings)} warnings, {self.pages} files, {self.indexed} indexed; {timing}"
        )
        return lines


def build_from_snapshot(snapshot: Snapshot, out: Path, site: SiteSettings, *, log: TextIO = sys.stderr) -> BuildReport:
    """model -> render -> index -> publish, for a snapshot already in hand."""
    report = BuildReport()
    started = time.perf_counter()
    catalog = build_catalog(snapshot)
    report.left_out, report.warnings = catalog.left_out, [p for p in catalog.problems if not p.fatal]
    report.occupations = len(catalog.occupations)
    if not catalog.occupations:
        raise BuildError("The snapshot has no usable occupations; nothing was published.")
    report.timings["model"] = time.perf_counter() - started

    with folder_beside(out, "building") as staged:
        started = time.perf_counter()
        bundles = plan_bundles([o.slug for o in catalog.occupations])
        report.pages = write_files(staged, render_site(
            catalog, site, sample=snapshot.is_sample, search_bundles=tuple(b.folder for b in bundles),
        ))
        report.timings["render"] = time.perf_counter() - started
        index = build_index(staged, bundles, expected_pages=len(catalog.occupations))
        report.indexed = index.pages
        report.timings["index"] = index.seconds
        check_site(staged, REQUIRED_FILES)
        publish(staged, out)
    report.published = True
    return report


def build(snapshot_dir: Path, out: Path, site: SiteSettings, *, log: TextIO = sys.stderr) -> BuildReport:
    """`yrkesinfo build`: a site from a snapshot folder, offline."""
    return build_from_snapshot(read_snapshot(snapshot_dir), out, site, log=log)


def fetch(
    settings: ApiSettings, out: Path, *, options: FetchOptions = FetchOptions(), log: TextIO = sys.stderr, quiet: bool = False,
) -> FetchReport:
    """`yrkesinfo fetch`: a snapshot folder from the API; the previous one there is the fallback."""
    previous = read_snapshot(out) if (Path(out) / "yrken.json").is_file() else None
    snapshot, report = run_sync(fetch_snapshot(settings, previous=previous, options=options, log=log, quiet=quiet))
    write_snapshot(snapshot, out)
    return report


def build_live(
    settings: ApiSettings, snapshot_dir: Path, out: Path, site: SiteSettings, *,
    options: FetchOptions = FetchOptions(), log: TextIO = sys.stderr, quiet: bool = False,
) -> BuildReport:
    """`yrkesinfo build --live`: fetch, build, publish; keep the snapshot only if all of it worked."""
    previous = read_snapshot(snapshot_dir) if (Path(snapshot_dir) / "yrken.json").is_file() else None
    started = time.perf_counter()
    snapshot, fetch_report = run_sync(fetch_snapshot(settings, previous=previous, options=options, log=log, quiet=quiet))
    fetch_seconds = time.perf_counter() - started
    report = build_from_snapshot(snapshot, out, site, log=log)
    report.fetch = fetch_report
    report.timings = {"fetch": fetch_seconds, **report.timings}
    write_snapshot(snapshot, snapshot_dir)
    return report
