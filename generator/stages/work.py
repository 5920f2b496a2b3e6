"""What a build must write and index, given the last build's state: the incremental part of the pipeline.

Every file has a key (a hash of its inputs); a file is rewritten only when its key changed, and a
search bundle is re-indexed only when the key of one of its pages did.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:
    from generator.stages.index import Bundle
    from generator.stages.render import PageJob


def is_occupation_page(path: str) -> bool:
    return path.startswith("yrken/")


def bundle_keys_of(bundles: list[Bundle], keys: dict[str, str]) -> dict[str, str]:
    """A key per search bundle, from the keys of the pages its glob reads (those under yrken/ it holds)."""
    digests = {bundle.folder: hashlib.sha256() for bundle in bundles}
    for path in sorted(p for p in keys if is_occupation_page(p)):
        slug = path.split("/")[1]
        for bundle in bundles:
            if bundle.holds(slug):
                digests[bundle.folder].update(f"{path}\0{keys[path]}\n".encode())
    return {folder: digest.hexdigest() for folder, digest in digests.items()}


@dataclass
class Work:
    """What this build must write, given the last one: every file when the environment changed."""

    changed: Iterable[PageJob]  # in the plan's order, the occupation pages first
    removed: list[str]
    incremental: bool
    reindex: list[Bundle]
    _keys: dict[str, str] | list[PageJob]

    @property
    def keys(self) -> dict[str, str]:
        """A key per file; a full build computes them after writing, off the path to indexing."""
        if isinstance(self._keys, list):
            self._keys = {job.path: job.key() for job in self._keys}
        return self._keys

    @classmethod
    def since(cls, state: dict | None, jobs: Iterator[PageJob], environment: str, bundles: list[Bundle]) -> "Work":
        if not state or state.get("environment") != environment:
            written: list[PageJob] = []
            return cls(_recorded(jobs, written), [], False, bundles, written)
        planned = list(jobs)
        keys = {job.path: job.key() for job in planned}
        old_keys: dict[str, str] = state["pages"]
        changed = [job for job in planned if old_keys.get(job.path) != keys[job.path]]
        removed = sorted(old_keys.keys() - keys.keys())
        # Pagefind has no incremental mode, so a bundle is remade whole, but only when one of its pages
        # was added, changed or removed.
        bundle_keys, old_bundle_keys = bundle_keys_of(bundles, keys), state.get("bundle_keys", {})
        reindex = [b for b in bundles if old_bundle_keys.get(b.folder) != bundle_keys[b.folder]]
        return cls(changed, removed, True, reindex, keys)


def _recorded(jobs: Iterator[PageJob], seen: list[PageJob]) -> Iterator[PageJob]:
    for job in jobs:
        seen.append(job)
        yield job


def occupation_pages_first(jobs: Iterable[PageJob]) -> tuple[list[PageJob], Iterator[PageJob]]:
    """The pages under yrken/ to write before Pagefind reads that folder, and the rest.

    From a list (an incremental build, which starts from the last site's files) every page under
    yrken/, so Pagefind never reads an old one. From the plan itself (a full build, into an empty
    folder) the occupation pages it starts with, so the rest is planned while Pagefind works; what
    comes under yrken/ later (redirects, pages of removed occupations) has no data-pagefind-body,
    so Pagefind leaves it out of the index."""
    if isinstance(jobs, list):
        return [j for j in jobs if is_occupation_page(j.path)], (j for j in jobs if not is_occupation_page(j.path))
    rest = iter(jobs)
    first: list[PageJob] = []
    for job in rest:
        if not is_occupation_page(job.path):
            return first, itertools.chain([job], rest)
        first.append(job)
    return first, rest
