"""The typed catalog templates see: occupations, areas and the small values they hold.

`generator.model.occupations` makes these from raw records; each object owns its own
page path and URL, so no other module spells them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from generator.helpers.search_terms import catalog_heads
from generator.helpers.text import initial_letter

INTEREST_LETTERS = ("R", "I", "A", "S", "E", "C")

# (API flag, slug, plain Swedish words for a job seeker)
EDUCATION_LEVELS = (
    ("isEjGymnasie", "ingen-gymnasieutbildning", "Kräver ingen gymnasieutbildning"),
    ("isGymnasie", "gymnasieutbildning", "Gymnasieutbildning"),
    ("isEftergymn2less", "kortare-eftergymnasial", "Eftergymnasial utbildning, kortare än två år"),
    ("isEftergymn2more", "langre-eftergymnasial", "Eftergymnasial utbildning, två år eller längre"),
)


def occupation_url(slug: str) -> str:
    """Where an occupation's page is, relative to the site root: the one spelling of that URL."""
    return f"yrken/{slug}/"


def area_url(slug: str) -> str:
    return f"omraden/{slug}/"


def id_url(record_id: int | str) -> str:
    """The short URL every occupation answers at too, by its id; it redirects to the page."""
    return f"yrke/{record_id}/"


def page_path(url: str) -> str:
    """The file a folder URL is served from: "yrken/kock/" -> "yrken/kock/index.html"."""
    return url + "index.html"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one record: where (id, field) and what."""

    record_id: int | str
    field: str
    message: str
    fatal: bool = True  # fatal: the record was left out; otherwise only the field was dropped

    def __str__(self) -> str:
        return f"occupation {self.record_id}, field {self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class Link:
    name: str
    url: str
    category: str


@dataclass(frozen=True, slots=True)
class Item:
    """A titled line, used for abilities and education details."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class SsykGroup:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Image:
    url: str
    alt: str
    key: str | None = None  # where the snapshot keeps the fetched file; None when it has none


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to another occupation by id, resolved to its page when it exists."""

    id: int
    name: str
    slug: str

    @property
    def url(self) -> str:
        return occupation_url(self.slug)


@dataclass(slots=True)
class Occupation:
    id: int
    name: str
    slug: str = ""
    oneliner: str = ""
    short_summary: str = ""
    summary: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    working_hours: tuple[str, ...] = ()
    environment: tuple[str, ...] = ()
    workplace: tuple[str, ...] = ()
    international: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    education_levels: tuple[str, ...] = ()  # slugs from EDUCATION_LEVELS, in that order
    ssyk_groups: tuple[SsykGroup, ...] = ()
    abilities_intro: str = ""
    abilities: tuple[Item, ...] = ()
    education_intro: tuple[str, ...] = ()
    education: tuple[Item, ...] = ()
    path_intro: tuple[str, ...] = ()
    path_categories: tuple[Item, ...] = ()
    show_validation: bool = False
    similar_ids: tuple[int, ...] = ()
    similar: tuple[Ref, ...] = ()
    similar_to_this: tuple[Ref, ...] = ()  # occupations that list this one as similar
    links: tuple[Link, ...] = ()
    interests: tuple[str, ...] = ()  # RIASEC letters: primary, secondary, tertiary
    image: Image | None = None
    updated: date | None = None
    version: int | None = None

    @property
    def letter(self) -> str:
        return initial_letter(self.name)

    @property
    def url(self) -> str:
        return occupation_url(self.slug)

    @property
    def path(self) -> str:
        return page_path(self.url)

    # The two short texts, in the order each place wants them: a list shows the list's own
    # one-line teaser first; the page leads with the editors' short summary.
    @property
    def teaser(self) -> str:
        """One line for lists and search results."""
        return self.oneliner or self.short_summary

    @property
    def lead(self) -> str:
        """The page's opening line."""
        return self.short_summary or self.oneliner

    @property
    def description(self) -> str:
        """For meta descriptions and feeds: the lead, else the first paragraph."""
        return self.lead or (self.summary[0] if self.summary else "")


@dataclass(slots=True)
class Area:
    name: str
    slug: str
    occupations: list[Occupation] = field(default_factory=list)

    @property
    def url(self) -> str:
        return area_url(self.slug)

    @property
    def path(self) -> str:
        return page_path(self.url)


@dataclass(slots=True)
class Catalog:
    occupations: list[Occupation]  # A–Ö order
    areas: list[Area]
    problems: list[Problem]
    _heads: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def left_out(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]

    def compound_heads(self) -> frozenset[str]:
        """The words that may end a compound here (`search_terms.catalog_heads`), made once: the
        search lists and the task index split the same names, and share what was split."""
        if self._heads is None:
            self._heads = catalog_heads((o.name for o in self.occupations), (s for o in self.occupations for s in o.synonyms),
                                        (g.name for o in self.occupations for g in o.ssyk_groups))
        return self._heads
