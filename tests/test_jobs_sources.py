"""Issue 22's sources, the real client against the stand-in over loopback: JobSearch's open
ads per SSYK group and SCB's occupational register (YREG60BAS, YREG54BAS)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import SAMPLE_SNAPSHOT, labour_settings_from_env
from generator.devtools.stub_api import Faults
from generator.fetch.api import FetchOptions
from generator.fetch.http import HttpPolicy
from generator.helpers.aio import run_sync
from generator.sources.barometer import COUNTIES
from generator.sources.employed import EMPLOYED, EMPLOYED_AGE, parse_ages, parse_employed
from generator.sources.fetch import add_labour
from generator.sources.jobsearch import CONCEPT_IDS_FILE, JOBSEARCH, group_concept_ids, parse_answer, request_url
from generator.sources.labour import LabourData
from generator.sources.base import ssyk_codes
from generator.snapshot.store import Snapshot, read_snapshot

from support import QUICK_SOURCES, labour_settings, without_labour

FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=5, retry_after_max=3))
QUICK = QUICK_SOURCES
NEW = (JOBSEARCH, EMPLOYED, EMPLOYED_AGE)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def current() -> Snapshot:
    return without_labour(read_snapshot(SAMPLE_SNAPSHOT))


@pytest.fixture(scope="module")
def sample() -> LabourData:
    return LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))


@pytest.fixture
def previous() -> Snapshot:
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    for entry in snapshot.manifest["labour"].values():
        entry["fetched_at"] = "2026-06-02T03:00:00+00:00"
    return snapshot


def fetch(stub, snapshot: Snapshot, previous: Snapshot | None = None, labour=QUICK):
    settings = labour_settings(stub)
    return run_sync(add_labour(snapshot, previous, settings, options=FAST, labour=labour, only=NEW))


def states(report) -> dict[str, str]:
    return {key: state.state for key, state in report.states.items()}


def test_the_concept_id_table_is_what_its_script_makes_from_the_taxonomy(tmp_path: Path) -> None:
    shared = Path(__import__("os").environ.get("YRKESINFO_SHARED_DIR", ROOT.parent / "shared"))
    taxonomy = shared / "data" / "upstream" / "jobtech-taxonomy"
    if not taxonomy.is_dir():
        pytest.skip("the shared JobTech taxonomy files are not here")
    sys.path.insert(0, str(ROOT / "content"))
    try:
        from make_ssyk_concept_ids import concept_ids
    finally:
        sys.path.pop(0)
    assert json.loads(CONCEPT_IDS_FILE.read_bytes())["begrepp"] == concept_ids(taxonomy)
    ids = group_concept_ids()
    assert len(ids) >= 400 and len(set(ids.values())) == len(ids)
    assert ids["3511"] == "13md_uyV_BNG"  # Drifttekniker, IT, as the taxonomy file names it
    codes = ssyk_codes(read_snapshot(SAMPLE_SNAPSHOT).details)
    assert [c for c in codes if c not in ids] == []  # every group of the sample has its id


def test_default_urls_are_the_real_hosts() -> None:
    settings = labour_settings_from_env({})
    assert settings.jobsearch_url == "https://jobsearch.api.jobtechdev.se/search"
    assert settings.employed_county_url == "https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0208/AM0208M/YREG60BAS"
    assert settings.employed_age_url == "https://api.scb.se/OV0104/v1/doris/sv/ssd/AM/AM0208/AM0208E/YREG54BAS"
    assert request_url(settings.jobsearch_url, "DJh5_yyF_hEM") == (
        "https://jobsearch.api.jobtechdev.se/search?occupation-group=DJh5_yyF_hEM&limit=0&stats=region&stats.limit=30")


def test_healthy_sources_are_fetched_fresh_and_read_as_the_sample_does(stub_factory, current, sample) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT)
    report = fetch(stub, current)
    assert states(report) == {JOBSEARCH: "fresh", EMPLOYED: "fresh", EMPLOYED_AGE: "fresh"}
    groups = [c for c in ssyk_codes(current.details) if c in group_concept_ids()]
    assert report.requests[JOBSEARCH] == len(groups)  # one count per group
    assert report.requests[EMPLOYED] == report.requests[EMPLOYED_AGE] == 2  # the metadata, then one query for every group
    fetched = LabourData.from_snapshot(current)
    for code, ads in sample.jobs.by_group.items():
        got = fetched.jobs.by_group[code]
        assert (got.total, got.counties) == (ads.total, ads.counties), code
    assert fetched.employed == sample.employed
    entry = current.manifest["labour"][JOBSEARCH]
    assert entry["state"] == "fresh" and entry["url"] == stub.jobsearch_url and entry["rows"] > 100


def test_counties_left_out_of_the_statistics_are_zero_and_unknown_groups_answer_zero(stub_factory) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT)
    import httpx

    answer = httpx.get(request_url(stub.jobsearch_url, "no_such_id_x")).content
    assert parse_answer(answer) == (0, dict.fromkeys(COUNTIES, 0), {})
    sparse = json.dumps({"total": {"value": 3}, "stats": [{"type": "region", "values": [
        {"term": "Gotlands län", "concept_id": "K8iD_VQv_2BA", "code": "09", "count": 3}]}]}).encode()
    total, counts, concepts = parse_answer(sparse)
    assert total == 3 and counts["09"] == 3 and counts["01"] == 0 and sum(counts.values()) == 3
    assert concepts == {"09": "K8iD_VQv_2BA"}


def test_a_group_with_no_ads_is_a_fact(sample) -> None:
    empty = [a for a in sample.jobs.by_group.values() if a.total == 0]
    assert empty and all(a.county(code) == 0 for a in empty for code in COUNTIES)


def test_a_source_whose_every_answer_is_zero_is_suspect(stub_factory, tmp_path, current) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(SAMPLE_SNAPSHOT, upstream)
    shutil.rmtree(upstream / "arbetsmarknad" / "jobsearch")  # every group is unknown to it: 200 with 0
    stub = stub_factory(upstream)
    report = fetch(stub, current)
    assert report.states[JOBSEARCH].state == "missing" and "suspect" in report.states[JOBSEARCH].problem
    assert report.states[EMPLOYED].state == "fresh"


def test_429_with_retry_after_is_waited_out(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(rate_429=0.05, retry_after=1, seed=3))
    report = fetch(stub, current)
    assert states(report) == {JOBSEARCH: "fresh", EMPLOYED: "fresh", EMPLOYED_AGE: "fresh"}
    assert stub.stats()["by_status"].get(429, 0) >= 1
    assert max(report.seconds.values()) >= 1.0


@pytest.mark.parametrize("faults", [Faults(down=True), Faults(rate_malformed=1.0)], ids=["down", "malformed"])
def test_a_broken_source_falls_back_to_the_previous_copy_with_its_date(stub_factory, current, previous, faults) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, faults)
    report = fetch(stub, current, previous)
    assert states(report) == {JOBSEARCH: "stale", EMPLOYED: "stale", EMPLOYED_AGE: "stale"}
    for key in NEW:
        assert current.labour[key] == previous.labour[key]
        assert report.states[key].fetched_at == "2026-06-02T03:00:00+00:00" and report.states[key].problem
    data = LabourData.from_snapshot(current)
    assert next(iter(data.jobs.by_group.values())).counted_at == "2026-06-02T03:00:00+00:00"


def test_a_broken_source_without_a_previous_copy_is_missing(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(down=True))
    report = fetch(stub, current)
    assert states(report) == {JOBSEARCH: "missing", EMPLOYED: "missing", EMPLOYED_AGE: "missing"}
    data = LabourData.from_snapshot(current)
    assert data.jobs is None and data.employed == {}


def test_a_register_that_shrank_falls_back(stub_factory, tmp_path, current, previous) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(SAMPLE_SNAPSHOT, upstream)
    meta_path = upstream / "arbetsmarknad" / "yrkesregistret" / "lan-tabell.json"
    meta = json.loads(meta_path.read_bytes())
    occupation = meta["variables"][1]
    occupation["values"], occupation["valueTexts"] = occupation["values"][:20], occupation["valueTexts"][:20]
    meta_path.write_text(json.dumps(meta), "utf-8")
    report = fetch(stub_factory(upstream), current, previous)
    assert report.states[EMPLOYED].state == "stale" and "far fewer" in report.states[EMPLOYED].problem


def test_hidden_figures_are_no_figures_never_zero(sample) -> None:
    labour = read_snapshot(SAMPLE_SNAPSHOT).labour
    employed = {code: e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "older_share": parse_ages(
        labour[EMPLOYED_AGE]).by_group.get(code, ("", None))[1]}) for code, e in parse_employed(labour[EMPLOYED]).by_group.items()}
    hidden_county = [e for e in employed.values() if None in dict(e.counties).values()]
    hidden_women = [e for e in employed.values() if e.women_share is None]
    assert hidden_county and hidden_women and all(e.total is None for e in hidden_women)
    assert not any(0 in dict(e.counties).values() for e in hidden_county)
    assert [e for e in employed.values() if e.older_share is None]
    known = [e for e in employed.values() if e.older_share is not None and e.women_share is not None]
    assert known and all(0 < e.older_share < 1 and 0 < e.women_share < 1 for e in known)


def test_the_age_table_is_found_by_its_texts_not_its_codes(sample) -> None:
    labour = read_snapshot(SAMPLE_SNAPSHOT).labour
    counties, ages = dict(labour[EMPLOYED]), dict(labour[EMPLOYED_AGE])
    for files in (counties, ages):
        for name in files:
            files[name] = files[name].replace(b'"000006Y1"', b'"XYZ123"')
    assert parse_employed(counties).by_group == parse_employed(labour[EMPLOYED]).by_group
    assert parse_ages(ages).by_group == parse_ages(labour[EMPLOYED_AGE]).by_group
    assert [e.older_share for e in sample.employed.values()].count(None) < len(sample.employed) / 2


def test_the_stand_in_prints_the_new_sources_urls(tmp_path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "generator", "stub-api", "--snapshot", str(SAMPLE_SNAPSHOT), "--port", "0"],
                               stdout=subprocess.PIPE, text=True, env={**__import__("os").environ,
                                                                       "YRKESINFO_CLIENT_ID": "x", "YRKESINFO_CLIENT_SECRET": "y"})
    try:
        lines = [process.stdout.readline() for _ in range(6)]
    finally:
        process.terminate()
        process.wait(5)
    text = "".join(lines)
    for name in ("YRKESINFO_JOBSEARCH_URL", "YRKESINFO_SCB_EMPLOYED_COUNTY_URL", "YRKESINFO_SCB_EMPLOYED_AGE_URL"):
        assert name in text


def test_in_a_live_fetch_each_group_is_counted_as_soon_as_a_detail_names_it(stub_factory) -> None:
    from generator.config import ApiSettings
    from generator.sources.fetch import fetch_with_sources

    from support import CANARY_SECRET, CLIENT_ID

    stub = stub_factory(SAMPLE_SNAPSHOT)
    settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    labour = labour_settings(stub)
    snapshot, _, report = run_sync(fetch_with_sources(settings, None, options=FAST, labour=labour, labour_options=QUICK,
                                                      quiet=True))
    # With no previous snapshot, each group is counted as soon as a detail names it: the counts do not wait
    # for the last detail, and no group the site lacks is ever asked.
    site = set(ssyk_codes(snapshot.details)) & set(group_concept_ids())
    assert report.requests[JOBSEARCH] == len(site)
    assert set(snapshot.labour[JOBSEARCH]) == {f"{code}.json" for code in site}
    assert report.states[JOBSEARCH].state == "fresh"
    data = LabourData.from_snapshot(snapshot)
    assert set(ssyk_codes(snapshot.details)) <= set(data.jobs.by_group)


def test_in_a_rebuild_the_previous_groups_are_counted_first_and_the_gained_ones_too(stub_factory) -> None:
    from generator.config import ApiSettings
    from generator.sources.fetch import fetch_with_sources

    from support import CANARY_SECRET, CLIENT_ID

    stub = stub_factory(SAMPLE_SNAPSHOT)
    settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    previous = read_snapshot(SAMPLE_SNAPSHOT)
    gained = set(ssyk_codes(previous.details)[-20:])  # occupations added since: their groups are new to the site
    previous.details = {key: raw for key, raw in previous.details.items() if not set(ssyk_codes({key: raw})) & gained}
    snapshot, _, report = run_sync(fetch_with_sources(settings, previous, options=FAST, labour=labour_settings(stub),
                                                      labour_options=QUICK, quiet=True))
    site = set(ssyk_codes(snapshot.details)) & set(group_concept_ids())
    assert gained & site and report.requests[JOBSEARCH] == len(site)
    assert set(snapshot.labour[JOBSEARCH]) == {f"{code}.json" for code in site}
    data = LabourData.from_snapshot(snapshot)
    assert gained & site <= set(data.jobs.by_group)  # the gained groups' pages get their counts
