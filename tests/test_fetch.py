"""The real async client against the stand-in API over loopback sockets."""

from __future__ import annotations

import json
import uuid
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from generator.config import ApiSettings
from generator.helpers.tls import tls_context
from generator.fetch.api import FetchOptions, YrkesinfoClient, fetch_snapshot
from generator.fetch.http import HttpPolicy
from generator.errors import AuthError, FetchError
from generator.fetch.http import parse_retry_after
from generator.snapshot.store import read_snapshot, sha256
from generator.devtools.stub_api import Faults

from support import CANARY_SECRET, CLIENT_ID, run, settings_for, subset


FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=5, retry_after_max=2))


@pytest.fixture
def small(tmp_path: Path, real_2018: Path) -> Path:
    return subset(real_2018, tmp_path / "small", 20)


def test_fetches_every_occupation_byte_for_byte(stub_factory, real_2018: Path) -> None:
    stub = stub_factory(real_2018)
    snapshot, report = run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))
    listed = json.loads((real_2018 / "yrken.json").read_bytes())
    assert report.listed == len(listed) == len(snapshot.details) == 323
    assert report.left_out == [] and report.stale == []
    for item in listed[:50]:
        assert snapshot.details[item["id"]] == (real_2018 / "yrken" / f"{item['id']}.json").read_bytes()
    assert snapshot.list_bytes == (real_2018 / "yrken.json").read_bytes()
    uuid.UUID(snapshot.manifest["tracking_id"])
    assert stub.stats()["by_status"] == {200: 324}


def test_concurrency_is_bounded_and_configurable(stub_factory, small: Path) -> None:
    stub = stub_factory(small, Faults(latency=0.05))
    run(fetch_snapshot(settings_for(stub), options=FetchOptions(concurrency=3), quiet=True))
    assert 1 < stub.stats()["max_in_flight"] <= 3
    stub = stub_factory(small, Faults(latency=0.05))
    run(fetch_snapshot(settings_for(stub), quiet=True))
    assert 3 < stub.stats()["max_in_flight"] <= 8



@pytest.mark.parametrize("base", ["https://apier.arbetsformedlingen.se/yrkesinfo-vagledning/v1", "http://127.0.0.1:9"])
def test_request_urls_are_the_ones_httpx_made_from_base_url_and_params(base: str) -> None:
    """The client builds each URL from one parsed base; it must be the URL httpx's base_url and
    params merging gave, credentials escaped the same way."""
    settings = ApiSettings(base_url=base, client_id="id x", client_secret="s&c=r/t+%?#")
    merged = httpx.Client(base_url=base + "/", params={"client_id": "id x", "client_secret": "s&c=r/t+%?#"})
    client = YrkesinfoClient(settings)
    for path in ("yrken", "yrken/5155"):
        assert str(client.url(path)) == str(merged.build_request("GET", path).url)


def test_one_tls_context_for_every_client() -> None:
    assert tls_context() is tls_context()
    assert tls_context().verify_mode.name == "CERT_REQUIRED" and tls_context().check_hostname


def test_client_set_up_is_timed_apart_from_the_requests(stub_factory, small: Path) -> None:
    stub = stub_factory(small, Faults(latency=0.05))
    _, report = run(fetch_snapshot(settings_for(stub), quiet=True))
    # 21 requests, 8 at a time: at least the list and three rounds of details.
    assert report.seconds >= 4 * 0.05 and report.setup_seconds >= 0
    assert f"{report.seconds:.2f} s (+{report.setup_seconds:.2f} s set-up)" in report.summary()


def test_429_is_retried_after_the_time_the_server_asks(stub_factory, small: Path) -> None:
    stub = stub_factory(small, Faults(rate_429=0.3, retry_after=1, seed=3))
    snapshot, report = run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))
    assert len(snapshot.details) == 20 and report.left_out == []
    assert stub.stats()["by_status"].get(429, 0) == report.retries > 0


def test_retry_after_as_http_date(stub_factory, small: Path) -> None:
    stub = stub_factory(small, Faults(rate_429=0.2, retry_after=1, retry_after_http_date=True, seed=5))
    snapshot, report = run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))
    assert len(snapshot.details) == 20 and report.retries > 0


def test_parse_retry_after_both_forms() -> None:
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now.timestamp()) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now.timestamp()) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_5xx_resets_and_broken_bodies_are_retried(stub_factory, small: Path) -> None:
    # About one request in five fails; with 8 attempts an id is lost about once in a million runs.
    stub = stub_factory(small, Faults(rate_5xx=0.1, rate_reset=0.05, rate_malformed=0.05, seed=11))
    options = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=8))
    snapshot, report = run(fetch_snapshot(settings_for(stub), options=options, quiet=True))
    assert len(snapshot.details) == 20 and report.left_out == []
    assert report.retries > 0
    for record_id, raw in snapshot.details.items():
        assert json.loads(raw)["id"] == record_id


def test_outage_that_recovers_within_the_retry_budget(stub_factory, small: Path) -> None:
    stub = stub_factory(small, Faults(first_n_fail=3))
    snapshot, report = run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))
    assert len(snapshot.details) == 20 and report.retries == 3


def test_api_down_for_good_is_a_clear_error(stub_factory, small: Path) -> None:
    stub = stub_factory(small, Faults(down=True))
    with pytest.raises(FetchError, match="Could not fetch the occupation list.*HTTP 503") as info:
        run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))
    assert stub.stats()["requests"] == FAST.http.attempts
    assert CANARY_SECRET not in str(info.value)


@pytest.mark.parametrize("secret, code", [("wrong-secret", "invalid_client"), ("", "missing_client_secret")])
def test_403_stops_at_once_without_retries(stub_factory, small: Path, secret: str, code: str) -> None:
    stub = stub_factory(small)
    with pytest.raises(AuthError) as info:
        run(fetch_snapshot(settings_for(stub, secret), options=FAST, quiet=True))
    message = str(info.value)
    assert code in message and "YRKESINFO_CLIENT_SECRET" in message
    assert ("missing" if not secret else "rejected") in message
    assert stub.stats()["requests"] == 1
    assert CANARY_SECRET not in message and (not secret or secret not in message)


def test_connection_errors_never_show_the_secret(small: Path) -> None:
    settings = ApiSettings(base_url="http://127.0.0.1:9/v1", client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    with pytest.raises(FetchError) as info:
        run(fetch_snapshot(settings, options=FAST, quiet=True))
    assert CANARY_SECRET not in str(info.value) and CANARY_SECRET not in repr(info.value)
    assert CANARY_SECRET not in repr(settings)


def test_failed_detail_is_taken_from_the_previous_snapshot(stub_factory, small: Path) -> None:
    ids = [item["id"] for item in json.loads((small / "yrken.json").read_bytes())]
    previous = read_snapshot(small)
    stub = stub_factory(small, Faults(fail_ids={ids[0]: "404"}))
    snapshot, report = run(fetch_snapshot(settings_for(stub), previous=previous, options=FAST, quiet=True))
    assert report.stale == [ids[0]] and snapshot.details[ids[0]] == previous.details[ids[0]]
    assert snapshot.manifest["stale"] == [ids[0]]


@pytest.mark.parametrize("kind", ["404", "malformed", "missing_field", "wrong_type"])
def test_failed_detail_without_previous_is_left_out_with_its_reason(stub_factory, small: Path, kind: str) -> None:
    ids = [item["id"] for item in json.loads((small / "yrken.json").read_bytes())]
    stub = stub_factory(small, Faults(fail_ids={ids[1]: kind}))
    options = FetchOptions(max_failure_share=0.1, http=HttpPolicy(backoff_initial=0.01, backoff_max=0.02, attempts=2))
    snapshot, report = run(fetch_snapshot(settings_for(stub), options=options, quiet=True))
    assert [i for i, _ in report.left_out] == [ids[1]] and ids[1] not in snapshot.details
    reason = report.left_out[0][1]
    assert {"404": "404", "malformed": "malformed", "missing_field": "namn", "wrong_type": "namn"}[kind] in reason


def test_too_many_failures_fail_the_run(stub_factory, small: Path) -> None:
    ids = [item["id"] for item in json.loads((small / "yrken.json").read_bytes())]
    stub = stub_factory(small, Faults(fail_ids={ids[0]: "404", ids[1]: "404"}))
    # The run stops at the second failure, however many others have finished by then.
    with pytest.raises(FetchError, match=r"^2 of the first ([2-9]|1[0-9]|20) of 20 occupations failed, more than the allowed 5%"):
        run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))


def test_manifest_hashes_match_records(stub_factory, small: Path, tmp_path: Path) -> None:
    from generator.snapshot.store import write_snapshot

    stub = stub_factory(small)
    snapshot, _ = run(fetch_snapshot(settings_for(stub), options=FAST, quiet=True))
    write_snapshot(snapshot, tmp_path / "snap")
    manifest = json.loads((tmp_path / "snap" / "manifest.json").read_bytes())
    assert manifest["count"] == 20 and manifest["fetched_at"]
    for record_id, digest in manifest["records"].items():
        assert sha256((tmp_path / "snap" / "yrken" / f"{record_id}.json").read_bytes()) == digest
    assert CANARY_SECRET not in (tmp_path / "snap" / "manifest.json").read_text()
