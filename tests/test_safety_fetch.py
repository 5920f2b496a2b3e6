"""Safe by construction (issue 14), the network side: bounded bodies and time, an early stop,
401, a secret echoed by the API, image hosts, and truthful exit codes at every step."""

from __future__ import annotations

import gzip
import importlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import httpx
import pytest

from generator import build as pipeline
from generator import cli
from generator.config import SAMPLE_SNAPSHOT, ApiSettings
from generator.devtools.stub_api import Faults
from generator.helpers.http_limits import read_limited
from generator.errors import BodyTooLarge
from generator.fetch import http as http_module
from generator.fetch.api import FetchOptions, fetch_snapshot
from generator.fetch.http import HttpPolicy
from generator.errors import FetchError
from generator.fetch.images import fetch_images

from support import CANARY_SECRET, CLIENT_ID, run, settings_for, subset


FAST = FetchOptions(http=HttpPolicy(backoff_initial=0.01, backoff_max=0.05, attempts=2, retry_after_max=1))
PREFIX = "/yrkesinfo-vagledning/v1"


class Hostile(ThreadingHTTPServer):
    """A server on loopback that answers each path with what `answer(path)` writes: the faults a
    stand-in that keeps to the protocol cannot make (bombs, slow bodies, silence)."""

    daemon_threads = True

    def __init__(self, answer: Callable[[BaseHTTPRequestHandler, str], None], host: str = "127.0.0.1") -> None:
        self.requests: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0].removeprefix(PREFIX)
                server.requests.append(path)
                try:
                    answer(self, path)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        server = self
        super().__init__((host, 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://{self.server_address[0]}:{self.server_address[1]}{PREFIX}"

    def close(self) -> None:
        self.shutdown()
        self.server_close()


@pytest.fixture
def hostile():
    servers: list[Hostile] = []

    def start(answer, host: str = "127.0.0.1") -> Hostile:
        servers.append(Hostile(answer, host))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, **headers: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def api(hostile, details: Callable[[BaseHTTPRequestHandler, int], None], ids: list[int]) -> ApiSettings:
    listing = json.dumps([{"id": i, "namn": f"Yrke {i}"} for i in ids]).encode()

    def answer(handler, path):
        if path == "/yrken":
            send(handler, 200, listing, Content_Type="application/json")
        else:
            details(handler, int(path.rsplit("/", 1)[1]))

    return ApiSettings(base_url=hostile(answer).base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)


def good_detail(handler, record_id: int) -> None:
    send(handler, 200, json.dumps({"id": record_id, "namn": f"Yrke {record_id}"}).encode())


# 4. Bodies are limited as they stream, after decompression.

GZIP_BOMB = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # 200 kB that expand to 200 MB


def test_a_gzip_bomb_list_stops_at_the_limit(hostile) -> None:
    def answer(handler, path):
        send(handler, 200, GZIP_BOMB, Content_Encoding="gzip", Content_Type="application/json")

    settings = ApiSettings(base_url=hostile(answer).base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    with pytest.raises(FetchError, match="larger than the 10000000 bytes allowed"):
        run(fetch_snapshot(settings, options=FetchOptions(list_limit=10_000_000), quiet=True))


def test_a_gzip_bomb_detail_is_left_out_and_the_rest_fetched(hostile) -> None:
    def details(handler, record_id):
        if record_id == 3:
            send(handler, 200, GZIP_BOMB, Content_Encoding="gzip")
        else:
            good_detail(handler, record_id)

    settings = api(hostile, details, list(range(1, 41)))
    snapshot, report = run(fetch_snapshot(settings, options=FetchOptions(detail_limit=1_000_000), quiet=True))
    assert len(snapshot.details) == 39 and report.left_out == [(3, "the answer to yrken/3 is larger than the 1000000 bytes allowed")]


def test_read_limited_counts_decoded_bytes(hostile) -> None:
    server = hostile(lambda handler, path: send(handler, 200, gzip.compress(b"x" * 5000), Content_Encoding="gzip"))

    async def read(limit: int) -> bytes:
        async with httpx.AsyncClient() as client, client.stream("GET", server.base_url) as response:
            return await read_limited(response, limit, "the test body")

    assert run(read(5000)) == b"x" * 5000
    with pytest.raises(BodyTooLarge, match="the test body is larger than the 4999 bytes"):
        run(read(4999))


# 8. Bounded in time: slow bodies, silence, long Retry-After, an API that cannot succeed.

def slow_body(handler, record_id: int) -> None:
    body = json.dumps({"id": record_id, "namn": "Långsam"}).encode()
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    for byte in body:  # a byte every 0.3 s never trips a read timeout
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.3)


def test_a_slow_body_is_cut_off_by_the_request_deadline(hostile) -> None:
    settings = api(hostile, lambda h, i: slow_body(h, i) if i == 2 else good_detail(h, i), list(range(1, 41)))
    options = FetchOptions(http=HttpPolicy(request_deadline=1.0, attempts=2, backoff_initial=0.01))
    started = time.monotonic()
    snapshot, report = run(fetch_snapshot(settings, options=options, quiet=True))
    assert time.monotonic() - started < 10
    assert report.left_out == [(2, "no complete answer within 1 s")] and len(snapshot.details) == 39


def test_a_server_that_never_answers_hits_the_total_deadline(hostile) -> None:
    def silent(handler, path):
        time.sleep(30)

    settings = ApiSettings(base_url=hostile(silent).base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"deadline of 1.5 s \(--deadline\)"):
        run(fetch_snapshot(settings, options=FetchOptions(deadline=1.5), quiet=True))
    assert time.monotonic() - started < 5


def test_a_long_retry_after_hits_the_total_deadline(stub_factory, tmp_path) -> None:
    stub = stub_factory(subset(SAMPLE_SNAPSHOT, tmp_path / "up", 5), Faults(rate_429=1.0, retry_after=36000))
    started = time.monotonic()
    with pytest.raises(FetchError, match="deadline"):
        run(fetch_snapshot(settings_for(stub), options=FetchOptions(deadline=2, http=HttpPolicy(retry_after_max=36000)), quiet=True))
    assert time.monotonic() - started < 6


def test_a_run_that_cannot_succeed_stops_early(hostile) -> None:
    settings = api(hostile, lambda handler, i: send(handler, 404, b"{}"), list(range(1, 100_001)))
    with pytest.raises(FetchError, match="of the first") as error:
        run(fetch_snapshot(settings, quiet=True))
    assert "of 100000 occupations failed" in str(error.value)


def test_the_early_stop_asks_only_a_few_details(hostile) -> None:
    calls: list[int] = []

    def failing(handler, record_id):
        calls.append(record_id)
        send(handler, 500, b"{}")

    settings = api(hostile, failing, list(range(1, 100_001)))
    with pytest.raises(FetchError, match="stopped"):
        run(fetch_snapshot(settings, options=FetchOptions(http=HttpPolicy(backoff_initial=0.05, backoff_max=0.1)), quiet=True))
    assert len(set(calls)) < 100  # of 100,000: the run stopped long before the end


def test_the_deadline_is_a_cli_option_and_an_environment_setting(monkeypatch) -> None:
    args = cli._parser().parse_args(["fetch", "--out", "x", "--deadline", "90"])
    assert cli._fetch_options(args).deadline == 90
    monkeypatch.setenv("YRKESINFO_FETCH_DEADLINE", "120")
    assert cli._fetch_options(cli._parser().parse_args(["fetch", "--out", "x"])).deadline == 120


# 11. 401 like 403.

def test_401_is_refused_credentials(hostile, tmp_path, capsys, monkeypatch) -> None:
    server = hostile(lambda handler, path: send(handler, 401, b'{"error": "unauthorized"}'))
    monkeypatch.setenv("YRKESINFO_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("YRKESINFO_CLIENT_SECRET", CANARY_SECRET)
    monkeypatch.setenv("YRKESINFO_BASE_URL", server.base_url)
    code = cli.main(["fetch", "--out", str(tmp_path / "snap"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 3 and "HTTP 401" in err and "YRKESINFO_CLIENT_SECRET" in err and CANARY_SECRET not in err
    assert server.requests == ["/yrken"]  # no retries


# 6. An API that echoes the secret into a text: that record is not kept, the rest is published.

def test_a_record_that_echoes_the_secret_is_left_out(stub_factory, tmp_path, site) -> None:
    upstream = subset(SAMPLE_SNAPSHOT, tmp_path / "up", 25)
    echo = sorted(int(p.stem) for p in (upstream / "yrken").glob("*.json"))[0]
    detail = json.loads((upstream / "yrken" / f"{echo}.json").read_bytes())
    detail["arbetstid"] = f"GET /yrken/{echo}?client_id={CLIENT_ID}&client_secret={CANARY_SECRET}"
    (upstream / "yrken" / f"{echo}.json").write_text(json.dumps(detail))
    stub = stub_factory(upstream)
    report = pipeline.build_live(settings_for(stub), tmp_path / "kept", tmp_path / "site", site, options=FAST, quiet=True)
    assert report.published and report.fetch.left_out == [
        (echo, "the answer holds the API secret (the API echoed the request); not kept")]
    for path in [*(tmp_path / "site").rglob("*"), *(tmp_path / "kept").rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            assert CANARY_SECRET.encode() not in data and CANARY_SECRET.encode() not in _maybe_gunzip(data), path


def _maybe_gunzip(data: bytes) -> bytes:
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else b""


# 11. Images only from public hosts, also after a redirect.

def image_server(hostile, host: str = "127.0.0.1", redirect: str | None = None) -> Hostile:
    from test_safety import _jpeg

    data = _jpeg((64, 64))

    def answer(handler, path):
        if redirect:
            send(handler, 302, b"", Location=redirect)
        else:
            send(handler, 200, data, Content_Type="image/jpeg")

    return hostile(answer, host)


def _fetch_one(url: str, **options) -> tuple[dict, object]:
    summaries = [{"id": 1, "namn": "Kock"}]
    details = {1: json.dumps({"id": 1, "namn": "Kock", "bilder": [{"lank": url, "primar": True}]}).encode()}
    return run(fetch_images(summaries, details, None, **options))


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "0.0.0.0"])
def test_images_are_not_asked_of_loopback_hosts(hostile, host) -> None:
    server = image_server(hostile)
    port = server.server_address[1]
    images, report = _fetch_one(f"http://{host}:{port}/bild.jpg")
    assert images == {} and report.failed == 1
    assert server.requests == []


@pytest.mark.parametrize("url", ["http://[::1]/a.jpg", "http://10.0.0.1/a.jpg", "http://169.254.169.254/latest/meta-data",
                                 "http://100.64.0.1/a.jpg", "http://[fc00::1]/a.jpg", "http://224.0.0.1/a.jpg",
                                 "http://localhost/a.jpg", "ftp://bilder.example.se/a.jpg"])
def test_every_request_to_a_private_address_is_refused_before_connecting(url) -> None:
    with pytest.raises(http_module.HostNotAllowed):
        run(http_module.check_public_host(httpx.URL(url)))


def test_a_public_address_is_allowed() -> None:
    run(http_module.check_public_host(httpx.URL("https://93.184.215.14/a.jpg")))


def test_the_setting_for_tests_allows_loopback(hostile) -> None:
    server = image_server(hostile)
    images, report = _fetch_one(f"{server.base_url}/bild.jpg", allow_private_hosts=True)
    assert report.fetched == 1 and len(images) == 1


def test_a_redirect_to_a_private_host_is_not_followed(hostile, monkeypatch) -> None:
    inner = image_server(hostile, host="127.0.0.2")
    outer = image_server(hostile, redirect=f"{inner.base_url}/bild.jpg")
    # Here 127.0.0.1 stands for a public host: the rule is what is checked, on every hop.
    monkeypatch.setattr(http_module, "is_public_address", lambda address: str(address) == "127.0.0.1")
    images, report = _fetch_one(f"{outer.base_url}/bild.jpg")
    assert outer.requests and inner.requests == [] and images == {} and report.failed == 1


# 7. Exit code and message tell the truth, whatever step fails or is interrupted.

STEPS = {  # name -> (where in generator.build, whether the site was swapped in before it)
    "fetch": ("fetch.api.fetch_snapshot", False),  # the stages build.py imports where it uses them
    "model": ("model.occupations.build_catalog", False),
    "render": ("site.plan.plan_site", False),
    "check": ("check_site", False),
    "stage snapshot": ("stage_snapshot", False),
    "publish site": ("publish", False),
    "swap snapshot": ("replace_dir", True),
}


@pytest.mark.parametrize("fault", [OSError("disk full"), KeyboardInterrupt()], ids=["error", "interrupt"])
@pytest.mark.parametrize("step", list(STEPS))
def test_exit_code_and_message_tell_the_truth_at_every_step(stub_factory, tmp_path, monkeypatch, capsys, step, fault):
    kept, out = tmp_path / "kept", tmp_path / "site"
    monkeypatch.setenv("YRKESINFO_BASE_URL", stub_factory(subset(SAMPLE_SNAPSHOT, tmp_path / "up", 6)).base_url)
    assert cli.main(["build", "--live", "--quiet", "--snapshot", str(kept), "--out", str(out)]) == 0
    stub = stub_factory(subset(SAMPLE_SNAPSHOT, tmp_path / "up2", 7))  # one more occupation than published
    monkeypatch.setenv("YRKESINFO_BASE_URL", stub.base_url)
    capsys.readouterr()
    where, site_swapped = STEPS[step]
    module, name = (importlib.import_module(f"generator.{where.rpartition('.')[0]}"), where.rpartition(".")[2]) \
        if "." in where else (pipeline, where)
    real = getattr(module, name)

    def failing(*args, **kwargs):
        raise fault

    monkeypatch.setattr(module, name, failing)
    code = cli.main(["build", "--live", "--quiet", "--snapshot", str(kept), "--out", str(out)])
    err = capsys.readouterr().err
    monkeypatch.setattr(module, name, real)
    site_now = len(list((out / "yrken").iterdir()))
    kept_now = len(list((kept / "yrken").iterdir()))
    if site_swapped:
        assert site_now == 7 and kept_now == 6  # the new site is out, its snapshot is not
        assert "new site was published, but its snapshot was not saved" in err
        assert code == (130 if isinstance(fault, KeyboardInterrupt) else 4)
    else:
        assert kept_now == 6 and site_now == 6
        if isinstance(fault, KeyboardInterrupt):
            assert "Interrupted. Nothing was published; the previous site and snapshot are untouched." in err
        else:
            assert "error: disk full" in err
        assert code == (130 if isinstance(fault, KeyboardInterrupt) else 1)
    assert "Published to" not in err
