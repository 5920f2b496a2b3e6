"""Render every page of the site with one Jinja2 environment.

Autoescape is on and undefined variables are errors, so a template typo fails
the build instead of publishing an empty section. Rendering yields the site one
file at a time as (relative path, bytes), so memory stays flat at any size;
writing is the publisher's job.
Links between pages are relative, so the folder works on any host and under
any sub-path; only canonical URLs and the sitemap use the absolute base URL.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.stages.images import Picture, encode
from generator.config import CONTENT_DIR, TEMPLATES_DIR, SiteSettings
from generator.errors import YrkesinfoError
from generator.stages.model import EDUCATION_LEVELS, INTEREST_LETTERS, Catalog, Occupation
from generator.helpers.search_terms import catalog_heads, occupation_terms
from generator.helpers.text import SWEDISH_LETTERS
from generator.stages.urls import PublishedUrls, update_register

EDUCATION_WORDS = {slug: words for _, slug, words in EDUCATION_LEVELS}

INTERESTS = {
    "R": ("Praktisk", "Du gillar att arbeta med händerna, med verktyg, maskiner eller djur."),
    "I": ("Undersökande", "Du gillar att ta reda på saker, lösa problem och tänka ut hur saker fungerar."),
    "A": ("Kreativ", "Du gillar att skapa, uttrycka dig och arbeta fritt med idéer."),
    "S": ("Social", "Du gillar att hjälpa, undervisa och ta hand om andra människor."),
    "E": ("Företagsam", "Du gillar att leda, övertyga andra och driva saker framåt."),
    "C": ("Organiserande", "Du gillar ordning, tydliga rutiner och att arbeta noggrant med detaljer."),
}
assert set(INTERESTS) == set(INTEREST_LETTERS)


class ContentError(YrkesinfoError):
    """A page in content/ cannot be rendered as it is."""


@dataclass(frozen=True)
class ContentPage:
    """A Markdown page from content/pages: `om.md` becomes /om/."""

    slug: str
    title: str
    description: str
    html: str


class _ExternalLinks(Treeprocessor):
    """External links in Markdown pages get the same rel as those from the API."""

    def run(self, root):  # type: ignore[no-untyped-def]
        for link in root.iter("a"):
            if link.get("href", "").startswith(("http://", "https://")):
                link.set("rel", "noopener noreferrer")


class ExternalLinksExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_ExternalLinks(md), "external_links", 5)


def load_content_pages(folder: Path = CONTENT_DIR / "pages") -> list[ContentPage]:
    pages = []
    for path in sorted(folder.glob("*.md")):
        md = markdown.Markdown(extensions=["meta", "tables", "sane_lists", ExternalLinksExtension()], output_format="html")
        html = md.convert(path.read_text("utf-8"))
        meta: dict[str, list[str]] = getattr(md, "Meta", {})
        if "title" not in meta:
            raise ContentError(f"{path}: the page needs a 'Title:' line at the top")
        pages.append(
            ContentPage(
                slug=path.stem,
                title=" ".join(meta["title"]),
                description=" ".join(meta.get("description", [""])),
                html=html,
            )
        )
    return pages


class Renderer:
    def __init__(self, site: SiteSettings, templates_dir: Path = TEMPLATES_DIR) -> None:
        self.site = site
        self.env = Environment(
            loader=FileSystemLoader(templates_dir),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # Templates do not change during a build: no need to stat each one on every include.
            auto_reload=False,
        )
        self.env.filters["swedish_date"] = swedish_date
        self.env.globals.update(
            site=site,
            education_words=EDUCATION_WORDS,
            interests=INTERESTS,
            letters=SWEDISH_LETTERS,
        )
        self.assets = _hashed_assets(templates_dir / "assets")
        self.env.globals["asset_files"] = self.assets

    def render(self, template: str, path: str, **context: Any) -> bytes:
        """Render `template` as the page at output `path` (e.g. 'yrken/x/index.html')."""
        root = posixpath.relpath(".", posixpath.dirname(path) or ".")
        root = "" if root == "." else root + "/"
        url_path = path.removesuffix("index.html")
        return self.env.get_template(template).render(
            root=root,
            canonical=self.site.base_url + url_path,
            asset=lambda name: root + "assets/" + self.assets[name][0],
            **context,
        ).encode("utf-8")


def _hashed_assets(folder: Path) -> dict[str, tuple[str, bytes]]:
    """name -> (content-hashed file name, bytes): cacheable forever, replaced on change."""
    assets = {}
    for path in sorted(folder.iterdir()):
        if path.is_file():
            data = path.read_bytes()
            assets[path.name] = (hashed_name(path.stem, path.suffix, data), data)
    return assets


def hashed_name(stem: str, suffix: str, data: bytes) -> str:
    """A file name that changes when the content does: "style.3f2a9c01d4.css"."""
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}{suffix}"


def swedish_date(value: date | None) -> str:
    months = ("januari", "februari", "mars", "april", "maj", "juni", "juli",
              "augusti", "september", "oktober", "november", "december")
    return f"{value.day} {months[value.month - 1]} {value.year}" if value else ""


def occupation_path(occupation: Occupation) -> str:
    return f"yrken/{occupation.slug}/index.html"


@dataclass(frozen=True)
class PageJob:
    """One output file: where it goes, what it depends on, and how to make it.

    `inputs` returns the data the file is made from (besides templates and
    settings, which the build fingerprints as a whole); an incremental build
    renders only files whose inputs changed.
    """

    path: str
    inputs: Callable[[], object]
    make: Callable[[], bytes]

    def key(self) -> str:
        return hashlib.sha256(repr(self.inputs()).encode("utf-8")).hexdigest()


def _listing(occupations: list[Occupation]) -> list[tuple[str, str, str]]:
    """What a list of occupations shows of each."""
    return [(o.name, o.slug, o.oneliner or o.short_summary) for o in occupations]


def plan_site(
    catalog: Catalog,
    site: SiteSettings,
    *,
    sample: bool,
    urls: PublishedUrls | None = None,
    history: list[dict[str, Any]] | None = None,
    content_pages: list[ContentPage] | None = None,
    templates_dir: Path = TEMPLATES_DIR,
    search_bundles: tuple[str, ...] = ("pagefind",),
    pictures: dict[int, Picture] | None = None,
    images: dict[str, bytes] | None = None,
) -> list[PageJob]:
    renderer = Renderer(site, templates_dir)
    pictures = pictures or {}
    renderer.env.globals["sample"] = sample
    renderer.env.globals["search_bundles"] = search_bundles
    pages = content_pages if content_pages is not None else load_content_pages()
    renderer.env.globals["nav_pages"] = pages
    urls = urls or update_register({}, catalog)
    history = history or []
    area_slugs = {a.name: a.slug for a in catalog.areas}
    jobs: list[PageJob] = []

    def page(template: str, path: str, inputs: Callable[[], object], **context: Any) -> None:
        jobs.append(PageJob(path, inputs, lambda: renderer.render(template, path, **context)))

    for occupation in catalog.occupations:
        page(
            "occupation.html", occupation_path(occupation),
            lambda o=occupation: (o, sorted((a, area_slugs[a]) for a in o.areas), pictures.get(o.id)),
            occupation=occupation, platsbanken_url=site.platsbanken_search + quote(occupation.name),
            area_slugs=area_slugs, picture=pictures.get(occupation.id),
        )
    written: set[str] = set()
    image_keys = {o.id: o.image.key for o in catalog.occupations if o.image}
    for occupation_id, picture in sorted(pictures.items()):
        key = image_keys[occupation_id]
        for variant in picture.variants:
            if variant.path not in written:  # occupations may share an image
                written.add(variant.path)
                jobs.append(PageJob(variant.path, lambda v=variant, k=key: (k, v),
                                    lambda v=variant, k=key: encode((images or {})[k], v)))
    by_letter: dict[str, list[Occupation]] = {}
    for occupation in catalog.occupations:
        by_letter.setdefault(occupation.letter, []).append(occupation)
    page("index.html", "index.html", lambda: _listing(catalog.occupations), by_letter=by_letter, catalog=catalog)
    page("areas.html", "omraden/index.html", lambda: [(a.name, a.slug, len(a.occupations)) for a in catalog.areas],
         areas=catalog.areas)
    for area in catalog.areas:
        page("area.html", f"omraden/{area.slug}/index.html", lambda a=area: (a.name, _listing(a.occupations)), area=area)
    # The search page's lists: names, synonyms and compound heads for ranking and typos, and the
    # one-line summaries, read only when a result found that way is shown.
    names, summaries = search_lists(catalog)
    names_file = _add_asset(jobs, "sokord", names)
    summary_files = [_add_asset(jobs, "sammanfattningar", chunk) for chunk in summaries]
    page("search.html", "sok/index.html", lambda: (names_file, summary_files),
         names_file=names_file, summary_files=summary_files, summaries_per_file=SUMMARIES_PER_FILE)
    page(
        "browse.html", "bladdra/index.html",
        lambda: [(o.name, o.slug, o.oneliner or o.short_summary, o.areas, o.education_levels, o.interests)
                 for o in catalog.occupations],
        occupations=catalog.occupations, areas=catalog.areas, area_slugs=area_slugs,
        education_levels=[(slug, words) for _, slug, words in EDUCATION_LEVELS],
    )
    for content_page in pages:
        page("page.html", f"{content_page.slug}/index.html", lambda: None, page=content_page)
    page("404.html", "404.html", lambda: None)
    for redirect in urls.redirects:
        page("redirect.html", redirect.path, lambda r=redirect: r, redirect=redirect)
    for gone in urls.gone:
        page("gone.html", f"yrken/{gone.slug}/index.html", lambda g=gone: g, gone=gone)

    feed = feed_entries(catalog, history, site)
    page("feed.xml", "uppdateringar.xml", lambda: feed, entries=feed,
         updated=max((e["updated"] for e in feed), default="2000-01-01T00:00:00Z"))
    latest = next((h for h in history if h.get("added") or h.get("changed") or h.get("removed")), None)
    jobs.append(PageJob("changes.json", lambda: latest, lambda: _changes_json(latest)))

    listed = sorted(
        [occupation_path(o) for o in catalog.occupations] + [f"omraden/{a.slug}/index.html" for a in catalog.areas]
        + ["index.html", "omraden/index.html", "sok/index.html", "bladdra/index.html"] + [f"{p.slug}/index.html" for p in pages]
    )
    updated = {occupation_path(o): o.updated for o in catalog.occupations}
    entries = [(site.base_url + p.removesuffix("index.html"), updated.get(p)) for p in listed]
    page("sitemap.xml", "sitemap.xml", lambda: entries, entries=entries)
    page("robots.txt", "robots.txt", lambda: None)
    page("_headers", "_headers", lambda: None)
    for name, (hashed, data) in renderer.assets.items():
        jobs.append(PageJob(f"assets/{hashed}", lambda: None, lambda d=data: d))
    return jobs


# Summaries go in files of this many occupations in A–Ö order: the occupations one search
# finds by name mostly sit together, so it reads one or two small files, not all of them.
SUMMARIES_PER_FILE = 50


def search_lists(catalog: Catalog) -> tuple[bytes, list[bytes]]:
    """The search page's list of names, and its one-line summaries in files of SUMMARIES_PER_FILE,
    both in A–Ö order.

    A name row is [name, slug, synonyms, heads of the compounds in the name, in the synonyms],
    trailing empty lists left out: about 30 bytes per name or synonym before compression. The
    heads let "förare" find "Lastbilsförare", which Pagefind's prefix matching cannot."""
    heads = catalog_heads((o.name for o in catalog.occupations), (s for o in catalog.occupations for s in o.synonyms),
                          (g.name for o in catalog.occupations for g in o.ssyk_groups))
    rows: list[list[Any]] = []
    for o in catalog.occupations:
        row: list[Any] = [o.name, o.slug, list(o.synonyms), *(list(t) for t in occupation_terms(o.name, o.synonyms, heads))]
        while not row[-1]:
            row.pop()
        rows.append(row)
    summaries = [o.oneliner or o.short_summary for o in catalog.occupations]
    chunks = [summaries[i:i + SUMMARIES_PER_FILE] for i in range(0, len(summaries), SUMMARIES_PER_FILE)]
    return _compact_json(rows), [_compact_json(chunk) for chunk in chunks]


def _compact_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _add_asset(jobs: list[PageJob], stem: str, data: bytes) -> str:
    """Add a generated JSON asset named by its content hash, like the static ones; returns its file name."""
    name = hashed_name(stem, ".json", data)
    jobs.append(PageJob(f"assets/{name}", lambda: data, lambda: data))
    return name


def _changes_json(report: dict[str, Any] | None) -> bytes:
    report = report or {"fetched_at": "", "added": [], "changed": [], "removed": []}
    return (json.dumps(report, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


FEED_SIZE = 50


def feed_entries(catalog: Catalog, history: list[dict[str, Any]], site: SiteSettings) -> list[dict[str, str]]:
    """Atom entries, newest first: the changes of recent live builds, or, with no
    history yet (a snapshot that was never rebuilt live), the occupations most
    recently updated by their editors."""
    by_id = {o.id: o for o in catalog.occupations}
    entries: list[dict[str, str]] = []

    def link(record_id: int) -> str:
        occupation = by_id.get(record_id)
        return site.base_url + (f"yrken/{occupation.slug}/" if occupation else f"yrke/{record_id}/")

    for build in history:
        when = build.get("fetched_at") or "2000-01-01T00:00:00+00:00"
        for kind, title in (("added", "Nytt yrke"), ("changed", "Uppdaterat"), ("removed", "Borttaget")):
            for item in build.get(kind, []):
                summary = {
                    "added": "Ett nytt yrke har lagts till.",
                    "changed": "Texten om yrket har ändrats.",
                    "removed": "Yrket finns inte längre med.",
                }[kind]
                entries.append({
                    "id": f"{site.base_url}yrke/{item['id']}/#{kind}-{when}",
                    "title": f"{title}: {item['name']}", "link": link(item["id"]),
                    "updated": _atom_time(when), "summary": summary,
                })
    if not history:
        recent = sorted((o for o in catalog.occupations if o.updated), key=lambda o: (o.updated, o.id), reverse=True)
        for o in recent[:FEED_SIZE]:
            entries.append({
                "id": f"{site.base_url}yrke/{o.id}/#{o.updated.isoformat()}",
                "title": f"Uppdaterat: {o.name}", "link": link(o.id),
                "updated": f"{o.updated.isoformat()}T00:00:00Z", "summary": o.description,
            })
    return entries[:FEED_SIZE]


def _atom_time(value: str) -> str:
    """RFC 3339 in UTC with a Z, as Atom wants."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return "2000-01-01T00:00:00Z"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def render_site(catalog: Catalog, site: SiteSettings, **options: Any) -> Iterator[tuple[str, bytes]]:
    """Every file of the site as (relative path, bytes), one at a time."""
    for job in plan_site(catalog, site, **options):
        yield job.path, job.make()
