"""Whole sites built from real snapshots, checked page by page."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.build import build
from generator.errors import BuildError
from generator.config import SAMPLE_SNAPSHOT
from generator.model.occupations import build_catalog
from generator.snapshot.store import read_snapshot

from support import broken_links, is_redirect, pages


BASE = "https://yrken.example.se/"


@pytest.fixture(scope="module", params=["sample", "real_2018"])
def built(request):
    """(site folder, catalog, is sample) for both the shipped sample and the real 2018 texts."""
    if request.param == "sample":
        snapshot_dir, site_dir = SAMPLE_SNAPSHOT, request.getfixturevalue("sample_site")
    else:
        snapshot_dir, site_dir = request.getfixturevalue("real_2018"), request.getfixturevalue("real_site")
    snapshot = read_snapshot(snapshot_dir)
    return site_dir, build_catalog(snapshot), snapshot.is_sample


@pytest.fixture(scope="module")
def parsed(built):
    return pages(built[0])


def test_every_occupation_has_its_page(built, parsed) -> None:
    site, catalog, _ = built
    assert len(catalog.occupations) > 300
    for occupation in catalog.occupations:
        soup = parsed[f"yrken/{occupation.slug}/index.html"]
        assert soup.h1.get_text(strip=True) == occupation.name
        assert soup.find("main").has_attr("data-pagefind-body")
        assert soup.title.get_text().startswith(occupation.name)
        assert soup.find("link", rel="canonical")["href"] == f"{BASE}yrken/{occupation.slug}/"
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert data["@type"] == "Occupation" and data["name"] == occupation.name
        if occupation.summary:
            assert soup.find(id="sammanfattning").find("p").get_text() == occupation.summary[0]
    assert len(list((site / "yrken").iterdir())) == len(catalog.occupations)


def test_every_page_is_swedish_titled_and_described(parsed) -> None:
    for path, soup in parsed.items():
        if is_redirect(soup):
            continue
        assert soup.html["lang"] == "sv", path
        assert soup.title.get_text(strip=True), path
        assert soup.find("meta", attrs={"name": "description"})["content"].strip(), path
        assert soup.find("meta", property="og:title"), path
        assert soup.find("a", class_="skip-link")["href"] == "#innehall", path


def test_no_broken_internal_links(built, parsed) -> None:
    assert broken_links(built[0], parsed) == []


def test_a_to_o_index_lists_everything(built, parsed) -> None:
    _, catalog, _ = built
    index = parsed["index.html"]
    listed = [a.get_text() for a in index.select(".occupation-list a")]
    assert listed == [o.name for o in catalog.occupations]
    letters = [h.get_text() for h in index.select(".letter-group h2")]
    assert letters == sorted(set(o.letter for o in catalog.occupations), key=lambda l: "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ#".index(l))


def test_area_pages_and_overview(built, parsed) -> None:
    _, catalog, _ = built
    overview = parsed["omraden/index.html"]
    assert len(overview.select(".area-list li")) == len(catalog.areas)
    for area in catalog.areas:
        soup = parsed[f"omraden/{area.slug}/index.html"]
        assert soup.h1.get_text() == area.name
        assert len(soup.select(".occupation-list li")) == len(area.occupations)


def test_search_content_pages_404_sitemap_robots(built, parsed) -> None:
    site, catalog, _ = built
    search = parsed["sok/index.html"]
    field = search.find("input", type="search")
    assert search.find("label", attrs={"for": field["id"]})
    assert search.find(attrs={"aria-live": "polite"})
    assert parsed["om/index.html"].h1.get_text() == "Om webbplatsen"
    assert parsed["tillganglighet/index.html"].h1.get_text() == "Tillgänglighetsredogörelse"
    not_found = parsed["404.html"]
    assert not_found.find("input", type="search") and not_found.find("a", href="/")  # from the site root
    urls = [e.text for e in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(urls) == len(catalog.occupations) + len(catalog.areas) + 6  # index, omraden, sok, bladdra, om, tillganglighet
    assert all(u.startswith(BASE) for u in urls) and BASE + "yrken/" + catalog.occupations[0].slug + "/" in urls
    assert f"Sitemap: {BASE}sitemap.xml" in (site / "robots.txt").read_text()


def test_every_occupation_answers_at_its_id(built, parsed) -> None:
    _, catalog, _ = built
    for occupation in catalog.occupations:
        soup = parsed[f"yrke/{occupation.id}/index.html"]
        assert soup.find("link", rel="canonical")["href"] == f"{BASE}yrken/{occupation.slug}/"
        assert soup.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url=../../yrken/{occupation.slug}/"
        assert soup.find("a")["href"] == f"../../yrken/{occupation.slug}/"


def test_atom_feed_and_change_report(built) -> None:
    site, catalog, _ = built
    feed = ET.parse(site / "uppdateringar.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert 0 < len(entries) <= 50 and feed.find(f"{atom}updated").text.endswith("Z")
    newest = max((o for o in catalog.occupations if o.updated), key=lambda o: (o.updated, o.id))
    assert entries[0].find(f"{atom}title").text == f"Uppdaterat: {newest.name}"
    assert entries[0].find(f"{atom}link").get("href") == f"{BASE}yrken/{newest.slug}/"
    report = json.loads((site / "changes.json").read_bytes())
    assert report == {"fetched_at": "", "added": [], "changed": [], "removed": []}


def test_sample_pages_say_they_are_samples(built, parsed) -> None:
    _, _, is_sample = built
    for path, soup in parsed.items():
        if is_redirect(soup):
            continue
        banner = soup.find(class_="sample-banner")
        assert bool(banner) == is_sample, path
        if banner:
            assert "Exempelinnehåll" in banner.get_text()


def test_external_links_are_http_and_safe(parsed) -> None:
    for path, soup in parsed.items():
        for a in soup.find_all("a", href=True):
            href = a["href"]
            assert not href.lower().startswith(("javascript:", "data:", "vbscript:")), (path, href)
            if href.startswith(("http://", "https://")):
                assert set(a.get("rel", [])) >= {"noopener", "noreferrer"}, (path, href)
        for script in soup.find_all("script", src=True):
            assert not script["src"].startswith(("http:", "https:", "//")), path


def test_pagefind_bundle_indexes_every_occupation(built) -> None:
    site, catalog, _ = built
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_bytes())
    assert list(entry["languages"]) == ["sv"]
    assert entry["languages"]["sv"]["page_count"] == len(catalog.occupations)
    assert list((site / "pagefind" / "filter").iterdir())


def test_failed_build_leaves_the_old_site(tmp_path: Path, site) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old good site")
    (tmp_path / ".site.build-state.json").write_text("{}")  # marks it as a site this tool built
    empty = tmp_path / "empty"
    (empty / "yrken").mkdir(parents=True)
    (empty / "yrken.json").write_text("[]")
    with pytest.raises(BuildError):
        build(empty, out, site)
    assert (out / "index.html").read_text() == "old good site"
    # Nothing was left beside it: no staging folder, no half-written site (the state marks it as built).
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.build-state.json", "empty", "site"]


def test_same_snapshot_gives_the_same_site_byte_for_byte(tmp_path: Path, site, real_2018: Path) -> None:
    build(real_2018, tmp_path / "a", site)
    build(real_2018, tmp_path / "b", site)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b and any(p.parts[0] == "pagefind" for p in files_a)
    different = [p for p in files_a if (tmp_path / "a" / p).read_bytes() != (tmp_path / "b" / p).read_bytes()]
    assert different == []
    assert all(len(p.name.split(".")) == 3 for p in (tmp_path / "a" / "assets").iterdir())  # name.hash.ext
