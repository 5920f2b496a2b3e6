"""What the tests share (one module; test modules never import each other): the test
credentials, where the real 2018 texts are, snapshot subsets, the `yrkesinfo` command and its
stand-in as processes, Chromium's flags, axe-core, and reading a built site the way a browser
would (parse every page, follow every link)."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import posixpath
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from generator.config import ApiSettings, LabourSettings
from generator.sources.base import LabourOptions
from generator.helpers.aio import run_sync

ROOT = Path(__file__).resolve().parents[1]
# The shared data sits beside the checkout; YRKESINFO_SHARED_DIR points elsewhere (a clone in /tmp).
SHARED = Path(os.environ.get("YRKESINFO_SHARED_DIR") or ROOT.parent / "shared")
REAL_2018 = SHARED / "data" / "yrkesinfo-2018"
CLIENT_ID = "test-client"
CANARY_SECRET = "canary-7f3a9c1e-do-not-leak"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@functools.cache  # a built site is parsed once per session, whichever modules read it (never change the soups)
def pages(site: Path) -> dict[str, BeautifulSoup]:
    return {
        p.relative_to(site).as_posix(): BeautifulSoup(p.read_text("utf-8"), "html.parser")
        for p in sorted(site.rglob("*.html"))
        if not p.relative_to(site).as_posix().startswith("pagefind/")
    }


def resolve(page_path: str, href: str) -> str | None:
    """The site-relative file a relative or root-relative href points to (the site at the host's
    root, as the tests build it), or None for other hosts."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("#"):
        return None
    base = "" if parts.path.startswith("/") else posixpath.dirname(page_path)
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
    if parts.path.endswith("/") or parts.path == "":
        target = posixpath.join(target, "index.html") if target != "." else "index.html"
    return target


def broken_links(site: Path, parsed: dict[str, BeautifulSoup]) -> list[str]:
    broken = []
    for path, soup in parsed.items():
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.find_all(tag):
                value = element.get(attr)
                if not value:
                    continue
                target = resolve(path, value)
                if target is not None and not (site / target).is_file():
                    broken.append(f"{path}: {value}")
                fragment = urlsplit(value).fragment
                if fragment and target in (None, path) and value.startswith("#") and not soup.find(id=fragment):
                    broken.append(f"{path}: {value} (no such id)")
    return broken


def is_redirect(soup: BeautifulSoup) -> bool:
    return soup.find("meta", attrs={"http-equiv": "refresh"}) is not None



def copy_snapshot(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest



def subset(src: Path, dest: Path, n: int) -> Path:
    """A snapshot folder with the first `n` occupations of `src`."""
    items = json.loads((src / "yrken.json").read_bytes())[:n]
    (dest / "yrken").mkdir(parents=True)
    (dest / "yrken.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    for item in items:
        shutil.copy(src / "yrken" / f"{item['id']}.json", dest / "yrken" / f"{item['id']}.json")
    return dest



# The sources' limits for the stand-in on loopback: SCB's 10-second window and JobSearch's rate
# shrunk, so a test waits for what it checks, not for politeness a local server does not need.
QUICK_SOURCES = LabourOptions(window_seconds=0.01, jobsearch_per_second=1000)


def labour_settings(stub, *, jobs=None, register=None) -> LabourSettings:
    """Every open-data source at the stand-in `stub`; JobSearch at `jobs` and the register at `register` when given."""
    jobs, register = jobs or stub, register or stub
    return LabourSettings(barometer_url=stub.barometer_url, scb_url=stub.scb_url, jobsearch_url=jobs.jobsearch_url,
                          employed_county_url=register.employed_county_url, employed_age_url=register.employed_age_url)


def without_labour(snapshot):
    """`snapshot` as the API's fetch leaves it: the occupations, no open-data files or manifest entries yet."""
    snapshot.labour = {}
    snapshot.manifest = {k: v for k, v in snapshot.manifest.items() if k != "labour"}
    return snapshot


def settings_for(stub, secret: str = CANARY_SECRET) -> ApiSettings:
    return ApiSettings(base_url=stub.base_url, client_id=CLIENT_ID, client_secret=secret)



def run(coro):
    return run_sync(coro)  # works also while the session's Playwright loop is running



def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]



def yrkesinfo(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("YRKESINFO_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], env=full_env, capture_output=True, text=True, timeout=timeout,
    )



@contextlib.contextmanager
def stub_api_process(snapshot: Path, *options: str, secret: str = CANARY_SECRET, log: Path | None = None):
    """`yrkesinfo stub-api` in its own process, expecting `secret`; yields its base URL. Its request
    log (a line per request) goes to `log` when given."""
    env = {**os.environ, "YRKESINFO_CLIENT_ID": CLIENT_ID, "YRKESINFO_CLIENT_SECRET": secret}
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "stub-api", "--snapshot", str(snapshot), "--port", str(free_port()), *options],
        env=env, stdout=subprocess.PIPE, stderr=log.open("w") if log else subprocess.DEVNULL, text=True,
    )
    try:
        line = process.stdout.readline()
        assert "listening on" in line, line
        yield line.split("listening on", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)



def live_env(base: str, secret: str = CANARY_SECRET) -> dict[str, str]:
    """The API and every open-data source at the stand-in whose API is at `base`."""
    from generator.devtools.stub_labour import BAROMETER_PATH, EMPLOYED_AGE_PATH, EMPLOYED_COUNTY_PATH, JOBSEARCH_PATH, SCB_PATH

    origin = base.split("/yrkesinfo-vagledning")[0]
    return {"YRKESINFO_CLIENT_ID": CLIENT_ID, "YRKESINFO_CLIENT_SECRET": secret, "YRKESINFO_BASE_URL": base,
            "YRKESINFO_BAROMETER_URL": origin + BAROMETER_PATH, "YRKESINFO_SCB_URL": origin + SCB_PATH,
            "YRKESINFO_JOBSEARCH_URL": origin + JOBSEARCH_PATH, "YRKESINFO_SCB_EMPLOYED_COUNTY_URL": origin + EMPLOYED_COUNTY_PATH,
            "YRKESINFO_SCB_EMPLOYED_AGE_URL": origin + EMPLOYED_AGE_PATH,
            # The stand-in on loopback bears more than the real service is asked to: 20 a second would
            # make every live build here wait 14 s for the sample's 277 groups.
            "YRKESINFO_JOBSEARCH_PER_SECOND": "1000"}



def files(site: Path) -> dict[str, tuple[int, int]]:
    """path -> (inode, mtime in ns): a rewritten file gets a new inode."""
    return {str(p.relative_to(site)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in site.rglob("*") if p.is_file()}

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]



def load_county_parts(page) -> None:
    """Bring an occupation page's lazily loaded county parts (county.js) onto the screen and wait
    until each has drawn, then scroll back to the top: a test that counts the page's controls or
    tabs through them must not race a script that adds a control after it has counted."""
    if page.locator("[data-county-picker]").count():
        page.locator("#jobbmojligheter").scroll_into_view_if_needed()
        page.wait_for_selector("[data-county-picker]", state="visible")
    ads = page.locator("[data-ads]")
    if ads.count() and (ads.get_attribute("data-lan-annonser") or "").strip("- "):
        ads.scroll_into_view_if_needed()
        page.wait_for_selector("[data-county-table]", state="attached")
    if page.locator("[data-county-map]").count():
        page.locator("[data-county-map]").scroll_into_view_if_needed()
        page.wait_for_selector("[data-county-map] [role=button]", state="attached")
    page.evaluate("scrollTo(0, 0)")


def axe_violations(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:5]]}"
        for v in result["violations"]
    ]
