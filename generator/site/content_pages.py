"""Markdown pages from content/pages: `om.md` becomes /om/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import markdown
from markdown.extensions import Extension
from markdown.extensions.meta import MetaExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor

from generator.config import CONTENT_DIR
from generator.errors import ContentError


@dataclass(frozen=True)
class ContentPage:
    slug: str
    title: str
    description: str
    html: str

    @property
    def url(self) -> str:
        return f"{self.slug}/"

    @property
    def path(self) -> str:
        return f"{self.slug}/index.html"


class _ExternalLinks(Treeprocessor):
    """External links in Markdown pages get the same rel as those from the API."""

    def run(self, root):  # type: ignore[no-untyped-def]
        for link in root.iter("a"):
            if link.get("href", "").startswith(("http://", "https://")):
                link.set("rel", "noopener noreferrer")


class ExternalLinksExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_ExternalLinks(md), "external_links", 5)


def load_content_pages(folder: Path | None = None) -> list[ContentPage]:
    pages = []
    for path in sorted((folder or CONTENT_DIR / "pages").glob("*.md")):
        # Extensions as objects: by name, Markdown looks them up among every installed package's entry
        # points first, which costs more (about 25 ms) than the pages themselves, before the first page.
        md = markdown.Markdown(extensions=[MetaExtension(), TableExtension(), SaneListExtension(), ExternalLinksExtension()],
                               output_format="html")
        html = md.convert(path.read_text("utf-8"))
        meta: dict[str, list[str]] = getattr(md, "Meta", {})
        if "title" not in meta:
            raise ContentError(f"{path}: the page needs a 'Title:' line at the top")
        pages.append(ContentPage(
            slug=path.stem, title=" ".join(meta["title"]), description=" ".join(meta.get("description", [""])), html=html,
        ))
    return pages
