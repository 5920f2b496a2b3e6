"""Each occupation's slug, honouring the register of published URLs.

A URL once published stays with its occupation for as long as that occupation exists: its
current slug and the old slugs it redirects from are its own. So an occupation keeps the slug
it was published under while its name still gives it; one renamed back takes its old slug
again; and any other whose name would give a slug someone else holds (a newcomer, or a rename
such as "Advokåt" beside "Advokat") gets the slug with its id appended. With no register (a
first build), the lowest id of a name gets the plain slug, as it always did.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Iterable, Protocol

from generator.helpers.text import make_slug


class _Sluggable(Protocol):
    id: int
    name: str
    slug: str


def assign_slugs(occupations: Iterable[_Sluggable], register: dict[str, Any] | None = None) -> None:
    """Set `slug` on every occupation: unique, stable, and never one the register gives to another."""
    occupations = sorted(occupations, key=lambda o: o.id)
    present = {str(o.id) for o in occupations}
    owners = _owners(register or {}, present)
    bases = {o.id: make_slug(o.name) or f"yrke-{o.id}" for o in occupations}
    assigned: set[str] = set()
    waiting = []
    for occupation in occupations:  # first, those the register already gives their slug
        slug = _kept_slug((register or {}).get(str(occupation.id)), bases[occupation.id], occupation.id, owners)
        if slug and slug not in assigned:
            occupation.slug = slug
            assigned.add(slug)
        else:
            waiting.append(occupation)
    by_base: dict[str, list[_Sluggable]] = defaultdict(list)
    for occupation in waiting:
        by_base[bases[occupation.id]].append(occupation)
    reserved = set(bases.values())  # a suffixed slug never takes another occupation's plain one
    for base, group in by_base.items():
        for occupation in group:  # in id order
            occupation.slug = _new_slug(base, occupation.id, assigned, reserved, owners)
            assigned.add(occupation.slug)


def _new_slug(base: str, record_id: int, assigned: set[str], reserved: set[str], owners: dict[str, int]) -> str:
    """The plain slug if no one has it or holds it, else the slug with the id (and "-x" while taken)."""
    if base not in assigned and owners.get(base, record_id) == record_id:
        return base
    candidate = f"{base}-{record_id}"
    while candidate in assigned or candidate in reserved or owners.get(candidate, record_id) != record_id:
        candidate += "-x"
    return candidate


def _owners(register: dict[str, Any], present: set[str]) -> dict[str, int]:
    """slug -> id of the occupation still present that the register gives it (current or old)."""
    owners: dict[str, int] = {}
    for key in sorted((k for k in register if k in present), key=int):
        entry = register[key]  # one removed and back again is present: its URLs are its own again
        if not isinstance(entry, dict):
            continue
        for slug in [entry.get("slug"), *entry.get("old_slugs", [])]:
            if isinstance(slug, str) and slug:
                owners.setdefault(slug, int(key))
    return owners


def _kept_slug(entry: Any, base: str, record_id: int, owners: dict[str, int]) -> str | None:
    """The slug the register lets this occupation keep: the one it is published under, if its name
    still gives it (plain or suffixed), or its plain slug if that is one of its own old ones."""
    if not isinstance(entry, dict):
        return None
    current = entry.get("slug")
    if isinstance(current, str) and owners.get(current) == record_id and re.fullmatch(
            rf"{re.escape(base)}(-{record_id}(-x)*)?", current):
        return current
    if owners.get(base) == record_id:
        return base
    return None
