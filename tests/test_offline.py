"""Offline reading and updates through the service worker, in Debian's headless Chromium.

Service workers need a real http origin, so every test serves a built site on loopback; each
server has its own port, so its own origin, and each test a fresh browser context."""

from __future__ import annotations

import copy
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from generator.build import build_from_snapshot
from generator.config import SAMPLE_SNAPSHOT
from generator.snapshot.store import read_snapshot

pytestmark = pytest.mark.browser

CONTROLLED = """() => navigator.serviceWorker.controller ? true : new Promise((resolve) =>
    navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true)))"""
KEPT = "async (url) => Boolean(await caches.match(url))"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.requests = []
    page.errors = []
    context.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


def wait_until_kept(page, urls: list[str], timeout_ms: int = 15000) -> None:
    missing = urls
    for _ in range(timeout_ms // 100):
        missing = [url for url in missing if not page.evaluate(KEPT, url)]
        if not missing:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"not kept by the service worker: {missing}")


def search_files(site: Path, base: str) -> list[str]:
    listed = json.loads((site / "pagefind" / "offline-files.json").read_bytes())["files"]
    assert any(f.startswith("index/") for f in listed) and "pagefind.js" in listed
    return [f"{base}pagefind/{f}" for f in listed]


def test_after_one_visit_the_index_saved_and_visited_pages_and_search_work_offline(
    phone, serve_site, sample_site: Path, sample_catalog,
) -> None:
    base = serve_site(sample_site)
    by_name = {o.name: o for o in sample_catalog.occupations}
    visited, saved, never = by_name["Sjuksköterska"], by_name["Lastbilsförare"], by_name["Bussförare"]
    page = phone
    page.goto(base)
    page.evaluate(CONTROLLED)
    page.goto(f"{base}yrken/{visited.slug}/")
    page.goto(f"{base}sok/?q=lastbilsförare")
    result = page.locator("#sok-resultat li", has=page.locator("a", has_text=saved.name)).first
    result.locator("button.save").click()  # saved from the results, never opened
    page.goto(base)  # leaving the search page: the worker keeps the whole search index
    wait_until_kept(page, [f"{base}yrken/{saved.slug}/", *search_files(sample_site, base)])

    page.context.set_offline(True)
    assert page.goto(base).ok and page.inner_text("h1") == "Yrken A–Ö"
    assert page.locator(".occupation-list a").count() == len(sample_catalog.occupations)
    for occupation in (saved, visited):
        page.goto(f"{base}yrken/{occupation.slug}/")
        assert page.inner_text("h1") == occupation.name
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")  # its CSS too
    page.goto(f"{base}mina-yrken/")
    page.wait_for_selector("#mina-lista li")
    assert page.locator("#mina-lista li h2 a").all_inner_texts() == [saved.name]
    # A search for another word than the one searched online: the cached index answers it.
    page.goto(f"{base}sok/?q=bussförare")
    page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
    assert "hittades" in page.inner_text("#sok-status")
    assert page.locator("#sok-resultat li a").first.inner_text() == never.name
    # A page never opened says so, and its links work from wherever it is shown.
    page.goto(f"{base}yrken/{never.slug}/")
    assert page.inner_text("h1") == "Du är inte ansluten till nätet"
    page.click("text=Mina yrken >> nth=-1")
    page.wait_for_selector("#mina-lista li")
    assert page.url == f"{base}mina-yrken/"
    assert [url for url in page.requests if not url.startswith(base)] == []
    assert page.errors == []


# Notes, in the page, whether the page had loaded when the worker was registered.
RECORD_REGISTRATION = """(() => {
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    // The worker's script (offline.js) is fetched only once the page is on the screen.
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const script = performance.getEntriesByType("resource").find((entry) => /[/]offline[.][0-9a-f]+[.]js$/.test(entry.name));
    window.__registered = {
      readyState: document.readyState,
      loaded: performance.getEntriesByType("navigation")[0].loadEventStart > 0,
      scriptAfterPaint: Boolean(paint && script && script.startTime >= paint.startTime),
    };
    return register.apply(this, args);
  };
})();"""


def test_the_worker_is_registered_only_after_the_first_page_has_loaded_and_painted(phone, serve_site, sample_site: Path, sample_catalog) -> None:
    base = serve_site(sample_site)
    page = phone
    page.context.add_init_script(RECORD_REGISTRATION)
    by_page, by_worker = [], []
    page.context.on("request", lambda request: (by_worker if request.service_worker else by_page).append(request))
    url = f"{base}yrken/{sample_catalog.occupations[0].slug}/"
    page.goto(url)
    page.evaluate(CONTROLLED)
    assert page.evaluate("window.__registered") == {"readyState": "complete", "loaded": True, "scriptAfterPaint": True}
    # The page loads its own styles, scripts and images only, as before; the worker and what it
    # keeps (the A–Ö index, Mina yrken, ...) come after the page has loaded, as registering does.
    # (Request timestamps are not compared: a worker's clock is converted, and drifts under load.)
    assert by_page[0].url == url
    assert all(re.fullmatch(rf"{re.escape(base)}(assets|bilder)/[^/]+", r.url) for r in by_page[1:]), [r.url for r in by_page]
    assert {f"{base}sw.js", f"{base}mina-yrken/", base} <= {r.url for r in by_worker}


@pytest.fixture
def rebuildable(tmp_path: Path, site, serve_site):
    """A site of its own (it is rebuilt), served: (folder, base URL, snapshot)."""
    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    out = tmp_path / "site"
    build_from_snapshot(copy.deepcopy(snapshot), out, site)
    return out, serve_site(out), snapshot


def test_a_new_build_is_offered_as_an_update_and_taken_on_request(phone, rebuildable, site, sample_catalog) -> None:
    out, base, snapshot = rebuildable
    occupation = sample_catalog.occupations[3]
    page = phone
    page.goto(f"{base}yrken/{occupation.slug}/")
    page.evaluate(CONTROLLED)
    old_version = re.search(r'VERSION = "(\w+)"', (out / "sw.js").read_text()).group(1)
    assert page.evaluate("caches.keys()") == [f"yrken-{old_version}"]

    detail = json.loads(snapshot.details[occupation.id])
    detail["kortSammanfattning"] = "En helt ny sammanfattning från den nya versionen."
    changed = copy.deepcopy(snapshot)
    changed.details[occupation.id] = json.dumps(detail, ensure_ascii=False).encode()
    build_from_snapshot(changed, out, site)
    new_version = re.search(r'VERSION = "(\w+)"', (out / "sw.js").read_text()).group(1)
    assert new_version != old_version

    page.reload()  # a navigation: the browser checks for a new worker
    prompt = page.locator("#ny-version")
    prompt.wait_for(timeout=15000)
    assert prompt.text_content() == "Ny version finns – uppdatera"
    with page.expect_navigation():
        prompt.get_by_role("button", name="uppdatera").click()
    page.evaluate(CONTROLLED)
    assert "En helt ny sammanfattning" in page.inner_text(".lead")
    assert page.is_hidden("#ny-version")
    # The kept page is fetched again in the background; then the old cache goes.
    page.wait_for_function("async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name])",
                           arg=f"yrken-{new_version}", timeout=30000)
    # The page read before was fetched again from the new build, not carried over.
    page.context.set_offline(True)
    page.reload()
    assert "En helt ny sammanfattning" in page.inner_text(".lead")


def test_the_site_works_offline_under_a_sub_path(phone, tmp_path: Path, sample_site: Path, serve_site, sample_catalog) -> None:
    # GitHub project pages: the site lives at /<repository>/, and the worker's scope is that folder.
    shutil.copytree(sample_site, tmp_path / "host" / "yrken-a-o")
    base = serve_site(tmp_path / "host") + "yrken-a-o/"
    page = phone
    page.goto(base)
    page.evaluate(CONTROLLED)
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL") == f"{base}sw.js"
    page.context.set_offline(True)
    page.goto(base)
    assert page.inner_text("h1") == "Yrken A–Ö"
    page.goto(f"{base}yrken/{sample_catalog.occupations[1].slug}/")
    assert page.inner_text("h1") == "Du är inte ansluten till nätet"
    assert page.get_attribute("link[rel=stylesheet]", "href").startswith("assets/")
    assert page.evaluate("document.baseURI") == base


# --- Issue 23, points 1 and 5: an update never loses a kept page, and never waits on the network ---

KEEP = """(urls) => navigator.serviceWorker.controller.postMessage({ type: "cache-pages", urls })"""
NOT_WAITING = "async () => { const r = await navigator.serviceWorker.getRegistration(); return Boolean(r.active && !r.waiting); }"


def _rebuild_with_a_new_lead(out: Path, snapshot, site, occupation) -> str:
    detail = json.loads(snapshot.details[occupation.id])
    detail["kortSammanfattning"] = "En helt ny sammanfattning från den nya versionen."
    changed = copy.deepcopy(snapshot)
    changed.details[occupation.id] = json.dumps(detail, ensure_ascii=False).encode()
    build_from_snapshot(changed, out, site)
    return re.search(r'VERSION = "(\w+)"', (out / "sw.js").read_text()).group(1)


def test_an_update_that_takes_effect_offline_keeps_the_saved_pages(browser, rebuildable, site, sample_catalog) -> None:
    out, base, snapshot = rebuildable
    saved = sample_catalog.occupations[10:14]
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(base)
    page.evaluate(CONTROLLED)
    page.evaluate(KEEP, [f"{base}yrken/{o.slug}/" for o in saved])
    wait_until_kept(page, [f"{base}yrken/{o.slug}/" for o in saved])
    new_version = _rebuild_with_a_new_lead(out, snapshot, site, saved[0])

    page.reload()  # one visit online: the new worker installs and waits; the update is offered
    page.locator("#ny-version").wait_for(timeout=15000)
    context.set_offline(True)
    page.close()  # the tab is closed: the new worker takes over, with no network
    page = context.new_page()
    page.goto(base)
    page.evaluate("async () => (await navigator.serviceWorker.getRegistration()).waiting?.postMessage({ type: 'skip-waiting' })")
    page.wait_for_function(NOT_WAITING, timeout=15000)
    page.wait_for_function("async (name) => (await caches.keys()).includes(name)", arg=f"yrken-{new_version}")
    for occupation in saved:
        page.goto(f"{base}yrken/{occupation.slug}/")
        assert page.inner_text("h1") == occupation.name
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    assert len(page.evaluate("caches.keys()")) == 2  # the old copies stay until the new build's are in

    context.set_offline(False)  # back online: the saved pages come from the new build, then the old cache goes
    page.goto(base)
    page.wait_for_function("async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name])",
                           arg=f"yrken-{new_version}", timeout=30000)
    context.set_offline(True)
    page.goto(f"{base}yrken/{saved[0].slug}/")
    assert "En helt ny sammanfattning" in page.inner_text(".lead")
    for occupation in saved[1:]:
        page.goto(f"{base}yrken/{occupation.slug}/")
        assert page.inner_text("h1") == occupation.name
        assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    context.close()


def test_a_kept_page_the_new_build_does_not_have_keeps_its_only_copy(browser, rebuildable, site, sample_catalog) -> None:
    """A page the host answers 404 for after an update: its old copy (with its stylesheet) moves to the new cache."""
    out, base, snapshot = rebuildable
    kept = sample_catalog.occupations[20]
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(base)
    page.evaluate(CONTROLLED)
    page.evaluate(KEEP, [f"{base}yrken/{kept.slug}/"])
    wait_until_kept(page, [f"{base}yrken/{kept.slug}/"])
    new_version = _rebuild_with_a_new_lead(out, snapshot, site, sample_catalog.occupations[0])
    shutil.rmtree(out / "yrken" / kept.slug)  # this host no longer has it: 404
    page.reload()
    prompt = page.locator("#ny-version")
    prompt.wait_for(timeout=15000)
    with page.expect_navigation():
        prompt.get_by_role("button", name="uppdatera").click()
    page.wait_for_function("async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name])",
                           arg=f"yrken-{new_version}", timeout=30000)
    context.set_offline(True)
    page.goto(f"{base}yrken/{kept.slug}/")
    assert page.inner_text("h1") == kept.name
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    context.close()


@pytest.fixture
def slow_site(tmp_path: Path, site):
    """A site of its own on a server that takes SLOW seconds for every occupation page."""
    import functools
    import threading
    import time

    from generator.devtools.serve import make_server

    snapshot = read_snapshot(SAMPLE_SNAPSHOT)
    out = tmp_path / "site"
    build_from_snapshot(copy.deepcopy(snapshot), out, site)
    server = make_server(out, port=0)
    handler = server.RequestHandlerClass

    class Slow(handler.func):
        def do_GET(self):
            if self.path.startswith("/yrken/"):
                time.sleep(SLOW)
            super().do_GET()

    server.RequestHandlerClass = functools.partial(Slow, **handler.keywords)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield out, f"http://127.0.0.1:{server.server_address[1]}/", snapshot
    server.shutdown()
    server.server_close()


SLOW = 0.3


def test_taking_an_update_does_not_wait_for_the_kept_pages(phone, slow_site, site, sample_catalog) -> None:
    """80 kept pages at 0.3 s each: the update reloads at once; they follow in the background, a few at a time."""
    out, base, snapshot = slow_site
    kept = [f"{base}yrken/{o.slug}/" for o in sample_catalog.occupations[:80]]
    page = phone
    page.goto(base)
    page.evaluate(CONTROLLED)
    page.evaluate(KEEP, kept)
    wait_until_kept(page, kept, timeout_ms=60000)
    new_version = _rebuild_with_a_new_lead(out, snapshot, site, sample_catalog.occupations[0])
    page.reload()
    prompt = page.locator("#ny-version")
    prompt.wait_for(timeout=15000)
    started = time.monotonic()
    with page.expect_navigation(timeout=10000):
        prompt.get_by_role("button", name="uppdatera").click()
    page.evaluate(CONTROLLED)
    assert time.monotonic() - started < 5  # 80 pages one at a time would take 24 s
    # In the background, bounded: every kept page is fetched from the new build, then the old cache goes.
    page.wait_for_function("async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name])",
                           arg=f"yrken-{new_version}", timeout=60000)
    assert page.evaluate("async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean)", kept)


# --- Issue 21, point 6: after one visit, search works offline by name, synonym and everyday words ---

def test_after_one_visit_search_by_name_and_synonym_works_offline(phone, serve_site, sample_site: Path, sample_catalog) -> None:
    base = serve_site(sample_site)
    by_name = {o.name: o for o in sample_catalog.occupations}
    page = phone
    page.goto(f"{base}yrken/{by_name['Bagare'].slug}/")  # one visit, to any page, never the search page
    page.evaluate(CONTROLLED)
    page.context.set_offline(True)
    for query, expected in (("anläggningsmaskinförare", "Anläggningsmaskinförare"), ("grävmaskinist", "Anläggningsmaskinförare"),
                            ("arkeolog", "Arkeolog")):
        page.goto(f"{base}sok/?q={query}")
        page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
        assert "hittades" in page.inner_text("#sok-status"), page.inner_text("#sok-status")
        assert expected in page.locator("#sok-resultat li a").all_inner_texts()[:3]
    # Everyday words: the task index and the phrases, also a phrase that is a browse filter.
    page.goto(f"{base}sok/?q=släcka bränder")
    page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
    assert "hittades" in page.inner_text("#sok-status")
    assert "Brandman" in page.locator("#sok-resultat li a").all_inner_texts()[:3]
    page.goto(f"{base}sok/?q=jobb utan utbildning")
    page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
    none_needed = [o for o in sample_catalog.occupations if "ingen-gymnasieutbildning" in o.education_levels]
    assert page.inner_text("#sok-status") == f"{len(none_needed)} yrken hittades för ”jobb utan utbildning”."
    assert page.errors == []


def test_offline_the_full_text_search_says_it_needs_the_network(phone, serve_site, sample_site: Path) -> None:
    base = serve_site(sample_site)
    page = phone
    page.goto(base)
    page.evaluate(CONTROLLED)
    page.context.set_offline(True)
    page.goto(f"{base}sok/?q=qwxyzzy")
    page.wait_for_selector("#sok-status:not(:empty)", timeout=15000)
    status = page.inner_text("#sok-status")
    assert "enhet" in status and "nätet" in status and "telefon" not in status
    page.goto(f"{base}yrken/aldrig-besokt/")
    text = page.inner_text("main")
    assert "webbläsare" in text and "telefon" not in text
