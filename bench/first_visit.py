"""What a first visit downloads, per page type, here and in another checkout, run by hand:
`python bench/first_visit.py [--baseline DIR] [--no-write]`.

Each checkout builds the sample (`python -m generator build`, run with that checkout on
PYTHONPATH, so an old commit builds with its own code), served on loopback with its `_headers`
applied. Headless Chromium (a phone's viewport, a fresh context: empty cache, no worker) opens
each page and records every response until the network has been quiet for a second. Bytes are
what a host that compresses sends (gzip level 6 for HTML, CSS, JS, JSON and SVG; images as they
are), counted as tests/test_budgets.py counts them, from the files in the built folder.

A response is the page's own (HTML, stylesheets, scripts, the favicon the browser asks for) or
the offline reading's: the service worker (`sw.js`), whatever the worker fetches (the pages and
files it keeps from the start), and `offline.js`, which the page loads after its load event only
to install the worker. The page's own is the first visit; the offline reading's is said apart.
Headless Chromium fetches no web app manifest; a phone that offers to install the site does,
with an icon, so those are listed beside the table from the built files. Writes the
"## First visit" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from bench.results import machine, write_section  # noqa: E402

KB = 1024
SECTION = "## First visit"
COMPRESSIBLE = re.compile(r"\.(html|css|js|json|svg|webmanifest|xml|txt)$")
# Loaded by the page after its load event, only to register the service worker and offer updates.
WORKER_SCRIPTS = re.compile(r"/assets/offline\.[0-9a-f]+\.js$")


def served_bytes(site: Path, base: str, url: str) -> int:
    """What a compressing host sends for `url`: its file in `site`, gzipped if it is text."""
    path = url[len(base):].split("?", 1)[0].split("#", 1)[0]
    file = site / path / "index.html" if path == "" or path.endswith("/") else site / path
    if not file.is_file():
        return 0
    data = file.read_bytes()
    return len(gzip.compress(data, 6, mtime=0)) if COMPRESSIBLE.search(file.name) else len(data)


def wait_until_quiet(page: Any, started: list, done: list, *, quiet_ms: int, at_most_ms: int) -> None:
    """Wait until every request `started` has ended (is in `done`) and none has started for
    `quiet_ms`, or `at_most_ms` have gone by; checked every 100 ms."""
    quiet = 0
    for _ in range(at_most_ms // 100):
        count = len(started)
        page.wait_for_timeout(100)
        quiet = quiet + 1 if len(started) == count and len(done) == count else 0
        if quiet >= quiet_ms // 100:
            return


def record_first_visit(browser: Any, site: Path, base: str, path: str) -> list[dict]:
    """Every response of a first visit to `base + path` until quiet: url, bytes, whether it is the
    offline reading's (the worker and what installs it), and whether it came after the load event."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    started: list = []
    done: list = []
    context.on("request", lambda r: started.append(r))
    context.on("requestfinished", lambda r: done.append(r))
    context.on("requestfailed", lambda r: done.append(r))
    page = context.new_page()
    page.goto(base + path, wait_until="load")
    at_load = set(map(id, done))
    wait_until_quiet(page, started, done, quiet_ms=1000, at_most_ms=15000)
    rows = []
    for request in done:
        response = request.response()
        if response is not None and response.from_service_worker:
            continue  # the page's side of a request the worker answered: counted once, as the worker's
        rows.append({"url": request.url, "bytes": served_bytes(site, base, request.url),
                     "worker": bool(request.service_worker) or bool(WORKER_SCRIPTS.search(request.url)),
                     "after_load": id(request) not in at_load})
    context.close()
    return rows


def first_visit_bytes(rows: list[dict]) -> int:
    return sum(r["bytes"] for r in rows if not r["worker"])


def build_sample(checkout: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    subprocess.run([sys.executable, "-m", "generator", "build", "--out", str(out)], cwd=checkout, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def largest_occupation(site: Path) -> str:
    """The occupation page with the most to download (most sections, prospects and pay): the worst case."""
    pages = sorted((site / "yrken").glob("*/index.html"), key=lambda p: len(gzip.compress(p.read_bytes(), 6, mtime=0)))
    return f"yrken/{pages[-1].parent.name}/"


def serve(site: Path):
    from generator.devtools.serve import make_server

    server = make_server(site, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def measure_checkout(browser: Any, site: Path, pages: dict[str, str]) -> dict[str, list[dict]]:
    server, base = serve(site)
    try:
        return {name: record_first_visit(browser, site, base, path) for name, path in pages.items()}
    finally:
        server.shutdown()
        server.server_close()


def installing(site: Path) -> str:
    """The manifest and its icons, which a browser fetches to offer installing the site."""
    manifest = site / "manifest.webmanifest"
    if not manifest.is_file():
        return "none"
    icons = json.loads(manifest.read_text("utf-8")).get("icons", [])
    sizes = [f"{i['sizes']} {(site / i['src']).stat().st_size / KB:.1f} KB" for i in icons]
    return f"manifest {len(gzip.compress(manifest.read_bytes(), 6, mtime=0)) / KB:.1f} KB; icons {', '.join(sizes)}"


def short(url: str, base: str) -> str:
    name = url[len(base):] if url.startswith(base) else url
    return re.sub(r"\.[0-9a-f]{10}\.", ".", name.rsplit("/", 1)[-1] or name or "/")


def listing(rows: list[dict], worker: bool, most: int = 12) -> str:
    """The responses of one kind, the largest first (at most `most`), in KB."""
    base = re.match(r"https?://[^/]+/", rows[0]["url"])[0] if rows else ""
    kept = sorted((r for r in rows if r["worker"] == worker), key=lambda r: -r["bytes"])
    text = ", ".join(f"{short(r['url'], base)}{' (after load)' if r['after_load'] else ''} {r['bytes'] / KB:.1f}"
                     for r in kept[:most])
    return text + (f" and {len(kept) - most} more" if len(kept) > most else "")


def page_rows(results: dict[str, dict[str, list[dict]]]) -> list[str]:
    now = results["now"]
    lines = []
    for page, rows in now.items():
        new = first_visit_bytes(rows)
        late = sum(r["bytes"] for r in rows if not r["worker"] and r["after_load"])
        worker = sum(r["bytes"] for r in rows if r["worker"])
        cells = [page]
        if "baseline" in results:
            old = first_visit_bytes(results["baseline"][page])
            cells += [f"{old / KB:.2f}", f"{new / KB:.2f}", f"{(new - old) / KB:+.2f}"]
        else:
            cells.append(f"{new / KB:.2f}")
        cells += [f"{late / KB:.2f}", f"{worker / KB:.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def section_text(results: dict[str, dict[str, list[dict]]], labels: dict[str, str], sites: dict[str, Path]) -> str:
    baseline = "baseline" in results
    head = "| page | " + ("baseline (KB) | now (KB) | change (KB) | " if baseline else "now (KB) | ")
    lines = [
        SECTION, "",
        f"Run with `python bench/first_visit.py{' --baseline DIR' if baseline else ''}` on {time.strftime('%Y-%m-%d')}; "
        f"now is {labels['now']}{', the baseline ' + labels['baseline'] if baseline else ''}. Machine: {machine()}. Each checkout built the sample with its "
        "own code; headless Chromium, 360 x 800, a fresh context per page, every response until the network was quiet "
        "for a second. KB of gzip (level 6) for text, images as they are, from the built files. The occupation is the "
        f"largest occupation page, `{labels['occupation']}`.",
        "",
        "The first visit is what the page itself fetches: HTML, stylesheets, scripts and the favicon. The offline "
        "reading is apart: the service worker, what it keeps from the start, and offline.js, which the page loads "
        "after its load event only to register the worker.",
        "",
        head + "of it after load, now (KB) | offline reading after load, now (KB) |",
        "| --- |" + " ---: |" * (5 if baseline else 3),
        *page_rows(results),
        "",
    ]
    for page in results["now"]:
        for which in results:
            lines.append(f"- {page}, {which}: {listing(results[which][page], False)}")
        lines.append(f"- {page}, now, offline reading (all after load): {listing(results['now'][page], True, 6)}")
    lines += ["", "Fetched by a browser that offers to install the site (not by headless Chromium), now: "
              f"{installing(sites['now'])}.", ""]
    return "\n".join(lines)


def describe(checkout: Path) -> str:
    commit = subprocess.run(["git", "-C", str(checkout), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    return f"`{commit.stdout.strip()}`" if commit.returncode == 0 and commit.stdout.strip() else f"`{checkout}`"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="another checkout (a worktree or an unpacked commit) to compare with")
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import CHROMIUM, CHROMIUM_ARGS

    checkouts = {"now": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    labels = {which: describe(checkout) for which, checkout in checkouts.items()}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        sites = {which: Path(tmp) / which / "site" for which in checkouts}
        for which, checkout in checkouts.items():
            build_sample(checkout, sites[which])
        pages = {"occupation": largest_occupation(sites["now"]), "A–Ö index": "", "search": "sok/"}
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        results = {which: measure_checkout(browser, site, pages) for which, site in sites.items()}
        browser.close()
        labels["occupation"] = pages["occupation"]
        section = section_text(results, labels, sites)
    write_section(section, dry_run=args.no_write)


if __name__ == "__main__":
    main()
