"""Typed occupations from raw API records.

The API's Swedish keys are mapped to English attribute names here and nowhere
else; templates only ever see these objects. An occupation is the merge of its
list item (education flags, one-liner, synonyms) and its detail (the texts).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from generator.model.slugs import assign_slugs  # noqa: F401 - also imported from here
from generator.helpers.text import (
    make_slug,
    one_line,
    paragraphs,
    safe_url,
    swedish_sort_key,
)
from generator.records import detail_problem, is_record_id, list_entries, primary_image
from generator.model.catalog import (  # noqa: F401 - the model's public names
    EDUCATION_LEVELS,
    INTEREST_LETTERS,
    Area,
    Catalog,
    Image,
    Item,
    Link,
    Occupation,
    Problem,
    Ref,
    SsykGroup,
    area_url,
    id_url,
    occupation_url,
    page_path,
)
from generator.snapshot.store import Snapshot, image_key


class _Reader:
    """Reads optional fields of one raw record, noting wrong types as non-fatal problems."""

    def __init__(self, raw: dict[str, Any], record_id: int, problems: list[Problem]) -> None:
        self.raw, self.record_id, self.problems = raw, record_id, problems

    def _typed(self, key: str, kind: type | tuple[type, ...], raw: dict[str, Any] | None = None) -> Any:
        value = (self.raw if raw is None else raw).get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            self.problems.append(Problem(self.record_id, key, f"expected {_kind_name(kind)}, got {type(value).__name__}", fatal=False))
            return None
        return value

    def text(self, key: str, raw: dict[str, Any] | None = None) -> str:
        value = self._typed(key, str, raw)
        return one_line(value) if value else ""

    def paragraphs(self, key: str, raw: dict[str, Any] | None = None) -> tuple[str, ...]:
        value = self._typed(key, str, raw)
        return paragraphs(value) if value else ()

    def obj(self, key: str) -> dict[str, Any]:
        return self._typed(key, dict) or {}

    def objects(self, key: str, raw: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        value = self._typed(key, list, raw) or []
        return [v for v in value if isinstance(v, dict)]

    def strings(self, key: str, raw: dict[str, Any] | None = None) -> tuple[str, ...]:
        value = self._typed(key, list, raw) or []
        cleaned = (one_line(v) for v in value if isinstance(v, str))
        return tuple(dict.fromkeys(v for v in cleaned if v))  # unique, in order

    def flag(self, key: str, raw: dict[str, Any] | None = None) -> bool:
        return bool(self._typed(key, bool, raw))


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", list: "a list", dict: "an object", bool: "true/false", int: "an integer"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def occupation_from_raw(summary: dict[str, Any], detail: dict[str, Any], problems: list[Problem]) -> Occupation:
    """Merge one list item and its detail. The detail must have passed `detail_problem`."""
    record_id: int = detail["id"]
    d = _Reader(detail, record_id, problems)
    s = _Reader(summary, record_id, problems)

    abilities = d.obj("formagor")
    education = d.obj("utbildningar")
    path = d.obj("utbildningsvag")
    interest = d.obj("intresseprofil")
    metadata = d.obj("metadata")

    letters = []
    for key in ("primar", "sekundar", "tertiar"):
        letter = interest.get(key)
        if isinstance(letter, str) and letter.strip().upper() in INTEREST_LETTERS:
            letters.append(letter.strip().upper())

    return Occupation(
        id=record_id,
        name=one_line(detail["namn"]),
        oneliner=s.text("oneliner"),
        short_summary=d.text("kortSammanfattning"),
        summary=d.paragraphs("sammanfattning"),
        tasks=d.paragraphs("arbetsuppgifter"),
        working_hours=d.paragraphs("arbetstid"),
        environment=d.paragraphs("arbetsmiljo"),
        workplace=d.paragraphs("arbetsplats"),
        international=d.paragraphs("internationellaMojligheter"),
        areas=d.strings("yrkesomraden") or s.strings("yrkesomraden"),
        synonyms=s.strings("yrkessynonymer"),
        education_levels=tuple(slug for flag, slug, _ in EDUCATION_LEVELS if s.flag(flag)),
        ssyk_groups=tuple(
            SsykGroup(code=one_line(str(g.get("ssyk") or "")), name=d.text("namn", g))
            for g in d.objects("yrkesgrupperOchBenamningar")
            if g.get("ssyk") or g.get("namn")
        ),
        abilities_intro=d.text("beskrivning", abilities),
        abilities=_items(d, abilities, "kategori", "text"),
        education_intro=d.paragraphs("beskrivning", education),
        education=_items(d, education, "kategori", "text"),
        path_intro=d.paragraphs("beskrivning", path),
        path_categories=_items(d, path, "kategori", "kategoriText", list_key="utbildningsvagkategorier"),
        show_validation=d.flag("visaValideringstext", path),
        similar_ids=tuple(
            dict.fromkeys(r["id"] for r in d.objects("liknandeYrken") if is_record_id(r.get("id")) and r["id"] != record_id)
        ),
        links=_links(d),
        interests=tuple(dict.fromkeys(letters)),
        image=_image(d, s),
        updated=_date(metadata.get("senastUppdaterad")),
        version=metadata.get("version") if isinstance(metadata.get("version"), int) else None,
    )


def _items(r: _Reader, parent: dict[str, Any], title_key: str, text_key: str, list_key: str = "detaljer") -> tuple[Item, ...]:
    items = (Item(title=r.text(title_key, raw), text=r.text(text_key, raw)) for raw in r.objects(list_key, parent))
    return tuple(item for item in items if item.title or item.text)


def _links(r: _Reader) -> tuple[Link, ...]:
    links = []
    for raw in r.objects("lankar"):
        url = safe_url(raw["url"]) if isinstance(raw.get("url"), str) else None
        if url is None:
            if raw.get("url"):
                r.problems.append(Problem(r.record_id, "lankar.url", "not an http(s) link; dropped", fatal=False))
            continue
        links.append(Link(name=r.text("namn", raw) or url, url=url, category=r.text("kategori", raw)))
    return tuple(links)


def _image(d: _Reader, s: _Reader) -> Image | None:
    found = primary_image(s.raw, d.raw)
    if found is None:
        return None
    url, alt = found
    return Image(url=url, alt=one_line(alt) if isinstance(alt, str) else "")


def _date(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def build_catalog(snapshot: Snapshot) -> Catalog:
    """Validate, merge and cross-link every occupation in a snapshot."""
    problems: list[Problem] = []
    summaries: dict[int, dict[str, Any]] = {}
    for position, record_id, item in list_entries(snapshot.summaries()):
        if record_id is None:
            problems.append(Problem(f"#{position} in the list", "id", "missing or not an integer"))
        elif record_id in summaries:
            # Keep the first: the list order is the API's, so the choice is stable.
            problems.append(Problem(record_id, "id", "listed more than once; the first entry is used", fatal=False))
        else:
            summaries[record_id] = item

    problems += [Problem(name, "file", why, fatal=False) for name, why in snapshot.skipped]
    occupations: list[Occupation] = []
    for record_id, summary in summaries.items():
        occupation = _occupation(record_id, summary, snapshot, problems)
        if occupation is not None:
            occupations.append(occupation)

    occupations.sort(key=lambda o: (swedish_sort_key(o.name), o.id))
    assign_slugs(occupations, snapshot.published)
    _link_similar(occupations, problems)
    return Catalog(occupations=occupations, areas=_areas(occupations), problems=problems)


# What reading one odd record may raise; it leaves that record out, never the build.
_RECORD_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError, UnicodeError)


def _occupation(record_id: int, summary: dict[str, Any], snapshot: Snapshot, problems: list[Problem]) -> Occupation | None:
    """One occupation from its list item and detail, or None with the reason in `problems`."""
    raw = snapshot.details.get(record_id)
    if raw is None:
        problems.append(Problem(record_id, "detail", "no detail record"))
        return None
    try:
        detail = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        problems.append(Problem(record_id, "detail", f"not valid JSON ({exc.__class__.__name__})"))
        return None
    if why := detail_problem(detail, record_id):
        field_name = why.split(":")[0].removeprefix("field ") if why.startswith("field") else "detail"
        problems.append(Problem(record_id, field_name, why.split(": ", 1)[-1]))
        return None
    try:
        occupation = occupation_from_raw(summary, detail, problems)
    except _RECORD_ERRORS as exc:
        problems.append(Problem(record_id, "detail", f"cannot be read ({type(exc).__name__})"))
        return None
    if occupation.image and image_key(occupation.image.url) in snapshot.images:
        occupation.image = replace(occupation.image, key=image_key(occupation.image.url))
    return occupation


def _link_similar(occupations: list[Occupation], problems: list[Problem]) -> None:
    by_id = {o.id: o for o in occupations}
    reverse: dict[int, list[Ref]] = defaultdict(list)
    for occupation in occupations:
        refs = []
        for other_id in occupation.similar_ids:
            other = by_id.get(other_id)
            if other is None:
                problems.append(Problem(occupation.id, "liknandeYrken", f"links to {other_id}, which does not exist; dropped", fatal=False))
                continue
            refs.append(Ref(other.id, other.name, other.slug))
            reverse[other.id].append(Ref(occupation.id, occupation.name, occupation.slug))
        occupation.similar = tuple(refs)
    for occupation in occupations:
        listed = set(occupation.similar_ids)
        occupation.similar_to_this = tuple(r for r in reverse.get(occupation.id, []) if r.id not in listed)


def _areas(occupations: list[Occupation]) -> list[Area]:
    areas: dict[str, Area] = {}
    for occupation in occupations:
        for name in occupation.areas:
            area = areas.get(name)
            if area is None:
                area = areas[name] = Area(name=name, slug="")
            area.occupations.append(occupation)
    ordered = sorted(areas.values(), key=lambda a: swedish_sort_key(a.name))
    assign_area_slugs(ordered)
    return ordered


def assign_area_slugs(areas: list[Area]) -> None:
    """Distinct names get distinct slugs: "Data/IT" and "Data IT" both slugify to "data-it",
    so the first in A–Ö order keeps it and the others get a short hash of their own name."""
    taken: set[str] = set()
    for area in areas:
        slug = make_slug(area.name) or "omrade"
        if slug in taken:
            slug = f"{slug}-{hashlib.sha256(area.name.encode('utf-8')).hexdigest()[:6]}"
        taken.add(slug)
        area.slug = slug
