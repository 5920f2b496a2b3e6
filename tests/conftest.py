"""Shared fixtures: real snapshots, the stand-in API on loopback, built sites, Chromium."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterator

import pytest

from generator.build import build
from generator.config import SAMPLE_SNAPSHOT, SiteSettings, site_settings
from generator.model.occupations import build_catalog
from generator.snapshot.store import read_snapshot

from support import CANARY_SECRET, CHROMIUM, CHROMIUM_ARGS, CLIENT_ID, REAL_2018

# The shared data sits beside the checkout; YRKESINFO_SHARED_DIR points elsewhere (a clone in /tmp).
@pytest.fixture(scope="session")
def site() -> SiteSettings:
    return site_settings(base_url="https://yrken.example.se/")


# Our own CI sets this, so the tests on the real texts can never be skipped there without notice.
REQUIRE_REAL_TEXTS = os.environ.get("YRKESINFO_REQUIRE_REAL_TEXTS") == "1"


@pytest.fixture(scope="session")
def real_2018() -> Path:
    """The real 2018 texts beside the checkout. A GitHub runner has none: there these tests skip."""
    if not (REAL_2018 / "yrken.json").is_file():
        message = (f"the real 2018 texts are not at {REAL_2018} (set YRKESINFO_SHARED_DIR to the folder "
                   "that holds data/yrkesinfo-2018)")
        if REQUIRE_REAL_TEXTS:
            pytest.fail(message + "; YRKESINFO_REQUIRE_REAL_TEXTS=1 requires them")
        pytest.skip(message)
    return REAL_2018


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory, site: SiteSettings) -> Path:
    out = tmp_path_factory.mktemp("sample") / "site"
    build(SAMPLE_SNAPSHOT, out, site)
    return out


@pytest.fixture(scope="session")
def sample_catalog():
    return build_catalog(read_snapshot(SAMPLE_SNAPSHOT))


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory, site: SiteSettings, real_2018: Path) -> Path:
    out = tmp_path_factory.mktemp("real2018") / "site"
    build(real_2018, out, site)
    return out


@pytest.fixture
def api_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {"YRKESINFO_CLIENT_ID": CLIENT_ID, "YRKESINFO_CLIENT_SECRET": CANARY_SECRET}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def stub_factory(api_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Start stand-in APIs over loopback: stub_factory(snapshot_dir, faults=Faults(...)).
    The labour-market sources' URLs point at the last one started (labour=False leaves them)."""
    from generator.devtools.stub_api import Faults, StubApi

    started = []

    def start(snapshot_dir: Path, faults: Faults | None = None, labour: bool = True) -> StubApi:
        stub = StubApi(snapshot_dir, client_id=CLIENT_ID, client_secret=CANARY_SECRET, faults=faults or Faults())
        stub.start()
        started.append(stub)
        if labour:
            monkeypatch.setenv("YRKESINFO_BAROMETER_URL", stub.barometer_url)
            monkeypatch.setenv("YRKESINFO_SCB_URL", stub.scb_url)
            monkeypatch.setenv("YRKESINFO_JOBSEARCH_URL", stub.jobsearch_url)
            monkeypatch.setenv("YRKESINFO_SCB_EMPLOYED_COUNTY_URL", stub.employed_county_url)
            monkeypatch.setenv("YRKESINFO_SCB_EMPLOYED_AGE_URL", stub.employed_age_url)
        return stub

    yield start
    for stub in started:
        stub.stop()


@pytest.fixture(scope="session")
def serve_site() -> Iterator:
    """Serve a built folder over HTTP on loopback: serve_site(path) -> base URL."""
    from generator.devtools.serve import make_server

    servers = []

    def start(folder: Path) -> str:
        server = make_server(folder, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is required for browser tests: run tests/install.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def phone_context(browser):
    """A phone-sized browser context, shared by a module's tests (its cache makes them quick)."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    yield context
    context.close()


def record_errors(page):
    """Keep the page's script errors in `page.errors`: uncaught exceptions, and console errors, which
    include Content-Security-Policy violations and failed requests."""
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    return page


@pytest.fixture
def phone(browser):
    """phone(width=360, height=800, **context options): a page in a fresh context (nothing stored,
    nothing cached: a first visit, or another person's device), recording its errors in `page.errors`."""
    contexts = []

    def make(width: int = 360, height: int = 800, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        return record_errors(context.new_page())

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(phone_context):
    """A fresh page for each test that records script errors (CSP violations and failed requests too)
    in `page.errors`, so one test's errors never show up in the next."""
    page = record_errors(phone_context.new_page())
    yield page
    page.close()


