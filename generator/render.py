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
import posixpath
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.config import CONTENT_DIR, TEMPLATES_DIR, SiteSettings
from generator.model import EDUCATION_LEVELS, INTEREST_LETTERS, Catalog, Occupation
from generator.text import SWEDISH_LETTERS

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
            raise ValueError(f"{path}: the page needs a 'Title:' line at the top")
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
            digest = hashlib.sha256(data).hexdigest()[:10]
            assets[path.name] = (f"{path.stem}.{digest}{path.suffix}", data)
    return assets


def swedish_date(value: date | None) -> str:
    months = ("januari", "februari", "mars", "april", "maj", "juni", "juli",
              "augusti", "september", "oktober", "november", "december")
    return f"{value.day} {months[value.month - 1]} {value.year}" if value else ""


def occupation_path(occupation: Occupation) -> str:
    return f"yrken/{occupation.slug}/index.html"


def render_site(
    catalog: Catalog,
    site: SiteSettings,
    *,
    sample: bool,
    content_pages: list[ContentPage] | None = None,
    templates_dir: Path = TEMPLATES_DIR,
    search_bundles: tuple[str, ...] = ("pagefind",),
) -> Iterator[tuple[str, bytes]]:
    renderer = Renderer(site, templates_dir)
    renderer.env.globals["sample"] = sample
    # Search bundles beyond the first, which the search page merges in.
    renderer.env.globals["search_bundles"] = search_bundles
    pages = content_pages if content_pages is not None else load_content_pages()
    renderer.env.globals["nav_pages"] = pages
    area_slugs = {a.name: a.slug for a in catalog.areas}
    html_paths = []

    def page(template: str, path: str, **context: Any) -> tuple[str, bytes]:
        if path.endswith("index.html"):
            html_paths.append(path)
        return path, renderer.render(template, path, **context)

    for occupation in catalog.occupations:
        yield page(
            "occupation.html", occupation_path(occupation), occupation=occupation,
            platsbanken_url=site.platsbanken_search + quote(occupation.name), area_slugs=area_slugs,
        )
    by_letter: dict[str, list[Occupation]] = {}
    for occupation in catalog.occupations:
        by_letter.setdefault(occupation.letter, []).append(occupation)
    yield page("index.html", "index.html", by_letter=by_letter, catalog=catalog)
    yield page("areas.html", "omraden/index.html", areas=catalog.areas)
    for area in catalog.areas:
        yield page("area.html", f"omraden/{area.slug}/index.html", area=area)
    yield page("search.html", "sok/index.html")
    for content_page in pages:
        yield page("page.html", f"{content_page.slug}/index.html", page=content_page)
    yield page("404.html", "404.html")

    updated = {occupation_path(o): o.updated for o in catalog.occupations}
    yield page(
        "sitemap.xml", "sitemap.xml",
        entries=[(site.base_url + p.removesuffix("index.html"), updated.get(p)) for p in sorted(html_paths)],
    )
    yield page("robots.txt", "robots.txt")
    yield page("_headers", "_headers")
    for name, (hashed, data) in renderer.assets.items():
        yield f"assets/{hashed}", data
