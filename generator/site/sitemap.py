"""The sitemap: every page a search engine should know, with its date where the editors gave one."""

from __future__ import annotations

from datetime import date

from generator.config import SiteSettings
from generator.site.content_pages import ContentPage
from generator.model.occupations import Catalog

# The listing pages besides the areas: the A–Ö index, the area index, search and browse.
LISTING_URLS = ("", "omraden/", "sok/", "bladdra/")


def sitemap_entries(catalog: Catalog, pages: list[ContentPage], site: SiteSettings) -> list[tuple[str, date | None]]:
    """(absolute URL, last modified or None), sorted by output path as before."""
    updated = {o.url: o.updated for o in catalog.occupations}
    urls = [o.url for o in catalog.occupations] + [a.url for a in catalog.areas] + list(LISTING_URLS) + [p.url for p in pages]
    return [(site.base_url + url, updated.get(url)) for url in sorted(urls, key=lambda url: url + "index.html")]
