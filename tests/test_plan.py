"""The site plan: one job per file, paths owned by the objects, and keys that change only with what a file shows."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from generator.config import SAMPLE_SNAPSHOT
from generator.model.occupations import build_catalog
from generator.site.plan import plan_site
from generator.snapshot.store import read_snapshot
from generator.sources.labour import LabourData


def keys(catalog, site) -> dict[str, str]:
    return {job.path: job.key() for job in plan_site(catalog, site, sample=True)}


def test_every_file_is_planned_once_and_every_page_type_is_there(sample_catalog, site) -> None:
    paths = [job.path for job in plan_site(sample_catalog, site, sample=True)]
    assert len(paths) == len(set(paths))
    assert {o.path for o in sample_catalog.occupations} <= set(paths)
    assert {a.path for a in sample_catalog.areas} <= set(paths)
    assert {"index.html", "404.html", "sok/index.html", "bladdra/index.html", "omraden/index.html", "om/index.html",
            "sitemap.xml", "robots.txt", "_headers", "uppdateringar.xml", "changes.json"} <= set(paths)
    assert {f"yrke/{o.id}/index.html" for o in sample_catalog.occupations} <= set(paths)


def test_a_changed_text_changes_only_the_files_that_show_it(sample_catalog, site) -> None:
    before = keys(sample_catalog, site)
    occupations = list(sample_catalog.occupations)
    target = next(o for o in occupations if o.tasks and not o.similar_to_this)
    occupations[occupations.index(target)] = replace(target, tasks=("En helt ny text om arbetet.",))
    after = keys(replace(sample_catalog, occupations=occupations), site)
    # The work tasks are searchable: the search page's task index changes with them (its parts are named
    # by their content, so a changed part is a new file, and the page that names them changes).
    search_index = re.compile(r"assets/sok(uppgifter-\w|hjalp)\.\w+\.json$")
    assert {p for p in set(before) ^ set(after) if not search_index.match(p)} == set()
    changed = sorted(path for path in before if path in after and before[path] != after[path])
    # And sw.js, whose version follows every file, so readers' phones learn of the new build.
    assert changed == sorted([target.path, "sok/index.html", "sw.js"]), changed


def test_a_changed_name_reaches_the_lists_that_show_it(sample_catalog, site) -> None:
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    target = sample_catalog.occupations[5]
    detail = json.loads(snapshot.details[target.id])
    snapshot.details[target.id] = json.dumps({**detail, "namn": detail["namn"] + " och mer"}).encode()
    before, after = keys(sample_catalog, site), keys(build_catalog(snapshot), site)
    changed = {path for path, key in after.items() if before.get(path) != key}
    assert {"index.html", "bladdra/index.html", f"yrke/{target.id}/index.html"} <= changed
    assert {a.path for a in sample_catalog.areas if target in a.occupations} <= changed
    assert target.path not in after  # a new name gives a new slug; in a live build the register redirects the old one


# A file whose bytes change must have a changed key, or an incremental build keeps the old file.
# Keys are listed beside each page's context in plan.py; this holds them to what the templates read.
OCCUPATION_CHANGES = {
    "oneliner": lambda o: replace(o, oneliner="En helt ny kort beskrivning."),
    "summary": lambda o: replace(o, summary=("En helt ny sammanfattning.",)),
    "working hours": lambda o: replace(o, working_hours=("Dagtid, måndag till fredag.",)),
    "synonyms": lambda o: replace(o, synonyms=(*o.synonyms, "Helt nytt namn")),
    "education": lambda o: replace(o, education_levels=("ingen-gymnasieutbildning",)
                                   if o.education_levels != ("ingen-gymnasieutbildning",) else ("gymnasieutbildning",)),
    "interests": lambda o: replace(o, interests=("R", "I", "A") if o.interests != ("R", "I", "A") else ("S",)),
}


def made(catalog, site, labour) -> dict[str, tuple[str, bytes]]:
    return {job.path: (job.key(), job.make()) for job in plan_site(catalog, site, sample=True, labour=labour)}


def unkeyed_changes(before: dict[str, tuple[str, bytes]], after: dict[str, tuple[str, bytes]]) -> list[str]:
    return sorted(path for path in before.keys() & after.keys()
                  if before[path][1] != after[path][1] and before[path][0] == after[path][0])


@pytest.fixture(scope="module")
def sample_labour():
    return LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))


@pytest.fixture(scope="module")
def baseline(sample_catalog, site, sample_labour):
    return made(sample_catalog, site, sample_labour)


@pytest.mark.parametrize("change", list(OCCUPATION_CHANGES))
def test_every_file_a_changed_field_changes_has_a_new_key(sample_catalog, site, sample_labour, baseline, change) -> None:
    occupations = list(sample_catalog.occupations)
    target = occupations[7]
    occupations[7] = OCCUPATION_CHANGES[change](target)
    after = made(replace(sample_catalog, occupations=occupations), site, sample_labour)
    assert any(baseline[p][1] != after[p][1] for p in baseline.keys() & after.keys())  # the change shows somewhere
    assert unkeyed_changes(baseline, after) == []


def test_every_file_changed_pay_changes_has_a_new_key(sample_catalog, site, baseline) -> None:
    labour = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    code, salary = next((c, s) for c, s in sorted(labour.salaries.items()) if s.median)
    labour.salaries[code] = replace(salary, median=salary.median + 1_000)
    after = made(sample_catalog, site, labour)
    assert any(baseline[p][1] != after[p][1] for p in baseline.keys() & after.keys())
    assert unkeyed_changes(baseline, after) == []


def test_every_file_changed_prospects_change_has_a_new_key(sample_catalog, site, baseline) -> None:
    labour = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    code, prospects = next((c, p) for c, p in sorted(labour.barometer.by_group.items()) if len(p) == 1 and p[0].rating)
    other = next(r for r in ("stora", "medelstora", "små") if r != prospects[0].rating)
    labour.barometer.by_group[code] = [replace(prospects[0], rating=other)]
    after = made(sample_catalog, site, labour)
    assert any(baseline[p][1] != after[p][1] for p in baseline.keys() & after.keys())
    assert unkeyed_changes(baseline, after) == []
