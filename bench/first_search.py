"""What the first search downloads, by how many Pagefind bundles a site is indexed in:
`python bench/first_search.py [--sizes 500,180,100] [--synthetic 3500]` (the largest bundle each
time, 0 for the site's own rule; the sample, or a synthetic snapshot of that many occupations).

The budget test (tests/test_budgets.py) holds the site's own setting to 150 KB; this
measures the same way what other bundle sizes would cost, so the choice can be argued.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import generator.output.index as index  # noqa: E402
from generator.build import build  # noqa: E402
from generator.config import SAMPLE_SNAPSHOT, site_settings  # noqa: E402
from generator.devtools.serve import make_server  # noqa: E402

KB = 1024
COMPRESSIBLE = re.compile(r"javascript|json|css|html|svg|text/")
CHROMIUM_ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def first_search(browser, base: str, query: str = "arbete") -> list[tuple[str, int]]:
    """(url, bytes a compressing host sends) of every response from typing `query` until quiet."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{base}sok/", wait_until="networkidle")
    done: list = []
    context.on("requestfinished", lambda r: done.append(r))
    page.type("input[type=search]", query, delay=60)
    page.wait_for_selector("#sok-resultat li a", timeout=15000)
    page.wait_for_timeout(1500)
    rows = []
    for request in done:
        body = request.response().body()
        kind = request.response().headers.get("content-type", "")
        rows.append((request.url, len(gzip.compress(body, 6, mtime=0)) if COMPRESSIBLE.search(kind) else len(body)))
    context.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,180,100")
    parser.add_argument("--synthetic", type=int, default=0)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="first-search-"))
    snapshot = SAMPLE_SNAPSHOT
    if args.synthetic:
        from bench.synth import make_synthetic

        snapshot = make_synthetic(SAMPLE_SNAPSHOT, work / "synthetic", args.synthetic)
    print("| largest bundle | bundles | requests | first search (KB) | of it Pagefind's (KB) |")
    lines = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for size in (int(s) for s in args.sizes.split(",")):
            index.MAX_PAGES_PER_BUNDLE = size or 4000
            out = work / f"site-{size}"
            build(snapshot, out, site_settings())
            server = make_server(out, port=0)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            rows = first_search(browser, f"http://127.0.0.1:{server.server_address[1]}/")
            server.shutdown()
            server.server_close()
            bundles = len(list(out.glob("pagefind*/pagefind-entry.json")))
            pagefind = sum(n for u, n in rows if "/pagefind" in u)
            lines.append(f"| {size} | {bundles} | {len(rows)} | {sum(n for _, n in rows) / KB:.1f} | {pagefind / KB:.1f} |")
            print(lines[-1], flush=True)
        browser.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
