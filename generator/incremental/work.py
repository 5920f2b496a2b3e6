"""What a build must write and index, given the last build's state: the incremental part of the pipeline.

Every file has a key (a hash of its inputs); a file is rewritten only when its key changed, and a
search bundle is re-indexed only when the key of one of its pages did.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from generator.output.index import Bundle
    from generator.site.render import PageJob


def is_occupation_page(path: str) -> bool:
    return path.startswith("yrken/")


def bundle_keys_of(bundles: list[Bundle], keys: dict[str, str]) -> dict[str, str]:
    """A key per search bundle, from the keys of the occupation pages it holds (`keys`: those pages'
    keys only; what else stands under yrken/, redirects and pages of removed occupations, has no
    data-pagefind-body, so it is not in the index)."""
    digests = {bundle.folder: hashlib.sha256() for bundle in bundles}
    for path in sorted(keys):
        slug = path.split("/")[1]
        for bundle in bundles:
            if bundle.holds(slug):
                digests[bundle.folder].update(f"{path}\0{keys[path]}\n".encode())
    return {folder: digest.hexdigest() for folder, digest in digests.items()}


@dataclass
class Work:
    """What this build must write, given the last one: every file when the environment changed.

    The plan starts with the occupation pages (`first`): once they are written, Pagefind can read
    them while the rest (`rest`) is planned and written. An incremental build knows which bundles to
    re-index from the occupation pages alone, so it plans the rest only then too; `keys` and
    `removed` are known once `rest` has been gone through."""

    first: list[PageJob]  # the occupation pages to write, in the plan's order
    rest: Iterator[PageJob]  # the other files to write, planned as they are asked for
    incremental: bool
    reindex: list[Bundle]
    stale: list[str]  # pages of the last site under yrken/ that are no occupation's now
    _keys: dict[str, str]
    _bundle_keys: dict[str, str] | None = None
    _removed: list[str] | None = None
    _written: list[PageJob] | None = None  # a full build's files, whose keys come after writing

    @property
    def keys(self) -> dict[str, str]:
        """A key per file (once `rest` is done); a full build computes them after writing, off the path to indexing."""
        if self._written is not None:
            self._keys.update((job.path, job.key()) for job in self._written)
            self._written = None
        return self._keys

    @property
    def bundle_keys(self) -> dict[str, str]:
        if self._bundle_keys is None:
            self._bundle_keys = bundle_keys_of(self.reindex, {job.path: job.key() for job in self.first})
        return self._bundle_keys

    @property
    def removed(self) -> list[str]:
        """The last site's files that this one does not have (once `rest` is done)."""
        assert self._removed is not None, "the rest of the plan is not done yet"
        return self._removed

    @classmethod
    def since(cls, state: dict | None, jobs: Iterator[PageJob], environment: str, bundles: list[Bundle]) -> "Work":
        first, rest = occupation_pages_first(jobs)
        if not state or state.get("environment") != environment:
            work = cls(first, iter(()), False, bundles, [], {}, _written=list(first))
            work.rest = work._full(rest)
            return work
        old_keys: dict[str, str] = state["pages"]
        keys = {job.path: job.key() for job in first}
        # Pagefind has no incremental mode, so a bundle is remade whole, but only when one of its pages
        # was added, changed or removed.
        bundle_keys, old_bundle_keys = bundle_keys_of(bundles, keys), state.get("bundle_keys", {})
        reindex = [b for b in bundles if old_bundle_keys.get(b.folder) != bundle_keys[b.folder]]
        # Deleted before Pagefind reads yrken/, so it never reads an old occupation's page; written again
        # when the plan still has them (a redirect, the page of a removed occupation).
        stale = sorted(p for p in old_keys if is_occupation_page(p) and p not in keys)
        changed = [job for job in first if old_keys.get(job.path) != keys[job.path]]
        work = cls(changed, iter(()), True, reindex, stale, keys, _bundle_keys=bundle_keys)
        work.rest = work._changed(rest, old_keys)
        return work

    def _full(self, rest: Iterator[PageJob]) -> Iterator[PageJob]:
        for job in rest:
            self._written.append(job)
            yield job
        self._removed = []

    def _changed(self, rest: Iterator[PageJob], old_keys: dict[str, str]) -> Iterator[PageJob]:
        stale = set(self.stale)
        for job in rest:
            key = self._keys[job.path] = job.key()
            if old_keys.get(job.path) != key or job.path in stale:
                yield job
        self._removed = sorted(old_keys.keys() - self._keys.keys())


def occupation_pages_first(jobs: Iterator[PageJob]) -> tuple[list[PageJob], Iterator[PageJob]]:
    """The plan's leading pages under yrken/, the occupation pages, and the rest, still to be planned;
    what comes under yrken/ later (redirects, pages of removed occupations) has no data-pagefind-body,
    so Pagefind leaves it out of the index."""
    rest = iter(jobs)
    first: list[PageJob] = []
    for job in rest:
        if not is_occupation_page(job.path):
            return first, itertools.chain([job], rest)
        first.append(job)
    return first, rest
