"""What the independent validators found (issue 23): each finding held by a check of the built site."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from bs4 import BeautifulSoup

from generator.config import SiteSettings
from generator.model.occupations import build_catalog
from generator.site.feed import feed_entries
from generator.snapshot.store import read_snapshot

ATOM = "{http://www.w3.org/2005/Atom}"


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def test_json_ld_names_ssyk_2012_codes_and_leaves_out_empty_lists(real_site: Path, real_2018: Path) -> None:
    catalog = build_catalog(read_snapshot(real_2018))
    seen_empty = 0
    for occupation in catalog.occupations:
        data = json.loads(soup_of(real_site / "yrken" / occupation.slug / "index.html")
                          .find("script", type="application/ld+json").string)
        categories = data.get("occupationalCategory")
        if occupation.ssyk_groups:
            assert categories == [{"@type": "CategoryCode", "codeValue": g.code, "name": g.name,
                                   "inCodeSet": {"@type": "CategoryCodeSet", "name": "SSYK 2012"}}
                                  for g in occupation.ssyk_groups]
        else:
            assert "occupationalCategory" not in data
        assert data.get("alternateName", "missing") != []
        seen_empty += not occupation.synonyms or not occupation.ssyk_groups
    assert seen_empty  # the 2018 texts have occupations without synonyms or groups


def test_a_term_listed_twice_is_one_dt_with_two_descriptions(real_site: Path, real_2018: Path) -> None:
    catalog = build_catalog(read_snapshot(real_2018))
    judge = next(o for o in catalog.occupations if o.id == 1072)  # Domare
    soup = soup_of(real_site / "yrken" / judge.slug / "index.html")
    for dl in soup.select("dl.items"):
        terms = [dt.get_text() for dt in dl.find_all("dt")]
        assert len(terms) == len(set(terms)), terms
    dt = next(dt for dt in soup.select("dl.items dt") if dt.get_text() == "Kommunikativ förmåga")
    following = dt.find_next_siblings(["dt", "dd"])
    assert [el.name for el in following[:2]] == ["dd", "dd"]
    assert sum(len(dl.find_all("dd")) for dl in soup.select("dl.items")) == sum(
        len(items) for items in (judge.abilities, judge.education, judge.path_categories))


def test_404_is_not_indexed_and_has_no_canonical_of_its_own(sample_site: Path) -> None:
    soup = soup_of(sample_site / "404.html")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert soup.find("link", rel="canonical") is None and soup.find("meta", property="og:url") is None
    index = soup_of(sample_site / "index.html")
    assert index.find("link", rel="canonical") and not index.find("meta", attrs={"name": "robots"})


def test_headers_ask_for_https(sample_site: Path) -> None:
    headers = (sample_site / "_headers").read_text()
    block = headers.split("/*\n", 1)[1].split("\n\n", 1)[0]
    assert "  Strict-Transport-Security: max-age=63072000\n" in block + "\n"


def test_the_manifest_has_an_id_and_one_purpose_per_icon_entry(sample_site: Path) -> None:
    manifest = json.loads((sample_site / "manifest.webmanifest").read_bytes())
    assert manifest["id"] == "/"
    purposes = [(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]]
    assert sorted(purposes) == sorted((f"{s}x{s}", p) for s in (192, 512) for p in ("any", "maskable"))


def test_feed_entries_of_one_build_have_distinct_times_from_their_records(sample_catalog, site: SiteSettings) -> None:
    ids = [o.id for o in sample_catalog.occupations[:6]]
    history = [{"fetched_at": "2026-03-01T12:00:00+00:00", "added": [{"id": i, "name": "x"} for i in ids[:3]],
                "changed": [{"id": i, "name": "y"} for i in ids[3:]], "removed": [{"id": 999999, "name": "z"}]}]
    entries = feed_entries(sample_catalog, history, site)
    times = [e["updated"] for e in entries]
    assert len(set(times)) == len(times) == 7
    own = {o.id: o.updated for o in sample_catalog.occupations}
    for entry, oid in zip(entries, ids):
        assert entry["updated"].startswith(own[oid].isoformat()) or entry["updated"] < f"{own[oid].isoformat()}T00:00:00Z"
    assert entries[-1]["updated"] == "2026-03-01T12:00:00Z"  # a removed record has no date of its own
    assert len({e["updated"] for e in feed_entries(sample_catalog, [], site)}) == len(feed_entries(sample_catalog, [], site))


def test_the_sample_feed_has_no_two_entries_with_one_time(sample_site: Path) -> None:
    entries = ET.parse(sample_site / "uppdateringar.xml").getroot().findall(f"{ATOM}entry")
    times = [e.find(f"{ATOM}updated").text for e in entries]
    assert len(times) == len(set(times))
