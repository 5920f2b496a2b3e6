"""The build: one function per command, reading top to bottom like the pipeline.

    fetch -> snapshot -> model -> render -> index -> publish
"""

from __future__ import annotations

import hashlib
import sys
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, TextIO

from generator import __version__
from generator.config import ApiSettings, LabourSettings, SiteSettings, labour_settings_from_env
from generator.errors import YrkesinfoError
from generator.helpers.atomic import deferred_interrupts, folder_beside, replace_dir
from generator.output.publish import check_no_secret, check_site, link_tree, publish, remove_paths, write_files
from generator.snapshot.store import Snapshot, read_snapshot, stage_snapshot, write_snapshot
from generator.incremental.state import check_out, check_snapshot_folder, read_state
from generator.incremental.unchanged import UNCHANGED, check_inputs, hash_code_and_content
from generator.incremental.work import Work

# The other stages are imported where they are used: an unchanged build needs none of them, and
# importing them (httpx, Jinja2, Pillow, asyncio, Pagefind's wrapper) would be most of its time.
if TYPE_CHECKING:
    from generator.model.changes import ChangeReport
    from generator.fetch.api import FetchOptions, FetchReport
    from generator.sources.fetch import LabourOptions, LabourReport
    from generator.sources.labour import LabourData, SourceState
    from generator.model.occupations import Problem
    from generator.site.render import PageJob

REQUIRED_FILES = ["index.html", "404.html", "sok/index.html", "omraden/index.html", "sitemap.xml",
                  "robots.txt", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"]
WARNINGS_SHOWN = 20  # in the report; --verbose shows all


class BuildError(YrkesinfoError):
    """The build cannot publish a good site. The message is safe to print."""


@dataclass
class Outcome:
    """What a run has changed so far, so that an error or Ctrl-C at any step is reported truthfully."""

    keeps_snapshot: bool = False  # a live build: the snapshot is saved after the site
    site_published: bool = False
    snapshot_saved: bool = False

    def after_failure(self) -> str:
        if not self.site_published:
            return "Nothing was published; the previous site and snapshot are untouched."
        if self.keeps_snapshot and not self.snapshot_saved:
            return ("The new site was published, but its snapshot was not saved: the next live build "
                    "starts from the previous snapshot.")
        return "The new site and snapshot were published." if self.keeps_snapshot else "The new site was published."


@dataclass
class BuildReport:
    occupations: int = 0
    pages: int = 0
    indexed: int = 0
    left_out: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    fetch: FetchReport | None = None
    changes: ChangeReport | None = None
    sources: dict[str, SourceState] = field(default_factory=dict)  # the labour-market sources
    labour_fetch: list[str] = field(default_factory=list)
    published: bool = False
    unchanged: bool = False

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.timings[stage] = time.perf_counter() - started

    def unchanged_from(self, state: dict) -> "BuildReport":
        """Nothing to do: the site was built from this very snapshot with this very code."""
        self.unchanged = self.published = True
        return self

    def lines(self, verbose: bool = False) -> list[str]:
        lines = [str(p) + " (left out)" for p in self.left_out]
        shown = self.warnings if verbose else self.warnings[:WARNINGS_SHOWN]
        lines += [f"warning: {p}" for p in shown]
        if len(shown) < len(self.warnings):
            lines.append(f"  ... and {len(self.warnings) - len(shown)} more warnings (--verbose lists them all)")
        if self.fetch:
            lines.append(self.fetch.summary())
        lines += self.labour_fetch
        lines += [f"source {state.describe()}" for state in self.sources.values()]
        if self.changes:
            lines.append(self.changes.summary())
            for kind in ("added", "changed", "removed"):
                for item in getattr(self.changes, kind):
                    fields = f" ({', '.join(item['fields'])})" if item.get("fields") else ""
                    lines.append(f"  {kind}: {item['id']} {item['name']}{fields}")
        if self.unchanged:
            lines.append(UNCHANGED)
            return lines
        timing = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in self.timings.items())
        lines.append(
            f"build: {self.occupations} occupations, {len(self.left_out)} left out, "
            f"{len(self.warnings)} warnings, {self.pages} files, {self.indexed} indexed; {timing}"
        )
        return lines


def environment_key(site: SiteSettings, sample: bool, bundles: list[str]) -> str:
    """A hash of everything besides the snapshot that shapes the output: templates,
    content pages, settings, the generator's own code and the minifiers'. When it changes, all is rebuilt."""
    digest = hashlib.sha256(repr((site, sample, bundles, __version__)).encode())
    hash_code_and_content(digest)
    return digest.hexdigest()


def build_from_snapshot(
    snapshot: Snapshot, out: Path, site: SiteSettings, *, log: TextIO = sys.stderr, secrets: tuple[str, ...] = (),
    outcome: Outcome | None = None, before_publish: Callable[[], None] = lambda: None, inputs: str | None = None,
) -> BuildReport:
    """model -> render -> index -> publish, for a snapshot already in hand.

    Incremental: the last build's state (a key per output file) is kept in the
    site. An unchanged snapshot touches nothing; a changed one starts from hard
    links to the published files and renders only the files whose inputs
    changed. Either way the result replaces `out` only when complete, and
    never when a file holds one of `secrets`; `before_publish` runs just before
    the swap, and `outcome` records that it happened. `inputs` (see `unchanged.inputs_key`), when
    given, is kept in the state for the next build to compare.
    Updates `snapshot.published` with the URLs this build publishes.
    """
    out, report = Path(out), BuildReport()
    state = read_state(out) if out.is_dir() else None
    # The snapshot as given, before this build adds its URLs to the register: when it and the
    # environment are what the last build had, the output would be the same, so the model is skipped too.
    given = snapshot.fingerprint()
    if state and given in (state.get("given"), state.get("snapshot")) and state.get("environment") == environment_key(
        site, snapshot.is_sample, state.get("bundles", [])
    ):
        return report.unchanged_from(state)

    with report.timed("model"):
        catalog = _model(snapshot, report)
        labour = _labour(snapshot, report)
        urls, bundles = _register_and_bundles(snapshot, catalog)
        folders = [b.folder for b in bundles]
        new_state = {"snapshot": snapshot.fingerprint(), "given": given, "bundles": folders,
                     "environment": environment_key(site, snapshot.is_sample, folders)}
        if inputs:
            new_state["inputs"] = inputs
    if state and all(state.get(k) == new_state[k] for k in ("snapshot", "environment")):
        return report.unchanged_from(state)

    with report.timed("plan"):
        jobs = _plan(catalog, site, snapshot, urls, folders, report, labour)
        work = Work.since(state, jobs, new_state["environment"], bundles)

    with folder_beside(out, "building") as staged:
        _start_from(staged, out, work, old_bundles=[f for f in (state or {}).get("bundles", []) if f not in folders])
        _write_and_index(staged, work, report)
        built_state = {**new_state, "pages": work.keys, "bundle_keys": work.bundle_keys}
        check_site(staged, REQUIRED_FILES)
        check_no_secret(staged, secrets)
        before_publish()
        with deferred_interrupts():
            publish(staged, out, built_state)
            report.published = True
            if outcome is not None:
                outcome.site_published = True
    return report


def _model(snapshot: Snapshot, report: BuildReport):
    """The snapshot as typed occupations; what was left out or dropped goes into the report."""
    from generator.model.occupations import build_catalog

    catalog = build_catalog(snapshot)
    report.left_out, report.warnings = catalog.left_out, [p for p in catalog.problems if not p.fatal]
    report.occupations = len(catalog.occupations)
    if not catalog.occupations:
        raise BuildError("The snapshot has no usable occupations; nothing was published.")
    return catalog


def _register_and_bundles(snapshot: Snapshot, catalog):
    """Every URL ever published, this build's added (into `snapshot.published`), and the search bundles."""
    from generator.output.index import plan_bundles
    from generator.model.urls import update_register

    urls = update_register(snapshot.published, catalog)
    snapshot.published = urls.register
    return urls, plan_bundles([o.slug for o in catalog.occupations])


def _labour(snapshot: Snapshot, report: BuildReport) -> LabourData:
    """The labour-market sources' data for the pages; the state of each source goes into the report."""
    from generator.sources.labour import LabourData

    labour = LabourData.from_snapshot(snapshot)
    report.sources = labour.sources
    return labour


def _plan(catalog, site: SiteSettings, snapshot: Snapshot, urls, folders: list[str], report: BuildReport,
          labour: LabourData) -> Iterator[PageJob]:
    """Every file of the site as a job that knows its inputs' key and how to make its bytes."""
    from generator.site.images import plan_pictures
    from generator.site.plan import plan_site

    pictures, image_problems = plan_pictures(catalog, snapshot.images)
    report.warnings += image_problems
    return plan_site(catalog, site, sample=snapshot.is_sample, urls=urls, history=snapshot.history,
                     search_bundles=tuple(folders), pictures=pictures, images=snapshot.images, labour=labour)


def _start_from(staged: Path, out: Path, work: Work, old_bundles: list[str]) -> None:
    """An incremental build starts from hard links to the published site, less what is remade whole
    (the bundles to re-index) and the old pages under yrken/ that are no occupation's now."""
    if work.incremental:
        link_tree(out, staged, skip=[*(b.folder for b in work.reindex), *old_bundles])
        remove_paths(staged, work.stale)


def _write_and_index(staged: Path, work: Work, report: BuildReport) -> None:
    """The occupation pages first, in path order: when the index is remade, Pagefind reads them a
    letter at a time while the rest is written; a full build hands it each letter once written."""
    from generator.output.index import SearchIndex

    started = time.perf_counter()
    pages = ((job.path, job.make()) for job in sorted(work.first, key=lambda job: job.path))
    with SearchIndex(staged, work.reindex) if work.reindex else nullcontext() as search:
        # An incremental build starts from the last site's pages: Pagefind waits until all are new.
        report.pages = write_files(staged, search.feed(pages) if search and not work.incremental else pages)
        if search:
            search.all_written()
        report.pages += write_files(staged, ((job.path, job.make()) for job in work.rest))
        if work.incremental:
            remove_paths(staged, work.removed)
        report.timings["render"] = time.perf_counter() - started
        if search:
            report.indexed = search.wait(expected_pages=sum(b.pages for b in work.reindex)).pages
            report.timings["index"] = time.perf_counter() - started - report.timings["render"]


def build(
    snapshot_dir: Path, out: Path, site: SiteSettings, *, log: TextIO = sys.stderr, force: bool = False,
    outcome: Outcome | None = None,
) -> BuildReport:
    """`yrkesinfo build`: a site from a snapshot folder, offline; nothing is read into memory when
    the site in `out` was built from these very files."""
    # The key is taken before the snapshot is read: a file changed while this build runs then makes
    # the next build rebuild, rather than pass for what was built.
    inputs, unchanged = check_inputs(snapshot_dir, out, site.source, force=force)
    if unchanged:
        return BuildReport().unchanged_from(unchanged)
    return build_from_snapshot(read_snapshot(snapshot_dir), out, site, log=log, outcome=outcome, inputs=inputs)


def fetch(
    settings: ApiSettings, out: Path, *, options: FetchOptions | None = None, log: TextIO = sys.stderr, quiet: bool = False,
    labour: LabourSettings | None = None, labour_options: LabourOptions | None = None, force: bool = False,
) -> tuple[FetchReport, LabourReport]:
    """`yrkesinfo fetch`: a snapshot folder from the API and the labour-market sources;
    the previous one there is the fallback."""
    check_snapshot_folder(out, force=force)
    previous = read_snapshot(out) if (Path(out) / "yrken.json").is_file() else None
    snapshot, report, labour_report = _fetch_all(settings, previous, options, labour, labour_options, log=log, quiet=quiet)
    _carry_over(previous, snapshot)
    write_snapshot(snapshot, out)
    return report, labour_report


def _fetch_all(
    settings: ApiSettings, previous: Snapshot | None, options: FetchOptions | None, labour: LabourSettings | None,
    labour_options: LabourOptions | None, *, log: TextIO, quiet: bool,
) -> tuple[Snapshot, FetchReport, LabourReport]:
    """The API and the open-data sources at the same time, within one deadline: Yrkesinfo must answer;
    the sources may fail (see sources.fetch)."""
    from generator.helpers.aio import run_sync
    from generator.fetch.api import FetchOptions
    from generator.sources.fetch import LabourOptions, fetch_with_sources

    return run_sync(fetch_with_sources(
        settings, previous, options=options or FetchOptions(), labour=labour or labour_settings_from_env(),
        labour_options=labour_options or LabourOptions(), log=log, quiet=quiet,
    ))


def _carry_over(previous: Snapshot | None, snapshot: Snapshot) -> ChangeReport:
    """The site's memory moves to the new snapshot: published URLs, and the history with this change added."""
    from generator.model.changes import add_to_history, compare

    changes = compare(previous, snapshot)
    snapshot.published = previous.published if previous else {}
    snapshot.history = add_to_history(previous.history if previous else [], changes)
    return changes


def build_live(
    settings: ApiSettings, snapshot_dir: Path, out: Path, site: SiteSettings, *,
    options: FetchOptions | None = None, log: TextIO = sys.stderr, quiet: bool = False,
    labour: LabourSettings | None = None, labour_options: LabourOptions | None = None, force: bool = False,
    outcome: Outcome | None = None,
) -> BuildReport:
    """`yrkesinfo build --live`: fetch, build, publish; keep the snapshot only if all of it worked.

    The new snapshot is written beside the kept one before the site is swapped in, and swapped in
    right after it, so a full disk stops the run while nothing is published yet."""
    check_out(out, snapshot_dir, force=force)
    check_snapshot_folder(snapshot_dir, force=force)
    outcome = outcome or Outcome()
    outcome.keeps_snapshot = True
    previous = read_snapshot(snapshot_dir) if (Path(snapshot_dir) / "yrken.json").is_file() else None
    started = time.perf_counter()
    snapshot, fetch_report, labour_report = _fetch_all(settings, previous, options, labour, labour_options, log=log, quiet=quiet)
    fetch_seconds = time.perf_counter() - started
    changes = _carry_over(previous, snapshot)
    with folder_beside(snapshot_dir, "writing") as staged:
        report = build_from_snapshot(snapshot, out, site, log=log, secrets=(settings.client_secret,), outcome=outcome,
                                     before_publish=lambda: stage_snapshot(snapshot, staged))
        if not report.published or report.unchanged:  # no swap happened, so the hook did not run
            stage_snapshot(snapshot, staged)
        with deferred_interrupts():
            replace_dir(staged, snapshot_dir)
            outcome.snapshot_saved = True
    report.fetch, report.changes, report.labour_fetch = fetch_report, changes, labour_report.lines()
    report.timings = {"fetch": fetch_seconds, **report.timings}
    return report
