import json
from pathlib import Path

from generator.model.occupations import build_catalog
from generator.snapshot.store import Snapshot, read_snapshot


def snapshot_of(summaries: list, details: list) -> Snapshot:
    return Snapshot(
        list_bytes=json.dumps(summaries).encode(),
        details={d["id"]: json.dumps(d).encode() for d in details},
    )


def test_real_2018_texts_load_completely(real_2018: Path) -> None:
    catalog = build_catalog(read_snapshot(real_2018))
    assert len(catalog.occupations) == 323 and catalog.left_out == []
    assert len({o.slug for o in catalog.occupations}) == 323
    brev = next(o for o in catalog.occupations if o.name == "Brevbärare")
    assert brev.slug == "brevbarare" and brev.tasks and brev.areas
    assert all(link.url.startswith(("http://", "https://")) for o in catalog.occupations for link in o.links)


def test_merge_of_list_and_detail() -> None:
    summary = {"id": 1, "namn": "Kock", "oneliner": " Lagar mat. ", "yrkessynonymer": ["Kokerska", "", "Kokerska"],
               "isEjGymnasie": False, "isGymnasie": True, "isEftergymn2less": True, "isEftergymn2more": False,
               "bildlank": "https://x.se/k.jpg ", "bildsammanfattning": "En kock"}
    detail = {"id": 1, "namn": "Kock", "sammanfattning": "Första.\n\nAndra.", "arbetstid": "", "arbetsplats": None,
              "intresseprofil": {"primar": "r", "sekundar": "A", "tertiar": None},
              "metadata": {"version": 2, "senastUppdaterad": "2024-03-15T00:00:00"}}
    (o,) = build_catalog(snapshot_of([summary], [detail])).occupations
    assert o.oneliner == "Lagar mat." and o.synonyms == ("Kokerska",)
    assert o.education_levels == ("gymnasieutbildning", "kortare-eftergymnasial")
    assert o.summary == ("Första.", "Andra.") and o.working_hours == () and o.workplace == ()
    assert o.interests == ("R", "A") and o.updated.isoformat() == "2024-03-15"
    assert o.image.url == "https://x.se/k.jpg" and o.image.alt == "En kock"


def test_unusable_records_are_reported_with_id_and_field_and_left_out() -> None:
    summaries = [{"id": 1, "namn": "A"}, {"id": 2, "namn": "B"}, {"id": 3, "namn": "C"}, {"namn": "no id"}, {"id": 4}]
    details = [{"id": 1, "namn": "A"}, {"id": 2}, {"id": 3, "namn": 42}]
    catalog = build_catalog(snapshot_of(summaries, details))
    assert [o.id for o in catalog.occupations] == [1]
    left = {(p.record_id, p.field) for p in catalog.left_out}
    assert left == {(2, "namn"), (3, "namn"), ("#3 in the list", "id"), (4, "detail")}
    assert all(str(p.record_id) in str(p) and p.field in str(p) for p in catalog.left_out)


def test_wrong_optional_types_drop_the_field_only() -> None:
    details = [{"id": 1, "namn": "A", "arbetsuppgifter": 5, "lankar": "x", "liknandeYrken": [{"id": 99}]}]
    catalog = build_catalog(snapshot_of([{"id": 1}], details))
    assert [o.id for o in catalog.occupations] == [1]
    fields = {p.field for p in catalog.problems if not p.fatal}
    assert {"arbetsuppgifter", "lankar", "liknandeYrken"} <= fields
    assert catalog.occupations[0].similar == ()


def test_duplicates_and_slug_collisions_are_stable() -> None:
    summaries = [{"id": 7, "namn": "Snickare"}, {"id": 3, "namn": "Snickare"}, {"id": 7, "namn": "Dubblett"}, {"id": 9, "namn": "!!!"}]
    details = [{"id": 7, "namn": "Snickare"}, {"id": 3, "namn": "Snickäre"}, {"id": 9, "namn": "!!!"}]
    catalog = build_catalog(snapshot_of(summaries, details))
    slugs = {o.id: o.slug for o in catalog.occupations}
    assert slugs == {3: "snickare", 7: "snickare-7", 9: "yrke-9"}
    assert any(p.record_id == 7 and p.field == "id" for p in catalog.problems)
    reversed_catalog = build_catalog(snapshot_of(summaries[::-1], details[::-1]))
    assert {o.id: o.slug for o in reversed_catalog.occupations} == slugs


def test_similar_occupations_resolve_both_ways() -> None:
    details = [{"id": 1, "namn": "A", "liknandeYrken": [{"id": 2, "namn": "B"}]}, {"id": 2, "namn": "B"}]
    catalog = build_catalog(snapshot_of([{"id": 1}, {"id": 2}], details))
    a, b = catalog.occupations
    assert [r.slug for r in a.similar] == ["b"] and [r.slug for r in b.similar_to_this] == ["a"]
