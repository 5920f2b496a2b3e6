"""The real labour-market client against the stand-in over loopback: each fault the issue
names leaves a fresh, stale or missing source, never a failed fetch."""

from __future__ import annotations

import asyncio
import copy
import json
import math
import shutil
import time
from pathlib import Path

import pytest

from generator.config import SAMPLE_SNAPSHOT
from generator.devtools.stub_api import Faults
from generator.helpers.aio import run_sync
from generator.fetch.api import FetchOptions
from generator.fetch.http import OPEN_DATA_HOSTS, HttpClient, HttpPolicy
from generator.sources.base import SiteGroups, ssyk_codes
from generator.sources.employed import EmployedAgeSource, EmployedSource
from generator.sources.pxweb_pay import PaySource
from generator.sources.fetch import LabourOptions, add_labour
from generator.sources.labour import BAROMETER, SALARIES, LabourData
from generator.snapshot.store import Snapshot, read_snapshot

from support import QUICK_SOURCES, labour_settings, without_labour

FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=5, retry_after_max=3))
QUICK = QUICK_SOURCES


@pytest.fixture
def current() -> Snapshot:
    """What the API fetch gave: the sample's occupations, no labour data yet."""
    return without_labour(read_snapshot(SAMPLE_SNAPSHOT))


@pytest.fixture(scope="module")
def previous() -> Snapshot:
    """The last good snapshot, fetched some time ago."""
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    for entry in snapshot.manifest["labour"].values():
        entry["fetched_at"] = "2026-06-02T03:00:00+00:00"
    return snapshot


def fetch(stub, snapshot: Snapshot, previous: Snapshot | None = None, options=FAST, labour=QUICK):
    settings = labour_settings(stub)
    return run_sync(add_labour(snapshot, previous, settings, options=options, labour=labour, only=(BAROMETER, SALARIES)))


def states(report) -> dict[str, str]:
    """The barometer's and the pay's states (the other sources have their own tests: test_jobs_sources.py)."""
    return {key: state.state for key, state in report.states.items() if key in (BAROMETER, SALARIES)}


def test_healthy_sources_are_fetched_fresh_and_read_as_the_sample_does(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT)
    report = fetch(stub, current)
    assert states(report) == {BAROMETER: "fresh", SALARIES: "fresh"}
    assert {k: report.requests[k] for k in (BAROMETER, SALARIES)} == {BAROMETER: 1, SALARIES: 2}  # the table's metadata, then one query for every group
    sample_files = read_snapshot(SAMPLE_SNAPSHOT).labour
    assert current.labour[BAROMETER] == sample_files[BAROMETER]
    fetched, sample = LabourData.from_snapshot(current), LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    assert fetched.salaries == sample.salaries and fetched.barometer.by_group == sample.barometer.by_group
    entry = current.manifest["labour"][SALARIES]
    assert entry["state"] == "fresh" and entry["url"] == stub.scb_url and entry["rows"] > 100


def test_queries_are_batched_under_scbs_value_limit(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(max_values=90))
    report = fetch(stub, current, labour=LabourOptions(max_values=90, window_seconds=0.01))
    groups = len(LabourData.from_snapshot(current).salaries)
    assert states(report)[SALARIES] == "fresh"
    assert report.requests[SALARIES] == 1 + math.ceil(groups / 30)  # 30 groups x 3 measures per answer
    sample = LabourData.from_snapshot(read_snapshot(SAMPLE_SNAPSHOT))
    assert LabourData.from_snapshot(current).salaries == sample.salaries


def test_a_query_over_the_limit_is_refused_and_the_source_is_missing(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(max_values=90))
    report = fetch(stub, current)  # the client believes the limit is 100,000
    assert states(report) == {BAROMETER: "fresh", SALARIES: "missing"}
    assert "HTTP 403" in report.states[SALARIES].problem
    assert SALARIES not in current.labour


def test_requests_keep_to_the_rate_limit(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(max_values=300))
    started = time.monotonic()
    report = fetch(stub, current, labour=LabourOptions(max_values=300, requests_per_window=2, window_seconds=0.5))
    elapsed = time.monotonic() - started
    requests = report.requests[SALARIES]
    assert requests >= 3
    assert elapsed >= (math.ceil(requests / 2) - 1) * 0.5 * 0.95


def test_429_with_retry_after_is_waited_out(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(rate_429=0.5, retry_after=1, seed=3))
    report = fetch(stub, current)
    assert states(report) == {BAROMETER: "fresh", SALARIES: "fresh"}
    assert stub.stats()["by_status"].get(429, 0) >= 1
    # Each 429 was waited out for the full second Retry-After asked, not the 0.01 s backoff.
    slowest = max(report.seconds.values())
    assert slowest >= 1.0


@pytest.mark.parametrize("faults", [Faults(rate_5xx=0.4, seed=1), Faults(rate_reset=0.4, seed=2),
                                    Faults(first_n_fail=3), Faults(latency=0.05)],
                         ids=["5xx", "resets", "outage that recovers", "latency"])
def test_transient_faults_are_retried(stub_factory, current, faults) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, faults)
    report = fetch(stub, current)
    assert states(report) == {BAROMETER: "fresh", SALARIES: "fresh"}
    assert LabourData.from_snapshot(current).barometer.rows > 1000


@pytest.mark.parametrize("faults", [Faults(down=True), Faults(rate_malformed=1.0), Faults(rate_429=1.0, retry_after=0)],
                         ids=["down", "malformed", "always 429"])
def test_a_broken_source_falls_back_to_the_previous_copy_with_its_date(stub_factory, current, previous, faults) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, faults)
    report = fetch(stub, current, previous)
    assert states(report) == {BAROMETER: "stale", SALARIES: "stale"}
    assert current.labour == {k: previous.labour[k] for k in (BAROMETER, SALARIES)}
    for key in (BAROMETER, SALARIES):
        assert report.states[key].fetched_at == "2026-06-02T03:00:00+00:00"
        assert report.states[key].problem
        assert current.manifest["labour"][key]["state"] == "stale"
    assert "stale, from 2026-06-02" in report.lines()[0]


def test_a_broken_source_without_a_previous_copy_is_missing(stub_factory, current) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(down=True))
    report = fetch(stub, current)
    assert states(report) == {BAROMETER: "missing", SALARIES: "missing"}
    assert current.labour == {} and "HTTP 503" in report.states[BAROMETER].problem
    assert LabourData.from_snapshot(current).sources[BAROMETER].state == "missing"


def upstream_with(tmp_path: Path, barometer=None, metadata=None) -> Path:
    """A stand-in folder: the sample, with the barometer rows or the SCB metadata changed."""
    folder = tmp_path / "upstream"
    shutil.copytree(SAMPLE_SNAPSHOT, folder)
    labour = folder / "arbetsmarknad"
    if barometer is not None:
        rows = json.loads((labour / "yrkesbarometer" / "yrkesbarometer.json").read_bytes())
        (labour / "yrkesbarometer" / "yrkesbarometer.json").write_text(json.dumps(barometer(rows), ensure_ascii=False))
    if metadata is not None:
        table = json.loads((labour / "scb" / "tabell.json").read_bytes())
        (labour / "scb" / "tabell.json").write_text(json.dumps(metadata(table), ensure_ascii=False))
    return folder


def renamed(rows):
    return [{("ssyk_kod" if k == "ssyk" else k): v for k, v in row.items()} for row in rows]


def respelled(rows):
    return [{**row, "jobbmojligheter": "Goda" if row["jobbmojligheter"] else None} for row in rows]


@pytest.mark.parametrize("change", [renamed, respelled, lambda rows: rows[: len(rows) // 2], lambda rows: {"rows": rows}],
                         ids=["field renamed", "values spelled anew", "half the rows", "not an array"])
def test_a_barometer_that_changed_shape_or_shrank_counts_as_broken(stub_factory, tmp_path, current, previous, change) -> None:
    stub = stub_factory(upstream_with(tmp_path, barometer=change))
    report = fetch(stub, current, previous)
    assert states(report) == {BAROMETER: "stale", SALARIES: "fresh"}
    assert current.labour[BAROMETER] == previous.labour[BAROMETER]


def test_unknown_values_in_a_few_rows_are_unknown_not_errors(stub_factory, tmp_path, current) -> None:
    def few(rows):
        return [{**row, "jobbmojligheter": "jättestora", "prognos": "?"} if i < 30 else row for i, row in enumerate(rows)]

    stub = stub_factory(upstream_with(tmp_path, barometer=few))
    report = fetch(stub, current)
    assert states(report)[BAROMETER] == "fresh"
    first = json.loads(current.labour[BAROMETER]["yrkesbarometer.json"])[0]
    prospects = LabourData.from_snapshot(current).barometer.by_group[first["ssyk"]]
    assert all(p.rating is None and p.forecast is None for p in prospects if p.name == first["yb_yrke"])


def test_measure_codes_are_confirmed_by_their_texts(stub_factory, tmp_path, current) -> None:
    def swapped_texts(table):
        measures = next(v for v in table["variables"] if v["code"] == "ContentsCode")
        measures["valueTexts"] = ["Antal anställda" for _ in measures["valueTexts"]]
        return table

    stub = stub_factory(upstream_with(tmp_path, metadata=swapped_texts))
    report = fetch(stub, current)
    assert states(report)[SALARIES] == "missing"
    assert "reads as median" in report.states[SALARIES].problem


@pytest.mark.parametrize("source", [PaySource(), EmployedSource(), EmployedAgeSource()], ids=lambda s: s.key)
def test_scb_tables_ask_the_previous_groups_before_the_details_are_in(stub_factory, source) -> None:
    """A scheduled rebuild must not wait for every detail before it asks SCB: the previous snapshot's groups
    are asked at once, and the groups the site has gained since in one more query once the details are in."""
    stub = stub_factory(SAMPLE_SNAPSHOT)
    site = ssyk_codes(read_snapshot(SAMPLE_SNAPSHOT).details)
    likely, gained = site[:-40], site[-40:]  # the site has gained 40 groups since the previous snapshot

    async def scenario() -> tuple[dict[str, bytes], int]:
        groups = SiteGroups.pending(likely=likely)
        async with HttpClient(FetchOptions().http, hosts=OPEN_DATA_HOSTS) as http:
            task = asyncio.ensure_future(source.fetch(http, str(getattr(labour_settings(stub), source.setting)),
                                                      groups, QUICK_SOURCES))
            for _ in range(500):  # the metadata and the first query, while the details are still out
                if stub.stats()["requests"] >= 2:
                    break
                await asyncio.sleep(0.01)
            asked_before = stub.stats()["requests"]
            groups.all_in_codes(site)
            return await task, asked_before

    files, asked_before = run_sync(scenario())
    assert asked_before == 2
    assert len(files) == 3  # the table's metadata, the likely groups' answer, the gained groups' answer
    table = next(name for name in files if "tabell" in name)
    first, then = sorted(name for name in files if name != table)
    asked_first = set(source.parse({table: files[table], first: files[first]}).by_group)
    asked_then = set(source.parse({table: files[table], then: files[then]}).by_group)
    assert asked_first and asked_first <= set(likely)
    assert asked_then and asked_then <= set(gained)
    assert set(source.parse(files).by_group) == asked_first | asked_then


def test_the_shrink_guard_takes_the_previous_count_from_its_manifest_else_reads_the_copy(stub_factory, current, previous) -> None:
    from generator.sources.fetch import recorded_rows, usable_rows
    from generator.sources.registry import SOURCES

    register = SOURCES["yrkesregistret"]
    previous = copy.deepcopy(previous)
    entry = previous.manifest["labour"]["yrkesregistret"]
    assert "rows" not in entry  # the sample's manifest does not count them: read from the copy itself
    counted = recorded_rows(previous, register)
    assert counted == usable_rows(previous, register) > 100
    # A manifest that says the last fetch had far more rows: this fetch counts as shrunk and falls back.
    entry["rows"] = counted * 2
    assert recorded_rows(previous, register) == counted * 2
    report = run_sync(add_labour(current, previous, labour_settings(stub_factory(SAMPLE_SNAPSHOT)), options=FAST,
                                 labour=QUICK_SOURCES, only=("yrkesregistret",)))
    assert report.states["yrkesregistret"].state == "stale"
    assert "far fewer than the previous snapshot's" in report.states["yrkesregistret"].problem
