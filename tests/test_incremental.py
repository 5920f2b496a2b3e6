"""Identical and incremental rebuilds, and URLs that survive renames and removals."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build_from_snapshot, build_live
from generator.config import SAMPLE_SNAPSHOT, ApiSettings
from generator.fetch.api import FetchOptions
from generator.fetch.http import HttpPolicy
from generator.model.occupations import build_catalog
from generator.snapshot.store import Snapshot, read_snapshot

from support import CANARY_SECRET, CLIENT_ID, files



def contents(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def edit(snapshot: Snapshot, record_id: int, **fields) -> Snapshot:
    changed = copy.deepcopy(snapshot)
    detail = json.loads(changed.details[record_id])
    detail.update(fields)
    changed.details[record_id] = json.dumps(detail, ensure_ascii=False).encode()
    if "namn" in fields:
        summaries = json.loads(changed.list_bytes)
        for item in summaries:
            if item["id"] == record_id:
                item["namn"] = fields["namn"]
        changed.list_bytes = json.dumps(summaries, ensure_ascii=False).encode()
    return changed


@pytest.fixture
def sample() -> Snapshot:
    return read_snapshot(SAMPLE_SNAPSHOT)


def test_unchanged_rebuild_rewrites_nothing(tmp_path: Path, site, sample: Snapshot) -> None:
    out = tmp_path / "site"
    build_from_snapshot(copy.deepcopy(sample), out, site)
    before = files(out)
    report = build_from_snapshot(copy.deepcopy(sample), out, site)
    assert report.unchanged and report.pages == 0 and report.indexed == 0
    assert "model" not in report.timings  # seen from the snapshot's fingerprint alone, before any modelling
    assert files(out) == before


def test_one_changed_text_rewrites_only_its_page_and_the_index(tmp_path: Path, site, sample: Snapshot) -> None:
    out = tmp_path / "site"
    build_from_snapshot(copy.deepcopy(sample), out, site)
    before = files(out)
    target = sorted(sample.details)[10]
    changed = edit(sample, target, arbetsuppgifter="Helt ny text om arbetet.\n\nAndra stycket.")
    report = build_from_snapshot(copy.deepcopy(changed), out, site)
    after = files(out)
    rewritten = {p for p in after if before.get(p) != after[p] and not p.startswith("pagefind/")}
    slug = next(o for o in build_catalog(changed).occupations if o.id == target).slug
    # sw.js too: its version follows every file, so readers' phones learn of the new build.
    # The work tasks are searchable: the search page's task index (its parts, named by their content,
    # and the files that name them) changes with them, as Pagefind's does.
    search_index = {p for p in rewritten if re.match(r"assets/sok(uppgifter-\w|hjalp)\.\w+\.json$", p)}
    assert search_index and rewritten - search_index == {f"yrken/{slug}/index.html", "sok/index.html", "sw.js"}
    assert report.pages == len(rewritten) and report.indexed == len(sample.details)
    # And the result is exactly what a full build of the new snapshot gives.
    build_from_snapshot(copy.deepcopy(changed), tmp_path / "full", site)
    assert contents(out) == contents(tmp_path / "full")


def test_one_changed_text_re_indexes_only_the_bundle_that_holds_its_page(tmp_path: Path, site, sample: Snapshot,
                                                                         monkeypatch) -> None:
    import generator.output.index as index

    monkeypatch.setattr(index, "MAX_PAGES_PER_BUNDLE", 100)  # the sample in four bundles or so
    out = tmp_path / "site"
    build_from_snapshot(copy.deepcopy(sample), out, site)
    before = files(out)
    occupations = build_catalog(sample).occupations
    bundles = index.plan_bundles([o.slug for o in occupations])
    target = occupations[len(occupations) // 2]
    holder = next(b for b in bundles if b.holds(target.slug))
    assert len(bundles) >= 3 and holder.folder != bundles[0].folder
    changed = edit(sample, target.id, arbetsuppgifter="Helt ny text om arbetet.\n\nAndra stycket.")
    report = build_from_snapshot(copy.deepcopy(changed), out, site)
    after = files(out)
    rewritten = {p for p in after if before.get(p) != after[p]}
    assert {p.split("/")[0] for p in rewritten if p.startswith("pagefind")} == {holder.folder}
    assert report.indexed == holder.pages == sum(1 for o in occupations if holder.holds(o.slug))
    # The other bundles are the very files of the last build, and the whole is what a full build gives.
    assert all(after[p] == before[p] for p in before if p.startswith("pagefind") and not p.startswith(holder.folder + "/"))
    build_from_snapshot(copy.deepcopy(changed), tmp_path / "full", site)
    assert contents(out) == contents(tmp_path / "full")


def test_renamed_occupation_rewrites_what_lists_or_links_to_it(tmp_path: Path, site, sample: Snapshot) -> None:
    out = tmp_path / "site"
    first = copy.deepcopy(sample)
    build_from_snapshot(first, out, site)
    before = files(out)
    occupation = next(o for o in build_catalog(sample).occupations if o.similar_to_this and len(o.areas) == 1)
    renamed = edit(sample, occupation.id, namn=occupation.name + " och ledare")
    renamed.published = first.published  # the register the first build published
    build_from_snapshot(copy.deepcopy(renamed), out, site)
    after = files(out)
    rewritten = {p for p in after if before.get(p) != after[p] and not p.startswith("pagefind/")}
    new_slug = occupation.slug + "-och-ledare"
    linking = {f"yrken/{r.slug}/index.html" for r in (*occupation.similar, *occupation.similar_to_this)}
    area = next(a for a in build_catalog(sample).areas if occupation.name in [o.name for o in a.occupations])
    assert {f"yrken/{new_slug}/index.html", f"yrken/{occupation.slug}/index.html", "index.html",
            f"omraden/{area.slug}/index.html", "sitemap.xml", f"yrke/{occupation.id}/index.html"} | linking <= rewritten
    assert len(rewritten) < 40  # and not the other 340 occupation pages
    # The old URL now sends the browser to the new one.
    old = BeautifulSoup((out / "yrken" / occupation.slug / "index.html").read_text(), "html.parser")
    assert old.find("link", rel="canonical")["href"].endswith(f"/yrken/{new_slug}/")
    assert old.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url=../../yrken/{new_slug}/"
    build_from_snapshot(copy.deepcopy(renamed), tmp_path / "full", site)
    assert contents(out) == contents(tmp_path / "full")


def subset(src: Path, dest: Path, ids: list[int], rename: dict[int, str] | None = None, edit_text: int | None = None) -> Path:
    items = [i for i in json.loads((src / "yrken.json").read_bytes()) if i["id"] in ids]
    (dest / "yrken").mkdir(parents=True)
    for item in items:
        detail = json.loads((src / "yrken" / f"{item['id']}.json").read_bytes())
        if rename and item["id"] in rename:
            item["namn"] = detail["namn"] = rename[item["id"]]
        if item["id"] == edit_text:
            detail["arbetstid"] = "Nya arbetstider: dag och kväll."
        (dest / "yrken" / f"{item['id']}.json").write_text(json.dumps(detail, ensure_ascii=False))
    (dest / "yrken.json").write_text(json.dumps(items, ensure_ascii=False))
    return dest


def test_live_rebuilds_keep_urls_report_changes_and_feed_them(tmp_path: Path, site, stub_factory) -> None:
    ids = sorted(json.loads(p.read_bytes())["id"] for p in (SAMPLE_SNAPSHOT / "yrken").glob("*.json"))[:40]
    v1 = subset(SAMPLE_SNAPSHOT, tmp_path / "v1", ids[:36])
    catalog_v1 = build_catalog(read_snapshot(v1))
    removed = next(o for o in catalog_v1.occupations if o.similar)
    renamed = next(o for o in catalog_v1.occupations if o.id != removed.id)
    changed = next(o for o in catalog_v1.occupations if o.id not in (removed.id, renamed.id))
    v2_ids = [i for i in ids if i != removed.id]  # ids[36:40] are new
    v2 = subset(SAMPLE_SNAPSHOT, tmp_path / "v2", v2_ids, rename={renamed.id: "Helt nytt namn"}, edit_text=changed.id)
    kept, out = tmp_path / "kept", tmp_path / "site"
    options = FetchOptions(allow_shrink=True, http=HttpPolicy(backoff_initial=0.01))

    def live(upstream: Path):
        stub = stub_factory(upstream)
        settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
        return build_live(settings, kept, out, site, options=options, quiet=True)

    first = live(v1)
    assert len(first.changes.added) == 36
    second = live(v2)
    assert [c["id"] for c in second.changes.added] == ids[36:40]
    assert second.changes.removed == [{"id": removed.id, "name": removed.name}]
    changes = {c["id"]: c["fields"] for c in second.changes.changed}
    assert changes[renamed.id] == ["namn"] and changes[changed.id] == ["arbetstid"]
    assert json.loads((out / "changes.json").read_bytes())["removed"] == [{"id": removed.id, "name": removed.name}]

    # The renamed occupation's old URL and its id URL lead to the new page.
    for path in (f"yrken/{renamed.slug}/index.html", f"yrke/{renamed.id}/index.html"):
        soup = BeautifulSoup((out / path).read_text(), "html.parser")
        assert soup.find("meta", attrs={"http-equiv": "refresh"})["content"].endswith("/yrken/helt-nytt-namn/")
    # The removed occupation's URL says so and points to similar occupations.
    gone = BeautifulSoup((out / "yrken" / removed.slug / "index.html").read_text(), "html.parser")
    assert "finns inte längre" in gone.h1.get_text()
    similar = [a.get_text() for a in gone.select(".refs a")]
    assert similar and set(similar) <= {r.name for r in removed.similar} | {"Helt nytt namn"}
    # The register is kept with the snapshot, so a third build still knows both.
    register = json.loads((kept / "published.json").read_bytes())
    assert register[str(renamed.id)]["old_slugs"] == [renamed.slug] and register[str(removed.id)]["removed"]
    # The feed lists this build's changes, newest first.
    feed = (out / "uppdateringar.xml").read_text()
    assert "Borttaget: " + removed.name in feed and "Uppdaterat: Helt nytt namn" in feed and "Nytt yrke" in feed
    third = live(v2)
    assert third.unchanged and third.changes.empty
    assert (out / "yrken" / removed.slug / "index.html").is_file()


def test_a_removed_occupation_leaves_the_index_of_an_incremental_build(tmp_path: Path, site, sample: Snapshot) -> None:
    """Pagefind reads yrken/ while the rest of the site is planned: the removed occupation's old page
    must be gone from it by then, and the result is what a full build gives."""
    out = tmp_path / "site"
    first = copy.deepcopy(sample)
    build_from_snapshot(first, out, site)
    removed = build_catalog(sample).occupations[0]
    smaller = copy.deepcopy(sample)
    smaller.list_bytes = json.dumps([i for i in json.loads(sample.list_bytes) if i["id"] != removed.id],
                                    ensure_ascii=False).encode()
    del smaller.details[removed.id]
    smaller.published = first.published
    full = copy.deepcopy(smaller)
    report = build_from_snapshot(smaller, out, site)
    assert report.indexed == len(build_catalog(sample).occupations) - 1
    page = (out / "yrken" / removed.slug / "index.html").read_text("utf-8")
    assert "finns inte längre" in page and "data-pagefind-body" not in page
    build_from_snapshot(full, tmp_path / "full", site)
    assert contents(out) == contents(tmp_path / "full")
