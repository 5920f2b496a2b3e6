"""What files the site has: one small planner per page type, as Pelican has one generator per kind.

`plan_site` returns every output file as a `PageJob` (its path, what it is made
from, how to make it); nothing is rendered until the build asks a job for its bytes.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote, urlsplit

from generator.config import TEMPLATES_DIR, SiteSettings
from generator.site import feed
from generator.site import offline_app
from generator.site import search_intent
from generator.site import search_lists
from generator.site import sitemap
from generator.site.content_pages import ContentPage, load_content_pages
from generator.site.images import Picture, encode
from generator.sources.labour import BAROMETER, COUNTIES, MISSING, SALARIES, LabourData, OccupationLabour
from generator.site.formatting import RATING_WORDS, pay_reference
from generator.model.occupations import EDUCATION_LEVELS, Catalog, Occupation
from generator.site.render import EDUCATION_WORDS, INTERESTS, PageJob, Renderer, hashed_name
from generator.site.saved_data import labour_fields, labour_sources, saved_list_rows
from generator.model.urls import PublishedUrls, update_register


def labour_facts(catalog: Catalog, labour: LabourData | None) -> dict[int, OccupationLabour]:
    """Each occupation's labour-market facts, for those that have any."""
    if labour is None:
        return {}
    facts = {o.id: labour.for_occupation(o) for o in catalog.occupations}
    return {key: value for key, value in facts.items() if value.prospects or value.salaries}


def _listing(occupations: list[Occupation], facts: dict[int, OccupationLabour]) -> list[tuple[str, str, str, str | None, str | None]]:
    """What a list of occupations shows of each: name, link, teaser, the compact rating, and the
    rating in every region (for the reader's county)."""
    return [(o.name, o.slug, o.teaser, facts[o.id].headline_rating() if o.id in facts else None,
             facts[o.id].ratings_code() if o.id in facts else None) for o in occupations]


class SitePlanner:
    """Plans the files of one build. Each `plan_*` method adds the files of one page type."""

    def __init__(
        self, catalog: Catalog, site: SiteSettings, *, sample: bool, urls: PublishedUrls | None,
        history: list[dict[str, Any]] | None, content_pages: list[ContentPage] | None, templates_dir: Path,
        search_bundles: tuple[str, ...], pictures: dict[int, Picture] | None, images: dict[str, bytes] | None,
        labour: LabourData | None = None,
    ) -> None:
        self.catalog, self.site, self.sample = catalog, site, sample
        self.labour = labour_facts(catalog, labour)
        # Whether each source is there at all: then an occupation it has nothing for says so.
        self.sources_there = {key: labour is not None and labour.sources[key].state != MISSING for key in (BAROMETER, SALARIES)}
        self.pay_reference = pay_reference([f.headline_median for f in self.labour.values() if f.headline_median])
        self.urls = urls or update_register({}, catalog)
        self.history = history or []
        self.pages = content_pages if content_pages is not None else load_content_pages()
        self.pictures, self.images = pictures or {}, images or {}
        self.areas_by_name = {a.name: a for a in catalog.areas}
        self.renderer = Renderer(site, templates_dir)
        self.renderer.env.globals.update(sample=sample, search_bundles=search_bundles, nav_pages=self.pages,
                                         labour_facts=self.labour)
        self.templates_dir = templates_dir
        self.jobs: list[PageJob] = []
        # Named now, written with the static files: the occupation pages, planned first, link to it.
        self.county_data = self.county_file_data()
        self.county_file = hashed_name("lan", ".json", self.county_data)
        self.search_files: list[str] = []  # the search page's data in assets/: the worker keeps them

    def plan(self) -> Iterator[PageJob]:
        """The jobs of each page type in turn, each type planned only when the previous one's jobs were taken."""
        for planner in (self.plan_occupations, self.plan_pictures, self.plan_index, self.plan_areas, self.plan_search,
                        self.plan_browse, self.plan_content_pages, self.plan_moved_and_gone, self.plan_feed,
                        self.plan_sitemap, self.plan_static, self.plan_saved_lists,
                        self.plan_offline_app):  # last: the service worker's version covers every other file
            start = len(self.jobs)
            planner()
            yield from self.jobs[start:]

    def page(self, template: str, path: str, inputs: Callable[[], object], **context: Any) -> None:
        self.jobs.append(PageJob(path, inputs, lambda: self.renderer.render(template, path, **context)))

    def asset(self, stem: str, data: bytes, suffix: str = ".json") -> str:
        """A generated asset named by its content hash, like the static ones; returns its file name."""
        name = hashed_name(stem, suffix, data)
        self.jobs.append(PageJob(f"assets/{name}", lambda: name, lambda: data))
        return name

    def plan_occupations(self) -> None:
        shared = dict(show_prospects=self.sources_there[BAROMETER], show_pay=self.sources_there[SALARIES],
                      pay_reference=self.pay_reference, county_file=self.county_file)
        for o in self.catalog.occupations:
            areas = [self.areas_by_name[a] for a in o.areas]
            self.page("occupation.html", o.path, lambda o=o, areas=areas: (o, sorted((a.name, a.slug) for a in areas),
                                                                            self.pictures.get(o.id), self.labour.get(o.id),
                                                                            sorted(shared.items())),
                      occupation=o, areas=areas, platsbanken_url=self.site.platsbanken_search + quote(o.name),
                      picture=self.pictures.get(o.id), labour=self.labour.get(o.id), **shared)

    def county_file_data(self) -> bytes:
        """The counties' names and JobTech concept ids (as JobSearch's answers gave them), for the
        reader's county on occupation pages: one small file for the site, not 21 rows on every page."""
        concepts = {c.code: c.concept_id for facts in self.labour.values() for ads in facts.ads for c in ads.counties
                    if c.concept_id}
        data = {"namn": COUNTIES, "begrepp": dict(sorted(concepts.items()))}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()

    def plan_pictures(self) -> None:
        """Each picture's variants, once even where occupations share an image."""
        keys = {o.id: o.image.key for o in self.catalog.occupations if o.image}
        written: set[str] = set()
        for occupation_id, picture in sorted(self.pictures.items()):
            key = keys[occupation_id]
            for variant in picture.variants:
                if variant.path not in written:
                    written.add(variant.path)
                    self.jobs.append(PageJob(variant.path, lambda v=variant, k=key: (k, v),
                                             lambda v=variant, k=key: encode(self.images[k], v)))

    def plan_index(self) -> None:
        by_letter: dict[str, list[Occupation]] = {}
        for occupation in self.catalog.occupations:
            by_letter.setdefault(occupation.letter, []).append(occupation)
        self.page("index.html", "index.html", lambda: _listing(self.catalog.occupations, self.labour), by_letter=by_letter,
                  catalog=self.catalog)

    def plan_areas(self) -> None:
        areas = self.catalog.areas
        self.page("areas.html", "omraden/index.html", lambda: [(a.name, a.slug, len(a.occupations)) for a in areas],
                  areas=areas)
        for area in areas:
            self.page("area.html", area.path, lambda a=area: (a.name, _listing(a.occupations, self.labour)), area=area)

    def plan_search(self) -> None:
        ratings = {key: RATING_WORDS[r] for key, facts in self.labour.items() if (r := facts.headline_rating())}
        names, summaries = search_lists.search_lists(self.catalog, ratings)
        names_file = self.asset("sokord", names)
        summary_files = [self.asset("sammanfattningar", chunk) for chunk in summaries]
        help_file = self.plan_search_help()
        self.search_files += [names_file, *summary_files, help_file]
        self.page("search.html", "sok/index.html", lambda: (names_file, summary_files, help_file),
                  names_file=names_file, summary_files=summary_files, help_file=help_file,
                  summaries_per_file=search_lists.SUMMARIES_PER_FILE)

    def plan_search_help(self) -> str:
        """The task index in one file per first letter, and the phrases and facets that name them."""
        made = search_intent.search_help(self.catalog, search_intent.load_phrases(), search_intent.load_definitions(),
                                          self.labour)
        shards = {key: self.asset(f"sokuppgifter-{key}", data) for key, data in made.shards.items()}
        filters = self.asset("sokfilter", search_lists.compact_json(made.filters))
        self.search_files += [*shards.values(), filters]
        return self.asset("sokhjalp", search_lists.compact_json({**made.help, "delar": shards, "filterfil": filters}))

    def plan_browse(self) -> None:
        occupations = self.catalog.occupations
        self.page("browse.html", "bladdra/index.html",
                  lambda: [(o.name, o.slug, o.teaser, o.areas, o.education_levels, o.interests, self._browse_labour(o))
                           for o in occupations],
                  occupations=occupations, areas=self.catalog.areas, areas_by_name=self.areas_by_name,
                  education_levels=[(slug, words) for _, slug, words in EDUCATION_LEVELS])

    def _browse_labour(self, o: Occupation) -> tuple[str, int | None, str]:
        """What the browse page's filter and sort read of an occupation: ratings and open ads per region, median pay."""
        facts = self.labour.get(o.id)
        return (facts.ratings_code(), facts.headline_median, facts.ads_code()) if facts else ("", None, "")

    def plan_content_pages(self) -> None:
        for content_page in self.pages:
            self.page("page.html", content_page.path, lambda: None, page=content_page)
        # Hosts serve 404.html at any unknown URL, however deep: its links start from the site's root.
        self.page("404.html", "404.html", lambda: None, root=urlsplit(self.site.base_url).path or "/")

    def plan_moved_and_gone(self) -> None:
        """Old URLs keep working: redirects to where an occupation is now, and pages saying one is gone."""
        for redirect in self.urls.redirects:
            self.page("redirect.html", redirect.path, lambda r=redirect: r, redirect=redirect)
        for gone in self.urls.gone:
            self.page("gone.html", gone.path, lambda g=gone: g, gone=gone)

    def plan_feed(self) -> None:
        entries = feed.feed_entries(self.catalog, self.history, self.site)
        self.page("feed.xml", "uppdateringar.xml", lambda: entries, entries=entries, updated=feed.latest_updated(entries))
        latest = feed.latest_change(self.history)
        self.jobs.append(PageJob("changes.json", lambda: latest, lambda: feed.changes_json(latest)))

    def plan_sitemap(self) -> None:
        entries = sitemap.sitemap_entries(self.catalog, self.pages, self.site)
        self.page("sitemap.xml", "sitemap.xml", lambda: entries, entries=entries)

    def plan_static(self) -> None:
        self.page("robots.txt", "robots.txt", lambda: None)
        self.page("_headers", "_headers", lambda: None)
        for hashed, data in self.renderer.assets.values():
            self.jobs.append(PageJob(f"assets/{hashed}", lambda: None, lambda d=data: d))
        self.asset("lan", self.county_data)

    def plan_saved_lists(self) -> None:
        """Mina yrken and Jämför: two pages drawn in the browser from one JSON file of every occupation."""
        interest_names = {letter: name for letter, (name, _) in INTERESTS.items()}
        data = saved_list_rows(self.catalog.occupations, EDUCATION_WORDS, interest_names,
                               lambda o: labour_fields(self.labour.get(o.id)),
                               {**labour_sources(self.labour.values()), "sample": "1" if self.sample else ""})
        self.saved_list_file = data_file = self.asset("mina-yrken", data)
        self.page("mina_yrken.html", "mina-yrken/index.html", lambda: data_file, data_file=data_file)
        self.page("jamfor.html", "jamfor/index.html", lambda: data_file, data_file=data_file)

    def plan_offline_app(self) -> None:
        """Icons, the web app manifest, the offline page, and the service worker, whose version
        is a hash of every other file, so any change to the site reaches readers as an update."""
        icons = {size: self.asset(f"icon-{size}", offline_app.icon_png(size), ".png") for size in offline_app.ICON_SIZES}
        manifest = offline_app.web_manifest(self.site.title, "Yrken", self.site.description, icons,
                                            app_id=urlsplit(self.site.base_url).path or "/")
        self.jobs.append(PageJob(offline_app.MANIFEST_PATH, lambda: manifest, lambda: manifest))
        self.page("offline.html", offline_app.OFFLINE_PATH, lambda: None)
        assets = self.renderer.assets
        shell = offline_app.shell_files([hashed for hashed, _ in assets.values()],
                                        [self.saved_list_file, self.county_file, *icons.values()])
        search = [f"assets/{name}" for name in sorted(self.search_files)]
        others = list(self.jobs)
        version = functools.cache(lambda: offline_app.worker_version(((j.path, j.key()) for j in others),
                                                                     self.templates_dir))
        self.jobs.append(PageJob("sw.js", lambda: (version(), shell, search),
                                 lambda: self.renderer.render("sw.js", "sw.js", version=version(), shell=shell,
                                                              search=search)))


def plan_site(
    catalog: Catalog, site: SiteSettings, *, sample: bool, urls: PublishedUrls | None = None,
    history: list[dict[str, Any]] | None = None, content_pages: list[ContentPage] | None = None,
    templates_dir: Path = TEMPLATES_DIR, search_bundles: tuple[str, ...] = ("pagefind",),
    pictures: dict[int, Picture] | None = None, images: dict[str, bytes] | None = None,
    labour: LabourData | None = None,
) -> Iterator[PageJob]:
    """Every file of the site, planned, in the order the build writes them: the occupation pages first.

    Lazily, so a full build can write the occupation pages and start indexing them before it
    plans the rest (the search lists, the feed and the sitemap take a while)."""
    return SitePlanner(
        catalog, site, sample=sample, urls=urls, history=history, content_pages=content_pages,
        templates_dir=templates_dir, search_bundles=search_bundles, pictures=pictures, images=images, labour=labour,
    ).plan()
