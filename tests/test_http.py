"""The one HTTP layer (generator/fetch/http.py), over loopback sockets: any httpx request error is
one RequestFailed with a message safe to print, for the API as for the sources."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generator.config import ApiSettings
from generator.fetch.api import FetchOptions, fetch_snapshot
from generator.fetch.http import OPEN_DATA_HOSTS, HttpClient, HttpPolicy
from generator.errors import RequestFailed
from generator.helpers.aio import run_sync

from support import CANARY_SECRET, CLIENT_ID


QUICK = HttpPolicy(attempts=2, backoff_initial=0.01, backoff_max=0.02)


@pytest.fixture
def server():
    """A loopback server whose answer to each path is set by the test: {path: (status, headers, body)}."""
    answers: dict[str, tuple[int, dict[str, str], bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            status, headers, body = answers.get(self.path.split("?")[0], (404, {}, b"{}"))
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    httpd.answers = answers
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_a_detail_that_does_not_decode_is_left_out_not_a_crash(server) -> None:
    ids = list(range(1, 41))
    server.answers["/v1/yrken"] = (200, {}, json.dumps([{"id": i, "namn": f"Yrke {i}"} for i in ids]).encode())
    for i in ids:
        server.answers[f"/v1/yrken/{i}"] = (200, {}, json.dumps({"id": i, "namn": f"Yrke {i}"}).encode())
    server.answers["/v1/yrken/7"] = (200, {"Content-Encoding": "gzip"}, b'{"id": 7, "namn": "not gzip"}')
    settings = ApiSettings(base_url=server.url + "/v1", client_id=CLIENT_ID, client_secret=CANARY_SECRET)
    snapshot, report = run_sync(fetch_snapshot(settings, options=FetchOptions(http=HttpPolicy(attempts=2, backoff_initial=0.01)), quiet=True))
    assert len(snapshot.details) == 39 and [i for i, _ in report.left_out] == [7]
    assert report.left_out[0][1].startswith("DecodingError") and CANARY_SECRET not in report.left_out[0][1]


def test_every_message_is_redacted(server) -> None:
    server.answers["/big"] = (200, {"Content-Encoding": "gzip"}, gzip.compress(b"[" + b"0," * 10_000 + b"0]"))
    url = f"{server.url}/big?client_id={CLIENT_ID}&client_secret={CANARY_SECRET}"

    async def ask() -> None:
        async with HttpClient(QUICK, hosts=OPEN_DATA_HOSTS, secrets=(CANARY_SECRET,)) as http:
            await http.body("GET", url, limit=1000, what=f"the answer from {url}")

    with pytest.raises(RequestFailed) as info:
        run_sync(ask())
    message = str(info.value)
    assert "larger than the 1000 bytes allowed" in message and CANARY_SECRET not in message
    assert "client_secret=***" in message


def test_a_redirect_is_an_answer_for_the_api_and_followed_for_a_source(server) -> None:
    server.answers["/moved"] = (302, {"Location": "/here"}, b"")
    server.answers["/here"] = (200, {}, b"[1]")

    async def ask(hosts) -> bytes:
        async with HttpClient(QUICK, hosts=hosts) as http:
            return await http.body("GET", server.url + "/moved", limit=100, what="x")

    assert run_sync(ask(OPEN_DATA_HOSTS)) == b"[1]"
    with pytest.raises(RequestFailed, match="HTTP 302"):
        run_sync(ask(HttpClient(QUICK).hosts))


def test_malformed_json_is_asked_again_and_then_fails(server) -> None:
    server.answers["/bad"] = (200, {}, b"[1, 2")

    async def ask() -> HttpClient:
        async with HttpClient(QUICK) as http:
            with pytest.raises(RequestFailed, match="malformed JSON body"):
                await http.json("GET", server.url + "/bad", limit=100, what="x")
            return http

    assert run_sync(ask()).requests == QUICK.attempts
