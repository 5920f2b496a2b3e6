"""Stable URLs: the register of published URLs, redirects for ids and old slugs, pages for removed occupations."""

from __future__ import annotations

from generator.model.catalog import Catalog, Occupation, Ref
from generator.model.urls import update_register


def catalog(*occupations: Occupation) -> Catalog:
    return Catalog(occupations=list(occupations), areas=[], problems=[])


def test_every_occupation_answers_at_its_id() -> None:
    urls = update_register({}, catalog(Occupation(1, "Kock", slug="kock"), Occupation(2, "Bagare", slug="bagare")))
    assert [(r.path, r.url) for r in urls.redirects] == [
        ("yrke/1/index.html", "yrken/kock/"), ("yrke/2/index.html", "yrken/bagare/"),
    ]
    assert urls.register["1"] == {"slug": "kock", "name": "Kock", "old_slugs": [], "similar": [], "removed": False}
    assert urls.gone == []


def test_a_renamed_occupation_keeps_its_old_url() -> None:
    first = update_register({}, catalog(Occupation(1, "Kock", slug="kock")))
    renamed = update_register(first.register, catalog(Occupation(1, "Kock och kokerska", slug="kock-och-kokerska")))
    assert renamed.register["1"]["old_slugs"] == ["kock"]
    assert ("yrken/kock/index.html", "yrken/kock-och-kokerska/") in [(r.path, r.url) for r in renamed.redirects]
    # Renamed again: both earlier slugs still lead to the page.
    again = update_register(renamed.register, catalog(Occupation(1, "Kock", slug="kock-2")))
    assert again.register["1"]["old_slugs"] == ["kock", "kock-och-kokerska"]


def test_an_old_slug_taken_by_a_current_occupation_belongs_to_it() -> None:
    first = update_register({}, catalog(Occupation(1, "Kock", slug="kock")))
    later = update_register(first.register, catalog(Occupation(1, "Kock", slug="kock-1"), Occupation(2, "Kock", slug="kock")))
    assert later.register["1"]["old_slugs"] == []
    assert "yrken/kock/index.html" not in [r.path for r in later.redirects]


def test_a_removed_occupation_says_so_and_points_to_similar_ones() -> None:
    bagare = Occupation(2, "Bagare", slug="bagare")
    kock = Occupation(1, "Kock", slug="kock", similar=(Ref(2, "Bagare", "bagare"),))
    first = update_register({}, catalog(kock, bagare))
    later = update_register(first.register, catalog(bagare))
    (gone,) = later.gone
    assert (gone.id, gone.slug, gone.path) == (1, "kock", "yrken/kock/index.html")
    assert [(r.id, r.url) for r in gone.similar] == [(2, "yrken/bagare/")]
    assert later.register["1"]["removed"] is True
    assert ("yrke/1/index.html", "yrken/kock/") in [(r.path, r.url) for r in later.redirects]
    # Still gone a build later, and the register remembers it.
    assert [g.slug for g in update_register(later.register, catalog(bagare)).gone] == ["kock"]


# --- Issue 23, point 2: a rename never takes over another occupation's published URL ------------

def publish(register: dict, *occupations: Occupation):
    from generator.model.slugs import assign_slugs

    assign_slugs(occupations, register)
    return update_register(register, catalog(*occupations))


def test_a_rename_onto_another_occupations_slug_gets_the_suffixed_one() -> None:
    first = publish({}, Occupation(1, "Kock"), Occupation(2, "Advokat"))
    assert (first.register["1"]["slug"], first.register["2"]["slug"]) == ("kock", "advokat")
    renamed, advokat = Occupation(1, "Advokåt"), Occupation(2, "Advokat")
    later = publish(first.register, renamed, advokat)
    assert advokat.slug == "advokat" and renamed.slug == "advokat-1"
    redirects = {r.path: r.url for r in later.redirects}
    assert redirects["yrken/kock/index.html"] == "yrken/advokat-1/"  # the renamed one's old URL follows it
    assert "yrken/advokat/index.html" not in redirects
    assert later.register["2"] == {**first.register["2"], "old_slugs": []}
    # Renamed back: it takes its own old slug again, and the suffixed one redirects.
    back = Occupation(1, "Kock")
    again = publish(later.register, back, Occupation(2, "Advokat"))
    assert back.slug == "kock" and {r.path: r.url for r in again.redirects}["yrken/advokat-1/index.html"] == "yrken/kock/"


def test_a_newcomer_never_takes_a_published_url_not_even_with_a_lower_id() -> None:
    first = publish({}, Occupation(5, "Advokat"), Occupation(6, "Jurist"))
    newcomer, advokat = Occupation(3, "Advokat"), Occupation(5, "Advokat")
    publish(first.register, newcomer, advokat, Occupation(6, "Jurist"))
    assert (advokat.slug, newcomer.slug) == ("advokat", "advokat-3")
    # An old slug is a published URL too: a newcomer named like it gets the suffixed one.
    moved = publish(first.register, Occupation(5, "Advokat och jurist"), Occupation(6, "Jurist"))
    late, renamed = Occupation(2, "Advokat"), Occupation(5, "Advokat och jurist")
    publish(moved.register, late, renamed, Occupation(6, "Jurist"))
    assert (late.slug, renamed.slug) == ("advokat-2", "advokat-och-jurist")
    # With no register (a first build), the lowest id of a name gets the plain slug, as before.
    a, b = Occupation(9, "Kock"), Occupation(4, "Kock")
    publish({}, a, b)
    assert (b.slug, a.slug) == ("kock", "kock-9")


def test_a_takeover_through_the_whole_model(tmp_path, real_2018) -> None:
    """The snapshot's register reaches the slugs: build_catalog honours it."""
    import json

    from generator.model.occupations import build_catalog
    from generator.snapshot.store import read_snapshot

    snapshot = read_snapshot(real_2018)
    before = build_catalog(snapshot)
    snapshot.published = update_register({}, before).register
    target = next(o for o in before.occupations if o.name == "Advokat")
    lower = min((o for o in before.occupations if o.id < target.id), key=lambda o: o.id)
    detail = json.loads(snapshot.details[lower.id])
    detail["namn"] = "Advokåt"
    snapshot.details[lower.id] = json.dumps(detail, ensure_ascii=False).encode()
    after = build_catalog(snapshot)
    slugs = {o.id: o.slug for o in after.occupations}
    assert slugs[target.id] == target.slug == "advokat"
    assert slugs[lower.id] == f"advokat-{lower.id}"
    redirects = {r.path: r.url for r in update_register(snapshot.published, after).redirects}
    assert redirects[f"yrken/{lower.slug}/index.html"] == f"yrken/advokat-{lower.id}/"
