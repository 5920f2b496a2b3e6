"""How fast search answers on a mid-range phone, run by hand: `python bench/search_speed.py [--runs 5]`.

Builds the sample and the real 2018 texts, serves each over loopback and opens the search page
in headless Chromium with a phone's viewport (360 x 800) and the CPU slowed down four times
(CDP `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile mode does; the network is not
slowed: loopback). Times, in the page, from the input event to the moment the result count is
shown:

- first search: a new browser context (empty cache), the field focused (which starts loading
  the names and the phrase list) and a query typed at once: the worst case, as
  someone who types before anything has loaded;
- later searches: further queries in the same page, each typed into the field as a whole.

Both include the 150 ms Pagefind's debounced search waits for the typing to stop, so "instant"
here means at most about 100 ms on top of that. The medians are written to the "## Search
speed" section of bench/RESULTS.md. The machine is shared: its numbers are noisy.
"""

from __future__ import annotations

import argparse
import statistics
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

THROTTLE = 4
DEBOUNCE_MS = 150
FIRST_QUERY = "släcka bränder"
LATER_QUERIES = ("jobba med djur", "lakare", "förare", "köra lastbil utan utbildning", "sjukskötare", "laga mat",
                 "universitet", "elektriker", "ta hand om barn", "4420", "Brevbärare och postterminalarbetare")
SECTION = "## Search speed"

# Installed in the page: the time from the next input event to the status showing an answer.
TIMER = """() => {
  const field = document.querySelector("input[type=search]");
  const status = document.getElementById("sok-status");
  window.__took = new Promise((resolve) => {
    field.addEventListener("input", () => {
      const start = performance.now();
      const seen = new MutationObserver(() => {
        if (status.textContent) { seen.disconnect(); resolve(performance.now() - start); }
      });
      seen.observe(status, { childList: true, characterData: true, subtree: true });
    }, { once: true });
  });
}"""


def throttled_page(browser: Any) -> tuple[Any, Any]:
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
    return context, page


def timed_search(page: Any, query: str) -> float:
    field = page.locator("input[type=search]")
    field.fill("")
    page.evaluate(TIMER)
    field.fill(query)
    return float(page.evaluate("() => window.__took"))


def measure(browser: Any, base: str, runs: int) -> dict[str, list[float]]:
    first, later = [], []
    for _ in range(runs):
        context, page = throttled_page(browser)
        page.goto(f"{base}sok/", wait_until="networkidle")
        page.focus("input[type=search]")
        first.append(timed_search(page, FIRST_QUERY))
        later += [timed_search(page, q) for q in LATER_QUERIES]
        context.close()
    return {"first": first, "later": later}


def section_text(rows: dict[str, dict[str, list[float]]], runs: int) -> str:
    lines = [
        SECTION, "",
        f"Run with `python bench/search_speed.py --runs {runs}` on {time.strftime('%Y-%m-%d')}. Machine: {machine()} "
        f"(shared with other work: noisy). Headless Chromium, 360 x 800, CPU throttled {THROTTLE}x through CDP, "
        f"served on loopback. Milliseconds from the input event to the result count, including the "
        f"{DEBOUNCE_MS} ms debounce.",
        "",
        "| data | first search, median | first search, max | later searches, median | later, 90th percentile | later, max |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for data, m in rows.items():
        later = sorted(m["later"])
        p90 = later[min(len(later) - 1, int(0.9 * len(later)))]
        lines.append(f"| {data} | {statistics.median(m['first']):.0f} | {max(m['first']):.0f} | "
                     f"{statistics.median(later):.0f} | {p90:.0f} | {max(later):.0f} |")
    lines += ["", f"First search: a new context, the field focused and \"{FIRST_QUERY}\" typed at once, so it waits for "
              "the names, the phrase list and the task index to load (Pagefind only when nothing fits). Later searches: "
              + ", ".join(f'"{q}"' for q in LATER_QUERIES) + ".", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from bench.search_quality import _datasets
    from generator.build import build
    from generator.config import site_settings
    from generator.devtools.serve import make_server

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import CHROMIUM, CHROMIUM_ARGS

    rows = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, snapshot in _datasets():
            out = Path(tmp) / label.replace(" ", "-")
            build(snapshot, out, site_settings(base_url="https://yrken.example.se/"))
            server = make_server(out, port=0)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                rows[label] = measure(browser, f"http://127.0.0.1:{server.server_address[1]}/", args.runs)
            finally:
                server.shutdown()
                server.server_close()
            print(label, {k: round(statistics.median(v)) for k, v in rows[label].items()})
        browser.close()
    write_section(section_text(rows, args.runs), dry_run=args.no_write)


if __name__ == "__main__":
    main()
