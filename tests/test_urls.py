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
