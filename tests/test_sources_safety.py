"""Issue 23 (points 3, 4, 6, 7, 12, 13) and issue 20 (points 2, 3): hostile or broken open data
never fails a build, keeps to the fetch's deadline and to the redirect rule, brings no more than
its limits, and no figure that cannot be true; the sources run beside the API. The real client
against the stand-in (its open-data faults) over loopback sockets."""

from __future__ import annotations

import dataclasses
import json
import shutil
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from generator import build as pipeline
from generator import cli
from generator.config import SAMPLE_SNAPSHOT, ApiSettings
from generator.devtools.stub_api import Faults
from generator.fetch.api import FetchOptions
from generator.fetch.http import HttpPolicy
from generator.fetch.http import SAME_HOST_OR_PUBLIC_HTTPS, Hosts
from generator.errors import HostNotAllowed
from generator.helpers.aio import run_sync
from generator.sources.base import PROBLEMS_KEPT
from generator.sources.fetch import add_labour, fetch_with_sources
from generator.sources.jobsearch import JOBSEARCH, group_concept_ids
from generator.sources.labour import BAROMETER, SALARIES, LabourData
from generator.sources.salaries import read_pay
from generator.errors import TableError
from generator.snapshot.store import read_snapshot

from support import CANARY_SECRET, CLIENT_ID, QUICK_SOURCES, labour_settings, without_labour


FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=3, retry_after_max=3))
QUICK = QUICK_SOURCES


def fetch(stub, options=FAST, labour=QUICK):
    snapshot = without_labour(read_snapshot(SAMPLE_SNAPSHOT))
    settings = labour_settings(stub)
    report = run_sync(add_labour(snapshot, None, settings, options=options, labour=labour))
    return snapshot, report


def states(report) -> dict[str, str]:
    """The barometer's and the pay's states."""
    return {key: state.state for key, state in report.states.items() if key in (BAROMETER, SALARIES)}


# 3. Every error an optional source can raise makes it missing (or stale), never a failed build.

@pytest.mark.parametrize("kind, says", [("redirect_loop", "TooManyRedirects"), ("bad_gzip", "DecodingError"),
                                        ("deep_json", "nested too deeply")])
def test_any_request_error_of_a_source_makes_it_missing(stub_factory, kind, says) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(open_data_fault=kind))
    snapshot, report = fetch(stub)
    assert states(report) == {BAROMETER: "missing", SALARIES: "missing"}
    assert says in report.states[BAROMETER].problem and snapshot.labour == {}


@pytest.mark.parametrize("kind", ["redirect_loop", "bad_gzip"])
def test_a_live_build_with_a_broken_source_is_published(stub_factory, tmp_path, monkeypatch, capsys, kind) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(open_data_fault=kind))  # also sets the sources' URLs
    monkeypatch.setenv("YRKESINFO_BASE_URL", stub.base_url)
    code = cli.main(["build", "--live", "--quiet", "--snapshot", str(tmp_path / "kept"), "--out", str(tmp_path / "site")])
    err = capsys.readouterr().err
    assert code == 0 and "This is a bug" not in err and "source yrkesbarometer: missing" in err, err
    assert (tmp_path / "site" / "index.html").is_file()


# 4. --deadline bounds the whole fetch, the sources included.

@pytest.mark.parametrize("kind", ["drip", "retry_after_120"])
def test_a_slow_source_is_cut_off_at_the_fetch_deadline(stub_factory, kind) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(open_data_fault=kind))
    settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    labour = labour_settings(stub)
    options = FetchOptions(deadline=5, http=HttpPolicy(retry_after_max=120, request_deadline=120))
    started = time.monotonic()
    snapshot, fetched, report = run_sync(fetch_with_sources(settings, None, options=options, labour=labour,
                                                            labour_options=QUICK, quiet=True))
    assert time.monotonic() - started < 9
    assert len(snapshot.details) == fetched.listed == 353  # the API was fetched in full
    assert states(report) == {BAROMETER: "missing", SALARIES: "missing"}
    assert "deadline of 5 s" in report.states[BAROMETER].problem


# Issue 20 point 3: the sources are fetched at the same time as the API, not after it.

class Recorder(ThreadingHTTPServer):
    """A barometer host on loopback that notes when it was asked, and serves the sample's file."""

    daemon_threads = True

    def __init__(self, progress: Callable[[], int] = lambda: 0) -> None:
        self.asked: list[float] = []
        self.progress_when_asked: list[int] = []
        body = (SAMPLE_SNAPSHOT / "arbetsmarknad" / "yrkesbarometer" / "yrkesbarometer.json").read_bytes()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.asked.append(time.monotonic())
                server.progress_when_asked.append(progress())
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()


def small_upstream(dest: Path, n: int) -> Path:
    """The sample's first `n` occupations, with all its open data."""
    items = json.loads((SAMPLE_SNAPSHOT / "yrken.json").read_bytes())[:n]
    (dest / "yrken").mkdir(parents=True)
    (dest / "yrken.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    for item in items:
        shutil.copy(SAMPLE_SNAPSHOT / "yrken" / f"{item['id']}.json", dest / "yrken" / f"{item['id']}.json")
    shutil.copytree(SAMPLE_SNAPSHOT / "arbetsmarknad", dest / "arbetsmarknad")
    return dest


def test_the_sources_are_fetched_beside_the_api(stub_factory, tmp_path) -> None:
    stub = stub_factory(small_upstream(tmp_path / "up", 8), Faults(latency=1.0))
    barometer = Recorder(progress=lambda: stub.stats()["requests"])
    try:
        settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
        labour = dataclasses.replace(labour_settings(stub), barometer_url=f"http://127.0.0.1:{barometer.server_address[1]}/b.json")
        started = time.monotonic()
        _, fetched, report = run_sync(fetch_with_sources(settings, None, options=FetchOptions(concurrency=8), labour=labour,
                                                         labour_options=QUICK, quiet=True))
    finally:
        barometer.shutdown()
        barometer.server_close()
    assert states(report) == {BAROMETER: "fresh", SALARIES: "fresh"}
    # The API needs a list and 8 details, a second each: the barometer was asked before the API was done,
    # counted by the stand-in's answers rather than the clock, which a loaded machine stretches.
    assert barometer.progress_when_asked and barometer.progress_when_asked[0] < 1 + 8
    assert barometer.asked[0] - started < fetched.seconds
    # JobSearch began with every group of the taxonomy and skipped those the 8 occupations lack once known.
    assert report.requests[JOBSEARCH] < len(group_concept_ids()) / 2


# 13. The open sources follow a redirect only to their own host, or to a public host over https.

def test_a_redirect_to_another_host_over_http_is_refused(stub_factory) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(open_data_fault="redirect_elsewhere"))
    _, report = fetch(stub)
    assert states(report) == {BAROMETER: "missing", SALARIES: "missing"}
    assert "host not allowed" in report.states[BAROMETER].problem
    # What the clients sent, and no more: the redirect's target (localhost) was never asked (JobSearch has a
    # few requests in flight when the first is refused).
    assert report.requests[BAROMETER] == report.requests[SALARIES] == 1
    assert stub.stats()["requests"] <= sum(report.requests.values())  # (one may be cancelled before it is sent)


def test_a_redirect_to_the_same_host_is_followed(stub_factory) -> None:
    stub = stub_factory(SAMPLE_SNAPSHOT, Faults(open_data_fault="redirect_same_host"))
    _, report = fetch(stub)
    assert states(report) == {BAROMETER: "fresh", SALARIES: "fresh"}


@pytest.mark.parametrize("url, allowed", [
    ("http://127.0.0.1:8001/other", True),  # the same host and port
    ("https://127.0.0.1:8001/other", True),  # ... also when moving to https
    ("http://127.0.0.1:8002/other", False),  # another port is another host
    ("https://93.184.215.14/x.json", True),  # a public host over https
    ("http://93.184.215.14/x.json", False),  # ... but not over http
    ("https://10.0.0.1/x.json", False),  # a private host, even over https
    ("https://169.254.169.254/latest/meta-data", False),
    ("file:///etc/passwd", False),
])
def test_the_open_sources_redirect_rule(url, allowed) -> None:
    check = Hosts(redirects=SAME_HOST_OR_PUBLIC_HTTPS).check(httpx.URL(url), httpx.URL("http://127.0.0.1:8001/b.json"))
    if allowed:
        run_sync(check)
    else:
        with pytest.raises(HostNotAllowed):
            run_sync(check)


# 6 and 12. Limits on what one group brings; every unusable row counted, the details capped.

def upstream_with(tmp_path: Path, barometer=None, answer=None) -> Path:
    folder = tmp_path / "upstream"
    shutil.copytree(SAMPLE_SNAPSHOT, folder)
    labour = folder / "arbetsmarknad"
    if barometer is not None:
        path = labour / "yrkesbarometer" / "yrkesbarometer.json"
        path.write_text(json.dumps(barometer(json.loads(path.read_bytes())), ensure_ascii=False))
    if answer is not None:
        path = labour / "scb" / "lon-001.json"
        path.write_text(json.dumps(answer(json.loads(path.read_bytes())), ensure_ascii=False))
    return folder


def test_one_group_brings_at_most_its_limit_and_the_rest_is_counted(stub_factory, tmp_path) -> None:
    def crowded(rows):
        first = rows[0]
        return rows + [{**first, "yb_yrke": f"Extra {i}", "yb_concept_id": f"x{i}"} for i in range(2000)]

    stub = stub_factory(upstream_with(tmp_path, barometer=crowded))
    snapshot, report = fetch(stub)
    group = json.loads(snapshot.labour[BAROMETER]["yrkesbarometer.json"])[0]["ssyk"]
    data = LabourData.from_snapshot(snapshot)
    assert states(report)[BAROMETER] == "fresh"
    assert len(data.barometer.by_group[group]) == QUICK.max_per_group
    assert data.sources[BAROMETER].unusable >= 2000 - QUICK.max_per_group
    assert "more than 40 barometer occupations in group" in data.sources[BAROMETER].details[0]


def test_unusable_rows_are_counted_in_the_build_report_with_capped_details(stub_factory, tmp_path, site) -> None:
    def spoiled(rows):
        return [{**row, "ssyk": None} if i < 200 else row for i, row in enumerate(rows)]

    stub = stub_factory(upstream_with(tmp_path, barometer=spoiled))
    settings = ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    report = pipeline.build_live(settings, tmp_path / "kept", tmp_path / "site", site, options=FAST,
                                 labour_options=QUICK, quiet=True)
    lines = "\n".join(report.lines()).splitlines()
    assert any(line.startswith("source yrkesbarometer: fresh, 200 unusable") for line in lines), lines
    details = [line for line in lines if "no usable ssyk" in line]
    assert 0 < len(details) <= 5 and any("and 195 more" in line for line in lines)
    assert report.sources[BAROMETER].unusable == 200
    state = LabourData.from_snapshot(read_snapshot(tmp_path / "kept")).sources[BAROMETER]
    assert len(state.details) == PROBLEMS_KEPT and state.unusable == 200


# 7. Figures that cannot be true are no figures, counted.

def test_figures_that_cannot_be_true_are_rejected_and_counted(stub_factory, tmp_path) -> None:
    def spoiled(answer):
        answer["data"][0]["values"] = ["21100", "9999999", "42200"]  # a median past any pay
        answer["data"][1]["values"] = ["90000", "30000", "10000"]  # percentiles upside down
        return answer

    folder = upstream_with(tmp_path, answer=spoiled)
    answer = json.loads((folder / "arbetsmarknad" / "scb" / "lon-001.json").read_bytes())
    first, second = (row["key"][1] for row in answer["data"][:2])
    snapshot, report = fetch(stub_factory(folder))
    data = LabourData.from_snapshot(snapshot)
    assert states(report)[SALARIES] == "fresh" and report.states[SALARIES].unusable == 4
    assert (data.salaries[first].p10, data.salaries[first].median, data.salaries[first].p90) == (21100, None, 42200)
    assert (data.salaries[second].p10, data.salaries[second].median, data.salaries[second].p90) == (None, None, None)
    assert data.salary_scale <= 300_000
    assert data.sources[SALARIES].unusable == 4


def test_metadata_with_swapped_measure_texts_is_not_fresh(stub_factory, tmp_path) -> None:
    folder = tmp_path / "upstream"
    shutil.copytree(SAMPLE_SNAPSHOT, folder)
    path = folder / "arbetsmarknad" / "scb" / "tabell.json"
    table = json.loads(path.read_bytes())
    measures = next(v for v in table["variables"] if v["code"] == "ContentsCode")
    texts = measures["valueTexts"]
    median, p90 = texts.index("Medianlön, kronor"), texts.index("90:e percentilen, kronor")
    texts[median], texts[p90] = texts[p90], texts[median]
    path.write_text(json.dumps(table, ensure_ascii=False))
    # Fetched: the stand-in answers with the swapped texts too, and every median then lies above its 90th percentile.
    _, report = fetch(stub_factory(folder))
    assert states(report)[SALARIES] == "missing" and "no usable rows" in report.states[SALARIES].problem
    # Kept: SCB's own answer names its columns, which no longer read as the metadata says.
    with pytest.raises(TableError, match="the metadata names"):
        read_pay(path.read_bytes(), [(folder / "arbetsmarknad" / "scb" / "lon-001.json").read_bytes()])


def test_whatever_a_source_s_data_does_to_its_parser_the_build_goes_on(stub_factory, tmp_path, monkeypatch) -> None:
    from generator.sources.registry import SOURCES

    def broken(self, files, options=None):
        raise TypeError("a bug a hostile answer found")

    monkeypatch.setattr(type(SOURCES[BAROMETER]), "parse", broken)
    snapshot, report = fetch(stub_factory(SAMPLE_SNAPSHOT))
    assert states(report) == {BAROMETER: "missing", SALARIES: "fresh"}
    assert "unexpected TypeError: a bug a hostile answer found" in report.states[BAROMETER].problem
    snapshot.labour[BAROMETER] = read_snapshot(SAMPLE_SNAPSHOT).labour[BAROMETER]
    assert LabourData.from_snapshot(snapshot).sources[BAROMETER].state == "missing"  # read, not raised


def test_an_answer_column_without_a_code_breaks_the_answer_not_the_build(tmp_path) -> None:
    folder = SAMPLE_SNAPSHOT / "arbetsmarknad" / "scb"
    answer = json.loads((folder / "lon-001.json").read_bytes())
    answer["columns"][4]["code"] = ["000007CF"]
    with pytest.raises(TableError, match="without a code"):
        read_pay((folder / "tabell.json").read_bytes(), [json.dumps(answer).encode()])


def test_a_huge_text_or_name_cannot_make_a_huge_page(stub_factory, tmp_path) -> None:
    def bloated(rows):
        national = next(i for i, row in enumerate(rows) if row["lan"] == "00")
        rows[national] = {**rows[national], "text_jobbmojligheter": ("Ett stycke. " * 100 + "\n\n") * 2000}
        rows[national + 1] = {**rows[national + 1], "yb_yrke": "Namn " * 100_000}
        return rows

    stub = stub_factory(upstream_with(tmp_path, barometer=bloated))
    snapshot, report = fetch(stub)
    data = LabourData.from_snapshot(snapshot)
    assert states(report)[BAROMETER] == "fresh" and data.sources[BAROMETER].unusable == 2
    longest = max(sum(map(len, p.texts)) for group in data.barometer.by_group.values() for p in group)
    assert 4_000 < longest <= 5_000
    assert max(len(p.name) for group in data.barometer.by_group.values() for p in group) <= 200
