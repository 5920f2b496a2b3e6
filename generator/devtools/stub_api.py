"""A local stand-in for Arbetsförmedlingen's Yrkesinfo API.

The real API cannot be reached from our machines, so tests, benchmarks and
offline builds talk to this server instead. It serves any snapshot folder
(`yrken.json`, `yrken/<id>.json`, optional `manifest.json`) over real HTTP on
loopback, and its labour-market sources (`arbetsmarknad/`, see stub_labour.py), with the API's paths, credential query parameters, status codes and
JSON error bodies, and it can inject the faults a fetcher must survive:
latency, 429 with `Retry-After`, 5xx, connection resets and malformed bodies.

Order of checks for each request (a deliberate choice, see `Faults`):

1. `latency` is slept first, for every request: it models the network path,
   which a request crosses whatever its credentials.
2. Credentials are checked next, so a 403 is always deterministic and a test
   of credential handling is never muddied by injected faults.
3. Faults apply only to authenticated requests: `down`, then `first_n_fail`,
   then the random ones (reset, 429, 5xx), then routing, then per-id faults,
   and finally `rate_malformed`, which can only spoil a 200 body.

Standard library only, so the stand-in has no dependencies of its own.
"""

from __future__ import annotations

import hmac
import json
import random
import re
import socket
import struct
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast
from urllib.parse import parse_qs, unquote, urlsplit

from generator.devtools.stub_labour import (
    BAROMETER_PATH, EMPLOYED_AGE_PATH, EMPLOYED_COUNTY_PATH, JOBSEARCH_PATH, OPEN_DATA_PATHS, SCB_PATH, LabourFiles,
)

DEFAULT_PREFIX = "/yrkesinfo-vagledning/v1"
JSON_TYPE = "application/json; charset=utf-8"
TRACKING_HEADER = "AF-TrackingId"

FailKind = Literal["404", "malformed", "500", "missing_field", "wrong_type"]
FAIL_KINDS: frozenset[str] = frozenset({"404", "malformed", "500", "missing_field", "wrong_type"})
# Faults of the open-data paths only (the API's stay healthy), what a hostile or broken host does:
# a redirect to itself for ever, to another host name over http, or to the same host (allowed);
# a body marked gzip that is not; a body sent a byte at a time (DRIP_SECONDS apart); JSON nested
# past any parser's depth; 429 with a Retry-After of two minutes.
OPEN_DATA_FAULTS: frozenset[str] = frozenset(
    {"", "redirect_loop", "redirect_elsewhere", "redirect_same_host", "bad_gzip", "drip", "deep_json", "retry_after_120"})
DRIP_SECONDS = 0.5

# 5xx answers rotate through these so clients are tested against each.
_ROTATING_5XX = (500, 502, 503)
# Ids are ASCII digits only: int() would also accept "+5", " 5" or "٥".
_ID = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Faults:
    """What the stand-in should get wrong, and how often.

    Rates are shares between 0 and 1, drawn from one seeded `random.Random`
    so a serial client sees the same sequence of faults on every run.
    """

    latency: float = 0.0  # seconds added to every request, before anything else
    rate_429: float = 0.0
    retry_after: int = 1  # value of Retry-After on 429 answers, in seconds
    retry_after_http_date: bool = False  # send Retry-After as an HTTP-date instead
    rate_5xx: float = 0.0  # answered 500, 502, 503 in turn
    rate_reset: float = 0.0  # connection reset (RST) without any response
    rate_malformed: float = 0.0  # a 200 whose body is truncated, invalid JSON
    seed: int = 0
    # Deterministic faults for one occupation id (also when fetched by amsOccupationId).
    fail_ids: Mapping[int, FailKind] = field(default_factory=dict)
    first_n_fail: int = 0  # the first N authenticated requests answer 503: an outage that recovers
    down: bool = False  # every authenticated request answers 503
    max_values: int = 100_000  # SCB's table refuses (403) a query selecting more values than this
    open_data_fault: str = ""  # one of OPEN_DATA_FAULTS, for every open-data path

    def __post_init__(self) -> None:
        # Fail at construction, where the CLI can report it, not mid-request.
        for name in ("rate_429", "rate_5xx", "rate_reset", "rate_malformed"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"Faults.{name} must be between 0 and 1, got {value!r}")
        if self.latency < 0:
            raise ValueError(f"Faults.latency must be >= 0, got {self.latency!r}")
        if self.retry_after < 0:
            raise ValueError(f"Faults.retry_after must be >= 0, got {self.retry_after!r}")
        if self.max_values < 1:
            raise ValueError(f"Faults.max_values must be >= 1, got {self.max_values!r}")
        if self.open_data_fault not in OPEN_DATA_FAULTS:
            raise ValueError(f"Faults.open_data_fault must be one of {sorted(OPEN_DATA_FAULTS)}, got {self.open_data_fault!r}")
        if self.first_n_fail < 0:
            raise ValueError(f"Faults.first_n_fail must be >= 0, got {self.first_n_fail!r}")
        for occupation_id, kind in self.fail_ids.items():
            if kind not in FAIL_KINDS:
                raise ValueError(
                    f"Faults.fail_ids[{occupation_id!r}] must be one of {sorted(FAIL_KINDS)}, got {kind!r}"
                )
        # A read-only copy, so a shared default or the caller's dict cannot change under us.
        object.__setattr__(self, "fail_ids", MappingProxyType(dict(self.fail_ids)))


@dataclass(frozen=True)
class Snapshot:
    """A snapshot folder held in memory, as the bytes to serve."""

    list_bytes: bytes
    details: Mapping[int, bytes]  # id -> detail body
    by_ams: Mapping[int, int]  # amsOccupationId -> id

    @classmethod
    def load(cls, snapshot_dir: Path) -> Snapshot:
        list_path = snapshot_dir / "yrken.json"
        try:
            list_bytes = list_path.read_bytes()
        except OSError as exc:
            raise ValueError(f"cannot read the occupation list {list_path}: {exc.strerror}") from exc
        try:
            summaries = json.loads(list_bytes)
        except ValueError as exc:
            raise ValueError(f"{list_path} is not valid JSON: {exc}") from exc
        if not isinstance(summaries, list):
            raise ValueError(f"{list_path} must hold a JSON array, found {type(summaries).__name__}")

        # The list is served as is, quirks included; parsing it only tells us
        # which detail files to load. A listed id without a file answers 404,
        # which is one of the real API's quirks.
        ids = sorted(
            {s["id"] for s in summaries if isinstance(s, dict) and type(s.get("id")) is int}
        )
        details: dict[int, bytes] = {}
        by_ams: dict[int, int] = {}
        for occupation_id in ids:
            path = snapshot_dir / "yrken" / f"{occupation_id}.json"
            if not path.is_file():
                continue
            body = path.read_bytes()
            details[occupation_id] = body
            try:
                ams = json.loads(body).get("amsOccupationId")
            except (ValueError, AttributeError):
                continue  # a deliberately broken detail is still served, just not by legacy id
            if type(ams) is int:
                by_ams.setdefault(ams, occupation_id)  # ids are sorted: the lowest id wins a clash
        return cls(list_bytes, MappingProxyType(details), MappingProxyType(by_ams))


def _error_body(error: str, description: str) -> bytes:
    return json.dumps({"error": error, "description": description}, ensure_ascii=False).encode("utf-8")


def _truncate(body: bytes) -> bytes:
    # A proper prefix of a JSON object or array never parses, so half is enough.
    return body[: max(1, len(body) // 2)]


@dataclass(frozen=True)
class _Draw:
    """The random outcome for one authenticated request."""

    sequence: int  # 1-based count of authenticated requests
    reset: bool
    too_many: bool
    server_error: int | None
    malformed: bool


class StubServer(ThreadingHTTPServer):
    """The HTTP server plus the state every handler thread shares."""

    daemon_threads = True  # a hung client must not keep the process alive
    allow_reuse_address = True  # restart on the same port without waiting for TIME_WAIT
    request_queue_size = 128  # 8-32 concurrent clients must never see refused connections

    def __init__(
        self,
        address: tuple[str, int],
        snapshot: Snapshot,
        *,
        client_id: str,
        client_secret: str,
        faults: Faults,
        prefix: str,
        quiet: bool,
        labour: LabourFiles,
    ) -> None:
        self.snapshot = snapshot
        self.client_id = client_id
        self.client_secret = client_secret
        self.faults = faults
        self.prefix = prefix
        self.quiet = quiet
        self.labour = labour
        self._lock = threading.Lock()
        self._random = random.Random(faults.seed)
        self._sequence = 0
        self._next_5xx = 0
        self._requests = 0
        self._resets = 0
        self._by_status: dict[int, int] = {}
        self._in_flight = 0
        self._max_in_flight = 0
        super().__init__(address, _Handler)

    def credential_error(self, query: dict[str, list[str]]) -> bytes | None:
        """The 403 body for these query parameters, or None when they are valid."""
        client_id = (query.get("client_id") or [""])[0]
        client_secret = (query.get("client_secret") or [""])[0]
        if not client_id:
            return _error_body("missing_client_id", "client_id is missing")
        if not client_secret:
            return _error_body("missing_client_secret", "client_secret is missing")
        # Constant-time comparison: cheap, and the habit matters more than the threat here.
        id_ok = hmac.compare_digest(client_id.encode(), self.client_id.encode())
        secret_ok = hmac.compare_digest(client_secret.encode(), self.client_secret.encode())
        if not (id_ok and secret_ok):
            return _error_body("invalid_client", "client_id or client_secret is invalid")
        return None

    def draw(self) -> _Draw:
        """Number this request and draw its random faults, under the lock.

        All four numbers are drawn for every request, whatever the outcome,
        so the sequence only depends on the seed and the request order.
        """
        f = self.faults
        with self._lock:
            self._sequence += 1
            reset = self._random.random() < f.rate_reset
            too_many = self._random.random() < f.rate_429
            error = self._random.random() < f.rate_5xx
            malformed = self._random.random() < f.rate_malformed
            server_error = None
            if error:
                server_error = _ROTATING_5XX[self._next_5xx % len(_ROTATING_5XX)]
                self._next_5xx += 1
            return _Draw(self._sequence, reset, too_many, server_error, malformed)

    def enter(self) -> None:
        """A request has started; tracks the peak, so tests can check client concurrency."""
        with self._lock:
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)

    def leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def record_status(self, status: int) -> None:
        with self._lock:
            self._requests += 1
            self._by_status[status] = self._by_status.get(status, 0) + 1

    def record_reset(self) -> None:
        with self._lock:
            self._requests += 1
            self._resets += 1

    def stats(self) -> dict[str, Any]:
        """A snapshot of the counters: `requests == sum(by_status.values()) + resets`.

        A request is counted once it has an outcome (a response or a reset),
        so one still sleeping out its latency is not counted yet.
        `max_in_flight` is the most GET requests ever handled at the same time.
        """
        with self._lock:
            return {
                "requests": self._requests,
                "by_status": dict(self._by_status),
                "resets": self._resets,
                "max_in_flight": self._max_in_flight,
            }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so httpx can reuse connections
    server_version = "yrkesinfo-stub/1"
    # Headers and body go out in two writes; with Nagle on, the second waits
    # for the client's delayed ACK, adding ~40 ms to every response.
    disable_nagle_algorithm = True

    @property
    def stub(self) -> StubServer:
        return cast(StubServer, self.server)

    def do_GET(self) -> None:
        self.stub.enter()
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up first (a fault it refused)
            self.close_connection = True
        finally:
            self.stub.leave()

    do_POST = do_GET  # only the SCB table answers POST; elsewhere it is routed like a GET

    def _answer(self) -> None:
        stub = self.stub
        request_body = self._drain_body()
        if stub.faults.latency:
            time.sleep(stub.faults.latency)

        url = urlsplit(self.path)
        path = unquote(url.path)
        open_data = path in OPEN_DATA_PATHS  # keyless, like the real open-data hosts
        denial = None if open_data else stub.credential_error(parse_qs(url.query, keep_blank_values=True))
        if denial is not None:
            self._send(403, denial)
            return

        faults = stub.faults
        if open_data and self._open_data_fault(url.query, path, request_body):
            return
        draw = stub.draw()
        if faults.down or draw.sequence <= faults.first_n_fail:
            self._send(503, _error_body("service_unavailable", "the service is temporarily unavailable"))
            return
        if draw.reset:
            self._reset()
            return
        if draw.too_many:
            self._send(
                429,
                _error_body("too_many_requests", "rate limit exceeded"),
                {"Retry-After": self._retry_after()},
            )
            return
        if draw.server_error is not None:
            self._send(draw.server_error, _error_body("server_error", "an injected server error"))
            return

        labour = stub.labour.route(self.command, path, request_body, faults.max_values, url.query) if open_data else None
        status, body = labour or self._route(path)
        if status == 200 and draw.malformed:
            body = _truncate(body)
        self._send(status, body)

    def _route(self, path: str) -> tuple[int, bytes]:
        """Status and body for an authenticated, fault-free request."""
        snapshot = self.stub.snapshot
        prefix = self.stub.prefix
        if not path.startswith(prefix + "/"):
            return 404, _error_body("not_found", "no such resource")
        parts = path[len(prefix) + 1 :].split("/")

        if parts == ["yrken"]:
            return 200, snapshot.list_bytes
        if len(parts) == 2 and parts[0] == "yrken":
            raw_id, lookup = parts[1], "id"
        elif len(parts) == 3 and parts[:2] == ["yrken", "amsOccupationId"]:
            raw_id, lookup = parts[2], "amsOccupationId"
        else:
            return 404, _error_body("not_found", "no such resource")

        if not _ID.fullmatch(raw_id):
            return 404, _error_body("not_found", f"{lookup} must be an integer")
        number = int(raw_id)
        occupation_id = number if lookup == "id" else snapshot.by_ams.get(number)
        if occupation_id is None or occupation_id not in snapshot.details:
            return 404, _error_body("not_found", f"no occupation with {lookup} {number}")
        return self._detail(occupation_id)

    def _detail(self, occupation_id: int) -> tuple[int, bytes]:
        body = self.stub.snapshot.details[occupation_id]
        kind = self.stub.faults.fail_ids.get(occupation_id)
        if kind is None:
            return 200, body
        if kind == "404":
            return 404, _error_body("not_found", f"no occupation with id {occupation_id}")
        if kind == "500":
            return 500, _error_body("server_error", "an injected server error")
        if kind == "malformed":
            return 200, _truncate(body)
        # The remaining kinds break the schema, not the JSON: the client must
        # parse successfully and then reject the record in validation.
        record = json.loads(body)
        if kind == "missing_field":
            record.pop("namn", None)
        else:  # "wrong_type"
            record["namn"] = occupation_id
        return 200, json.dumps(record, ensure_ascii=False).encode("utf-8")

    def _open_data_fault(self, query: str, path: str, request_body: bytes) -> bool:
        """Answer an open-data request the way `Faults.open_data_fault` (see OPEN_DATA_FAULTS) says, if it
        says anything; a request that followed one of its redirects (`moved=1`) is answered as usual."""
        kind, port = self.stub.faults.open_data_fault, self.stub.server_address[1]
        if not kind or "moved=1" in query:
            return False
        if kind.startswith("redirect"):
            target = {"redirect_loop": path, "redirect_same_host": path + "?moved=1",
                      "redirect_elsewhere": f"http://localhost:{port}{path}?moved=1"}[kind]
            self._send(307, b"", {"Location": target})
        elif kind == "bad_gzip":
            self._send(200, b'{"not": "gzip"}', {"Content-Encoding": "gzip"})
        elif kind == "deep_json":
            self._send(200, b"[" * 200_000 + b"]" * 200_000)
        elif kind == "retry_after_120":
            self._send(429, _error_body("too_many_requests", "rate limit exceeded"), {"Retry-After": "120"})
        else:  # "drip"
            status, body = self.stub.labour.route(self.command, path, request_body, self.stub.faults.max_values)
            self._drip(status, body)
        return True

    def _drip(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", JSON_TYPE)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(DRIP_SECONDS)
        except OSError:  # the client gave up, as it should
            self.close_connection = True

    def _retry_after(self) -> str:
        seconds = self.stub.faults.retry_after
        if self.stub.faults.retry_after_http_date:
            return formatdate(time.time() + seconds, usegmt=True)
        return str(seconds)

    def _send(self, status: int, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", JSON_TYPE)
        # Always set: with HTTP/1.1 keep-alive the client needs it to find the end of the body.
        self.send_header("Content-Length", str(len(body)))
        tracking_id = self.headers.get(TRACKING_HEADER)
        if tracking_id is not None:
            self.send_header(TRACKING_HEADER, tracking_id)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _reset(self) -> None:
        """Drop the connection with a TCP RST and no response at all."""
        self.stub.record_reset()
        self.log_message('"%s" connection reset (injected)', self.requestline)
        self.close_connection = True
        # Linger on with a zero timeout turns close() into an abortive close (RST).
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # The buffered reader holds a reference to the socket; close it first so
        # the descriptor is released now rather than after the handler returns.
        self.rfile.close()
        self.connection.close()

    def _drain_body(self) -> bytes:
        # A GET has no body, but if a client sends one anyway it must be read,
        # or its bytes would be taken for the next request on this connection.
        length = self.headers.get("Content-Length")
        if length and length.isdigit():
            return self.rfile.read(int(length))
        return b""

    def send_response(self, code: int, message: str | None = None) -> None:
        # Every response passes through here, including the library's own
        # send_error (400, 501), so the counters see all of them.
        self.stub.record_status(code)
        super().send_response(code, message)

    def log_message(self, format: str, *args: Any) -> None:
        if self.stub.quiet:
            return
        # Request lines carry client_secret in the query string: drop every
        # query string, and the secret itself wherever else it might appear.
        message = re.sub(r"\?[^\s\"']*", "?<redacted>", format % args)
        message = message.replace(self.stub.client_secret, "<redacted>")
        sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}] {message}\n")


class StubApi:
    """The stand-in server, bound at construction and served from a daemon thread."""

    def __init__(
        self,
        snapshot_dir: Path,
        *,
        client_id: str,
        client_secret: str,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: Faults = Faults(),
        prefix: str = DEFAULT_PREFIX,
        quiet: bool = True,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("the stand-in API needs a non-empty client_id and client_secret")
        prefix = "/" + prefix.strip("/")
        self._server = StubServer(
            (host, port),
            Snapshot.load(Path(snapshot_dir)),
            client_id=client_id,
            client_secret=client_secret,
            faults=faults,
            prefix=prefix,
            quiet=quiet,
            labour=LabourFiles.load(Path(snapshot_dir)),
        )
        self._thread: threading.Thread | None = None
        self._serving = False
        self._closed = False

    @property
    def server(self) -> StubServer:
        return self._server

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        host = str(self._server.server_address[0])
        return f"http://{host}:{self.port}{self._server.prefix}"

    def stats(self) -> dict[str, Any]:
        return self._server.stats()

    @property
    def origin(self) -> str:
        return f"http://{self._server.server_address[0]}:{self.port}"

    @property
    def barometer_url(self) -> str:
        return self.origin + BAROMETER_PATH

    @property
    def scb_url(self) -> str:
        return self.origin + SCB_PATH

    @property
    def jobsearch_url(self) -> str:
        return self.origin + JOBSEARCH_PATH

    @property
    def employed_county_url(self) -> str:
        return self.origin + EMPLOYED_COUNTY_PATH

    @property
    def employed_age_url(self) -> str:
        return self.origin + EMPLOYED_AGE_PATH

    def start(self) -> StubApi:
        if self._thread is not None or self._closed:
            raise RuntimeError("the stand-in API can be started only once")
        self._serving = True
        # A short poll interval keeps stop() fast, which matters in tests.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"stub-api:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the CLI's mode)."""
        self._serving = True
        self._server.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        if self._closed:
            return
        self._closed = True
        # shutdown() waits for a serve loop to end, so it would hang if none ever ran.
        if self._serving:
            self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        # Handler threads on idle keep-alive connections are daemons; they end
        # when their client closes the connection or the process exits.

    def __enter__(self) -> StubApi:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def run(snapshot_dir: Path, port: int, faults: Faults, client_id: str, client_secret: str) -> None:
    """Serve a snapshot on loopback until Ctrl-C: `yrkesinfo stub-api`."""
    api = StubApi(
        snapshot_dir, client_id=client_id, client_secret=client_secret, port=port, faults=faults, quiet=False
    )
    print(f"stub-api listening on {api.base_url}", flush=True)
    print(f"  YRKESINFO_BAROMETER_URL={api.barometer_url}\n  YRKESINFO_SCB_URL={api.scb_url}\n"
          f"  YRKESINFO_JOBSEARCH_URL={api.jobsearch_url}\n  YRKESINFO_SCB_EMPLOYED_COUNTY_URL={api.employed_county_url}\n"
          f"  YRKESINFO_SCB_EMPLOYED_AGE_URL={api.employed_age_url}", flush=True)
    try:
        api.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        api.stop()
