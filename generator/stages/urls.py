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

from generator.stages.model import Catalog, Ref


@dataclass(frozen=True)
class Redirect:
    path: str  # output path, e.g. "yrke/123/index.html"
    target: str  # the slug it sends the browser to
    name: str


@dataclass(frozen=True)
class Gone:
    id: int
    slug: str
    name: str
    similar: tuple[Ref, ...]


@dataclass(frozen=True)
class PublishedUrls:
    register: dict[str, Any]  # the updated register, to keep with the snapshot
    redirects: list[Redirect]
    gone: list[Gone]


def update_register(previous: dict[str, Any], catalog: Catalog) -> PublishedUrls:
    register: dict[str, Any] = {}
    by_id = {o.id: o for o in catalog.occupations}
    current_slugs = {o.slug for o in catalog.occupations}
    redirects: list[Redirect] = []
    gone: list[Gone] = []

    for occupation in catalog.occupations:
        before = previous.get(str(occupation.id), {})
        old_slugs = set(before.get("old_slugs", []))
        if before.get("slug") and before["slug"] != occupation.slug:
            old_slugs.add(before["slug"])
        old_slugs -= current_slugs  # a slug now used by a current occupation belongs to it
        register[str(occupation.id)] = {
            "slug": occupation.slug, "name": occupation.name, "old_slugs": sorted(old_slugs),
            "similar": [r.id for r in occupation.similar], "removed": False,
        }
        redirects.append(Redirect(f"yrke/{occupation.id}/index.html", occupation.slug, occupation.name))
        redirects.extend(Redirect(f"yrken/{slug}/index.html", occupation.slug, occupation.name) for slug in sorted(old_slugs))

    taken = current_slugs | {slug for entry in register.values() for slug in entry["old_slugs"]}
    for key in sorted(previous.keys() - register.keys(), key=int):
        entry = dict(previous[key], removed=True)
        register[key] = entry
        if entry.get("slug") in taken:
            continue
        taken.add(entry["slug"])
        similar = tuple(Ref(i, by_id[i].name, by_id[i].slug) for i in entry.get("similar", []) if i in by_id)
        gone.append(Gone(int(key), entry["slug"], entry.get("name", ""), similar))
        redirects.append(Redirect(f"yrke/{key}/index.html", entry["slug"], entry.get("name", "")))
        for slug in entry.get("old_slugs", []):
            if slug not in taken:
                taken.add(slug)
                redirects.append(Redirect(f"yrken/{slug}/index.html", entry["slug"], entry.get("name", "")))
    redirects.sort(key=lambda r: r.path)
    gone.sort(key=lambda g: g.slug)
    return PublishedUrls(register=register, redirects=redirects, gone=gone)
