"""Hostile and odd records: the site builds, text stays text, only http(s) links, unique stable slugs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build
from generator.model.occupations import build_catalog
from generator.snapshot.store import read_snapshot

from support import pages


XSS = '<script>alert("x")</script><img src=x onerror="alert(1)">'
HOSTILE = [
    {"id": 1, "namn": "Kock<script>alert(1)</script>", "sammanfattning": XSS + "Lagar mat &amp; bakar."},
    {"id": 2, "namn": "\u202eerakkiS\u202c Bagare\u200b", "arbetsuppgifter": "Bakar 🍞 bröd.\n\nTidigt på morgonen.",
     "lankar": [{"namn": "Bad", "url": "javascript:alert(1)"}, {"namn": "Data", "url": "data:text/html,<b>x</b>"},
                {"namn": "Bra", "url": " https://www.studera.nu "}, {"namn": "Rel", "url": "/relative"}]},
    {"id": 3, "namn": "!!!", "sammanfattning": "x" * 1_000_000},
    {"id": 4, "namn": "Kock", "sammanfattning": "Samma slug som en annan."},
    {"id": 5, "namn": "Kóck", "bilder": [{"lank": "javascript:alert(1)", "sammanfattning": XSS}],
     "liknandeYrken": [{"id": 1, "namn": "x"}, {"id": 999, "namn": "finns inte"}]},
    {"id": 6, "namn": "&lt;b&gt;Fet&lt;/b&gt; titel", "arbetsmiljo": "\x00\x07Kontroll\u2066tecken"},
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, site) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    snapshot = root / "snapshot"
    (snapshot / "yrken").mkdir(parents=True)
    (snapshot / "yrken.json").write_text(json.dumps([{"id": r["id"], "namn": r["namn"]} for r in HOSTILE]))
    for record in HOSTILE:
        (snapshot / "yrken" / f"{record['id']}.json").write_text(json.dumps(record))
    build(snapshot, root / "site", site)
    return snapshot, root / "site"


def test_no_markup_from_the_data(hostile_site) -> None:
    _, site = hostile_site
    for path, soup in pages(site).items():
        for script in soup.find_all("script"):
            assert script.get("src", "").startswith("../") or script.get("type") == "application/ld+json" or script.get("src", "").startswith(("assets/", "/assets/")), (path, script)  # 404.html: from the root
            assert "alert" not in (script.string or ""), path
        assert not soup.find_all(attrs={"onerror": True}), path
        for tag in soup.find_all(True):
            assert not any(attr.startswith("on") for attr in tag.attrs), (path, tag.name)
        assert not soup.find("img", src="x"), path


def test_text_is_shown_as_text(hostile_site) -> None:
    _, site = hostile_site
    soup = BeautifulSoup((site / "yrken" / "kock" / "index.html").read_text(), "html.parser")
    assert soup.h1.get_text() == "Kock"  # the script element's text is dropped, not shown or run
    assert soup.find(id="sammanfattning").get_text(" ", strip=True).endswith("Lagar mat & bakar.")
    html = (site / "yrken" / "kock" / "index.html").read_text()
    assert "<script>alert" not in html and "onerror" not in html
    fet = next(site.glob("yrken/b-fet-b-titel*/index.html"))
    assert BeautifulSoup(fet.read_text(), "html.parser").h1.get_text() == "<b>Fet</b> titel"
    assert "&lt;b&gt;Fet&lt;/b&gt;" in fet.read_text()


def test_invisible_and_direction_characters_are_gone(hostile_site) -> None:
    _, site = hostile_site
    text = "".join(p.read_text() for p in site.rglob("*.html"))
    for ch in ("\u202e", "\u202c", "\u200b", "\u2066", "\x00", "\x07"):
        assert ch not in text
    assert "🍞" in text


def test_only_http_links_with_rel(hostile_site) -> None:
    _, site = hostile_site
    soup = BeautifulSoup(next(site.glob("yrken/*bagare*/index.html")).read_text(), "html.parser")
    links = soup.find(id="lankar").find_all("a")
    assert [a["href"] for a in links] == ["https://www.studera.nu"]
    assert links[0]["rel"] == ["noopener", "noreferrer"]


def test_slugs_unique_stable_and_never_empty(hostile_site) -> None:
    snapshot, site = hostile_site
    catalog = build_catalog(read_snapshot(snapshot))
    slugs = {o.id: o.slug for o in catalog.occupations}
    assert len(set(slugs.values())) == len(HOSTILE)
    # The lowest id keeps the plain slug; the others get their id, whatever order the API lists them in.
    assert slugs[1] == "kock" and slugs[4] == "kock-4" and slugs[5] == "kock-5" and slugs[3] == "yrke-3"
    # The same records listed in the opposite order get the same slugs.
    shuffled = read_snapshot(snapshot)
    shuffled.list_bytes = json.dumps(json.loads(shuffled.list_bytes)[::-1]).encode()
    shuffled.details = dict(reversed(list(shuffled.details.items())))
    assert json.loads(shuffled.list_bytes)[0]["id"] == HOSTILE[-1]["id"]
    assert {o.id: o.slug for o in build_catalog(shuffled).occupations} == slugs
    for slug in slugs.values():
        assert (site / "yrken" / slug / "index.html").is_file()


def test_dangling_similar_links_are_reported_and_dropped(hostile_site) -> None:
    snapshot, _ = hostile_site
    catalog = build_catalog(read_snapshot(snapshot))
    kock5 = next(o for o in catalog.occupations if o.id == 5)
    assert [r.id for r in kock5.similar] == [1]
    assert any(p.record_id == 5 and p.field == "liknandeYrken" and "999" in p.message for p in catalog.problems)


def test_megabyte_text_builds(hostile_site) -> None:
    _, site = hostile_site
    assert (site / "yrken" / "yrke-3" / "index.html").stat().st_size > 1_000_000
