"""Helpers that read a built site the way a browser would: parse every page, follow every link."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def pages(site: Path) -> dict[str, BeautifulSoup]:
    return {
        p.relative_to(site).as_posix(): BeautifulSoup(p.read_text("utf-8"), "html.parser")
        for p in sorted(site.rglob("*.html"))
        if not p.relative_to(site).as_posix().startswith("pagefind/")
    }


def resolve(page_path: str, href: str) -> str | None:
    """The site-relative file a relative or root-relative href points to (the site at the host's
    root, as the tests build it), or None for other hosts."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("#"):
        return None
    base = "" if parts.path.startswith("/") else posixpath.dirname(page_path)
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
    if parts.path.endswith("/") or parts.path == "":
        target = posixpath.join(target, "index.html") if target != "." else "index.html"
    return target


def broken_links(site: Path, parsed: dict[str, BeautifulSoup]) -> list[str]:
    broken = []
    for path, soup in parsed.items():
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.find_all(tag):
                value = element.get(attr)
                if not value:
                    continue
                target = resolve(path, value)
                if target is not None and not (site / target).is_file():
                    broken.append(f"{path}: {value}")
                fragment = urlsplit(value).fragment
                if fragment and target in (None, path) and value.startswith("#") and not soup.find(id=fragment):
                    broken.append(f"{path}: {value} (no such id)")
    return broken


def is_redirect(soup: BeautifulSoup) -> bool:
    return soup.find("meta", attrs={"http-equiv": "refresh"}) is not None
