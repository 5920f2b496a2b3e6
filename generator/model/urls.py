"""Stable URLs: every occupation URL ever published keeps working.

The register of published URLs (`published.json` in the snapshot) maps each
occupation id to its current slug, the slugs it had before, and enough to say
something useful once it is gone. From it the site gets:
- `/yrke/<id>/` for every occupation, sending the browser to its page;
- the old slugs of renamed occupations, sending the browser to the new page;
- a page at the URL of an occupation that disappeared, pointing to similar ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model.occupations import (
    Catalog,
    Occupation,
    Ref,
    id_url,
    occupation_url,
    page_path,
)


@dataclass(frozen=True)
class Redirect:
    path: str  # output path, e.g. "yrke/123/index.html"
    target: str  # the slug it sends the browser to
    name: str

    @property
    def url(self) -> str:
        """Where it sends the browser, relative to the site root."""
        return occupation_url(self.target)


@dataclass(frozen=True)
class Gone:
    id: int
    slug: str
    name: str
    similar: tuple[Ref, ...]

    @property
    def path(self) -> str:
        return page_path(occupation_url(self.slug))


@dataclass(frozen=True)
class PublishedUrls:
    register: dict[str, Any]  # the updated register, to keep with the snapshot
    redirects: list[Redirect]
    gone: list[Gone]


def _redirects_to(slug: str, name: str, record_id: int | str, old_slugs: list[str]) -> list[Redirect]:
    """/yrke/<id>/ and every old slug, sending the browser to the occupation's page at `slug`."""
    paths = [page_path(id_url(record_id))] + [page_path(occupation_url(old)) for old in old_slugs]
    return [Redirect(path, slug, name) for path in paths]


def update_register(previous: dict[str, Any], catalog: Catalog) -> PublishedUrls:
    register: dict[str, Any] = {}
    redirects: list[Redirect] = []
    current_slugs = {o.slug for o in catalog.occupations}
    for occupation in catalog.occupations:
        entry = _current_entry(previous.get(str(occupation.id), {}), occupation, current_slugs)
        register[str(occupation.id)] = entry
        redirects += _redirects_to(occupation.slug, occupation.name, occupation.id, entry["old_slugs"])
    gone = _gone(previous, register, catalog, current_slugs, redirects)
    redirects.sort(key=lambda r: r.path)
    gone.sort(key=lambda g: g.slug)
    return PublishedUrls(register=register, redirects=redirects, gone=gone)


def _current_entry(before: dict[str, Any], occupation: Occupation, current_slugs: set[str]) -> dict[str, Any]:
    """The register's entry of an occupation still published: its slug now, and the slugs it had before."""
    old_slugs = set(before.get("old_slugs", []))
    if before.get("slug") and before["slug"] != occupation.slug:
        old_slugs.add(before["slug"])
    old_slugs -= current_slugs  # a slug now used by a current occupation belongs to it
    return {
        "slug": occupation.slug, "name": occupation.name, "old_slugs": sorted(old_slugs),
        "similar": [r.id for r in occupation.similar], "removed": False,
    }


def _gone(
    previous: dict[str, Any], register: dict[str, Any], catalog: Catalog, current_slugs: set[str], redirects: list[Redirect],
) -> list[Gone]:
    """Occupations that were published once and are no longer: their URLs keep saying so.
    Adds their entries to `register` and their redirects to `redirects`."""
    by_id = {o.id: o for o in catalog.occupations}
    taken = current_slugs | {slug for entry in register.values() for slug in entry["old_slugs"]}
    gone: list[Gone] = []
    for key in sorted(previous.keys() - register.keys(), key=int):
        entry = register[key] = dict(previous[key], removed=True)
        if entry.get("slug") in taken:
            continue
        taken.add(entry["slug"])
        similar = tuple(Ref(i, by_id[i].name, by_id[i].slug) for i in entry.get("similar", []) if i in by_id)
        gone.append(Gone(int(key), entry["slug"], entry.get("name", ""), similar))
        old_slugs = [slug for slug in dict.fromkeys(entry.get("old_slugs", [])) if slug not in taken]
        taken.update(old_slugs)
        redirects += _redirects_to(entry["slug"], entry.get("name", ""), key, old_slugs)
    return gone
