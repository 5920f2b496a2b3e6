"""Lighthouse scores for the built sample, run by hand: `python bench/lighthouse.py [--runs 3]`.

Builds the sample into bench/.work/, serves it on loopback the way `yrkesinfo serve` does (with the
site's own `_headers`, and gzip for text as static hosts send it), and runs Lighthouse 12.2.3 from bench/node_modules (install it first with
`npm ci --prefix bench`; this script installs nothing) in its default mobile mode against Debian's
Chromium, on an occupation page, the A–Ö index and the search page. The median of each category
score over the runs is written to the "## Lighthouse" section of bench/RESULTS.md (the rest of the
file is kept; the section is added at the end if missing).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.results import machine, write_section  # noqa: E402
from generator.build import build  # noqa: E402
from generator.config import SAMPLE_SNAPSHOT, site_settings  # noqa: E402
from generator.model.occupations import build_catalog  # noqa: E402
from generator.devtools.serve import SiteHandler, read_headers_file  # noqa: E402
from generator.snapshot.store import read_snapshot  # noqa: E402

BENCH = ROOT / "bench"
WORK = BENCH / ".work" / "lighthouse"
SECTION = "## Lighthouse"
LIGHTHOUSE = "lighthouse@12.2.3"
CHROME_PATH = "/usr/bin/chromium"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_version() -> str:
    try:
        out = subprocess.run([CHROME_PATH, "--version"], capture_output=True, text=True, timeout=30).stdout
        return out.strip() or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


# What GitHub Pages, Netlify and Cloudflare compress on the way out (tests/test_budgets.py's list).
COMPRESSIBLE = re.compile(r"javascript|json|css|html|svg|text/")


class CompressingHandler(SiteHandler):
    """`yrkesinfo serve`'s handler (the site's `_headers` applied), gzipping text as a static host does:
    without it Lighthouse would time a slow-4G download of the raw HTML (88 KB for the A–Ö index
    instead of 17 KB) that no reader's host sends."""

    def do_GET(self) -> None:
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        kind = self.guess_type(path)
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not os.path.isfile(path) or not COMPRESSIBLE.search(kind):
            super().do_GET()
            return
        body = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def make_server(site_dir: Path, port: int) -> ThreadingHTTPServer:
    handler = type("Handler", (CompressingHandler,), {"rules": read_headers_file(site_dir / "_headers")})
    return ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))


def lighthouse(url: str, report: Path) -> dict:
    """One Lighthouse run in mobile mode (its default form factor and simulated throttling)."""
    command = [
        "npx", "--prefix", str(BENCH), "--no", "--", LIGHTHOUSE, url,
        "--output=json", f"--output-path={report}", f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}", "--quiet",
    ]
    subprocess.run(command, cwd=BENCH, env={**os.environ, "CHROME_PATH": CHROME_PATH}, check=True, timeout=300)
    return json.loads(report.read_text("utf-8"))


def lost_points(result: dict) -> list[str]:
    """The audits that cost points in a category, as 'category: audit title'."""
    lost = []
    for category in CATEGORIES:
        for ref in result["categories"][category]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] > 0 and audit.get("score") is not None and audit["score"] < 1:
                lost.append(f"{category}: {audit['title']} ({ref['id']})")
    return lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (default 3); medians are written")
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args()
    if not (BENCH / "node_modules" / "lighthouse").is_dir():
        sys.exit("Lighthouse is not installed: run `npm ci --prefix bench` first.")
    if not Path(CHROME_PATH).exists():
        sys.exit(f"Chromium is expected at {CHROME_PATH}: run tests/install.sh (or apt-get install chromium).")

    # The canonical URLs and the sitemap name the server the pages are read from, as on a real host.
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    shutil.rmtree(WORK, ignore_errors=True)
    site_dir = WORK / "site"
    build(SAMPLE_SNAPSHOT, site_dir, site_settings(base_url=base))
    catalog = build_catalog(read_snapshot(SAMPLE_SNAPSHOT))
    # The heaviest occupation page: the most HTML to load and lay out.
    occupation = max(catalog.occupations, key=lambda o: (site_dir / "yrken" / o.slug / "index.html").stat().st_size)
    pages = {
        f"occupation (yrken/{occupation.slug}/)": f"{base}yrken/{occupation.slug}/",
        "A–Ö index (/)": base,
        "search (sok/)": f"{base}sok/",
    }

    server = make_server(site_dir, port=port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    scores: dict[str, dict[str, float]] = {}
    lost: dict[str, set[str]] = {}
    try:
        for name, url in pages.items():
            runs = []
            for i in range(args.runs):
                result = lighthouse(url, WORK / f"report-{len(scores)}-{i}.json")
                runs.append({c: result["categories"][c]["score"] * 100 for c in CATEGORIES})
                lost.setdefault(name, set()).update(lost_points(result))
                print(name, i + 1, runs[-1], flush=True)
            scores[name] = {c: statistics.median(r[c] for r in runs) for c in CATEGORIES}
            version = result["lighthouseVersion"]
    finally:
        server.shutdown()
        server.server_close()

    lines = [
        SECTION,
        "",
        f"Run with `python bench/lighthouse.py` on {time.strftime('%Y-%m-%d')}: Lighthouse {version}, mobile (its default "
        f"form factor, simulated slow 4G and CPU throttling), {chromium_version()} headless, against the built sample "
        f"served on localhost with its `_headers` and gzip for text, as static hosts serve it. Machine: {machine()}. Medians of {args.runs} runs.",
        "",
        "| page | performance | accessibility | best practices | SEO |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, s in scores.items():
        lines.append(f"| {name} | " + " | ".join(f"{s[c]:.0f}" for c in CATEGORIES) + " |")
    lines += ["", "Target: 100 in each. Audits below full marks in any run (a category can still round to 100):", ""]
    for name in pages:
        lines.append(f"- {name}: " + ("; ".join(sorted(lost[name])) if lost[name] else "none"))
    lines.append("")
    section = "\n".join(lines)
    write_section(section, dry_run=args.no_write)


if __name__ == "__main__":
    main()
