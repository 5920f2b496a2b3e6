"""The stand-in API over real HTTP on loopback, against the real 2018 texts."""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest


from generator.devtools.stub_api import Faults, StubApi

from support import REAL_2018

SNAPSHOT = REAL_2018
CLIENT_ID = "test-client"
CLIENT_SECRET = "s3cret-value-for-tests"
CREDS = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
# Everything here is plain http, but each httpx client builds a TLS context
# (~30 ms, loading CA certificates) unless it is handed one: build it once.
TLS = ssl.create_default_context()

# A known record of the snapshot: id 1001 is legacy amsOccupationId 1.
KNOWN_ID = 1001
KNOWN_AMS = 1



@pytest.fixture(autouse=True, scope="module")
def _needs_real_snapshot(real_2018: Path) -> None:
    """Every test here serves the real texts: skip (or, in our CI, fail) before any stub starts without them."""


@contextmanager
def stub(faults: Faults = Faults(), **kwargs: object) -> Iterator[tuple[StubApi, httpx.Client]]:
    with StubApi(SNAPSHOT, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, faults=faults, **kwargs) as api:
        with httpx.Client(base_url=api.base_url, params=CREDS, timeout=5, verify=TLS) as client:
            yield api, client


@pytest.fixture(scope="module")
def healthy() -> Iterator[tuple[StubApi, httpx.Client]]:
    with stub() as pair:
        yield pair


def test_list_returns_every_occupation(healthy: tuple[StubApi, httpx.Client]) -> None:
    api, client = healthy
    assert api.base_url.startswith("http://127.0.0.1:")
    assert api.base_url.endswith("/yrkesinfo-vagledning/v1")
    response = client.get("/yrken")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.content == (SNAPSHOT / "yrken.json").read_bytes()
    assert len(response.json()) == 323


def test_detail_by_id_and_by_legacy_id(healthy: tuple[StubApi, httpx.Client]) -> None:
    _, client = healthy
    by_id = client.get(f"/yrken/{KNOWN_ID}")
    assert by_id.status_code == 200
    assert by_id.content == (SNAPSHOT / "yrken" / f"{KNOWN_ID}.json").read_bytes()
    assert by_id.json()["id"] == KNOWN_ID
    by_ams = client.get(f"/yrken/amsOccupationId/{KNOWN_AMS}")
    assert by_ams.status_code == 200
    assert by_ams.content == by_id.content


@pytest.mark.parametrize(
    ("params", "error", "description"),
    [
        ({"client_secret": CLIENT_SECRET}, "missing_client_id", "client_id is missing"),
        ({"client_id": CLIENT_ID}, "missing_client_secret", "client_secret is missing"),
        ({"client_id": CLIENT_ID, "client_secret": "wrong"}, "invalid_client", "client_id or client_secret is invalid"),
        ({"client_id": "wrong", "client_secret": CLIENT_SECRET}, "invalid_client", "client_id or client_secret is invalid"),
    ],
)
def test_credentials_are_checked(
    healthy: tuple[StubApi, httpx.Client], params: dict[str, str], error: str, description: str
) -> None:
    api, _ = healthy
    response = httpx.get(f"{api.base_url}/yrken/{KNOWN_ID}", params=params, verify=TLS)
    assert response.status_code == 403
    assert response.json() == {"error": error, "description": description}


@pytest.mark.parametrize("path", ["/yrken/999999", "/yrken/abc", "/yrken/amsOccupationId/999999", "/nope", "/yrken/1001/x"])
def test_not_found_is_json(healthy: tuple[StubApi, httpx.Client], path: str) -> None:
    _, client = healthy
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_path_outside_prefix_is_not_found(healthy: tuple[StubApi, httpx.Client]) -> None:
    api, _ = healthy
    response = httpx.get(f"http://127.0.0.1:{api.port}/yrken", params=CREDS, verify=TLS)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_tracking_id_is_echoed(healthy: tuple[StubApi, httpx.Client]) -> None:
    _, client = healthy
    tracking = "3f2b8c1e-0000-4000-8000-1234567890ab"
    assert client.get("/yrken/1001", headers={"AF-TrackingId": tracking}).headers["AF-TrackingId"] == tracking
    assert client.get("/nope", headers={"AF-TrackingId": tracking}).headers["AF-TrackingId"] == tracking


def test_concurrent_clients_all_succeed(healthy: tuple[StubApi, httpx.Client]) -> None:
    api, _ = healthy

    # One client shared by 32 threads: up to 32 connections open at once.
    limits = httpx.Limits(max_connections=32)
    with httpx.Client(base_url=api.base_url, params=CREDS, limits=limits, verify=TLS) as client:

        def fetch(i: int) -> int:
            return client.get(f"/yrken/amsOccupationId/{KNOWN_AMS}").status_code

        with ThreadPoolExecutor(max_workers=32) as pool:
            assert set(pool.map(fetch, range(128))) == {200}


def test_max_in_flight_counts_concurrent_requests() -> None:
    with stub(Faults(latency=0.1)) as (api, client):
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert set(pool.map(lambda _: client.get("/yrken/1001").status_code, range(4))) == {200}
        assert api.stats()["max_in_flight"] == 4


def test_latency_is_added() -> None:
    with stub(Faults(latency=0.2)) as (_, client):
        started = time.perf_counter()
        assert client.get(f"/yrken/{KNOWN_ID}").status_code == 200
        assert time.perf_counter() - started >= 0.2


def test_rate_429_sends_retry_after() -> None:
    with stub(Faults(rate_429=1.0, retry_after=7)) as (_, client):
        response = client.get("/yrken")
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "7"
        assert response.json()["error"] == "too_many_requests"


def test_retry_after_as_http_date() -> None:
    with stub(Faults(rate_429=1.0, retry_after=30, retry_after_http_date=True)) as (_, client):
        response = client.get("/yrken")
        assert response.status_code == 429
        delay = parsedate_to_datetime(response.headers["Retry-After"]).timestamp() - time.time()
        assert 25 < delay <= 31


def test_rate_5xx_rotates_server_errors() -> None:
    with stub(Faults(rate_5xx=1.0)) as (_, client):
        assert [client.get("/yrken").status_code for _ in range(4)] == [500, 502, 503, 500]


def test_rate_reset_breaks_the_connection() -> None:
    with stub(Faults(rate_reset=1.0)) as (api, client):
        with pytest.raises(httpx.TransportError):
            client.get("/yrken")
        assert api.stats() == {"requests": 1, "by_status": {}, "resets": 1, "max_in_flight": 1}


def test_rate_malformed_gives_invalid_json() -> None:
    with stub(Faults(rate_malformed=1.0)) as (_, client):
        for path in ("/yrken", f"/yrken/{KNOWN_ID}"):
            response = client.get(path)
            assert response.status_code == 200
            with pytest.raises(json.JSONDecodeError):
                json.loads(response.content)
        # Errors are not spoiled: only 200 bodies are.
        assert client.get("/yrken/999999").json()["error"] == "not_found"


def test_faults_do_not_apply_before_credentials() -> None:
    with stub(Faults(down=True, rate_reset=1.0)) as (api, _):
        response = httpx.get(f"{api.base_url}/yrken", params={"client_id": CLIENT_ID}, verify=TLS)
        assert response.status_code == 403


def test_fail_ids() -> None:
    ids = sorted(int(p.stem) for p in (SNAPSHOT / "yrken").glob("*.json"))[:6]
    faults = Faults(
        fail_ids={ids[0]: "404", ids[1]: "malformed", ids[2]: "500", ids[3]: "missing_field", ids[4]: "wrong_type"}
    )
    with stub(faults) as (_, client):
        assert client.get(f"/yrken/{ids[0]}").status_code == 404
        malformed = client.get(f"/yrken/{ids[1]}")
        assert malformed.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(malformed.content)
        assert client.get(f"/yrken/{ids[2]}").status_code == 500
        missing = client.get(f"/yrken/{ids[3]}").json()
        assert "namn" not in missing and missing["id"] == ids[3]
        assert isinstance(client.get(f"/yrken/{ids[4]}").json()["namn"], int)
        assert isinstance(client.get(f"/yrken/{ids[5]}").json()["namn"], str)
        # The same fault applies when the record is asked for by its legacy id.
        ams = json.loads((SNAPSHOT / "yrken" / f"{ids[0]}.json").read_bytes())["amsOccupationId"]
        assert client.get(f"/yrken/amsOccupationId/{ams}").status_code == 404


def test_fail_ids_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="fail_ids"):
        Faults(fail_ids={1001: "teapot"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="rate_429"):
        Faults(rate_429=1.5)


def test_first_n_fail_then_recovers_and_stats_count() -> None:
    with stub(Faults(first_n_fail=3)) as (api, client):
        statuses = [client.get(f"/yrken/{KNOWN_ID}").status_code for _ in range(5)]
        assert statuses == [503, 503, 503, 200, 200]
        client.get("/yrken/999999")
        httpx.get(f"{api.base_url}/yrken", params={"client_id": CLIENT_ID, "client_secret": "wrong"}, verify=TLS)
        assert api.stats() == {
            "requests": 7, "by_status": {503: 3, 200: 2, 404: 1, 403: 1}, "resets": 0, "max_in_flight": 1
        }


def test_down_answers_503() -> None:
    with stub(Faults(down=True)) as (_, client):
        assert [client.get("/yrken").status_code for _ in range(3)] == [503, 503, 503]


def test_random_faults_are_reproducible() -> None:
    def statuses(seed: int) -> list[int]:
        with stub(Faults(rate_5xx=0.5, rate_429=0.2, seed=seed)) as (_, client):
            return [client.get("/yrken/1001").status_code for _ in range(20)]

    first = statuses(7)
    assert first == statuses(7)
    assert 200 in first and any(code >= 429 for code in first)


def test_log_never_shows_the_secret(capfd: pytest.CaptureFixture[str]) -> None:
    with stub(quiet=False) as (_, client):
        client.get("/yrken/1001")
        client.get("/nope")
    err = capfd.readouterr().err
    assert "/yrken/1001" in err
    assert CLIENT_SECRET not in err
    assert "client_secret" not in err
