"""Issue 22's sources timed against the stand-in, run by hand:

    python3 bench/sources_bench.py [--sizes 353,3500,35000] [--latency 0.05] [--all-groups]

For each size, a synthetic snapshot (bench/synth.py: the sample repeated, so the same
SSYK groups) is served by `yrkesinfo stub-api --latency L` in its own process, and the
real client fetches JobSearch's counts and the register's two tables with the default
limits (JobSearch: 4 requests in flight, at most 20 started per second; SCB: 10 requests
per 10 s). Requests grow with SSYK groups, not occupations: `--all-groups` spreads the
occupations over every SSYK-4 group in the taxonomy table (about 400), the most a site
can ask for. Prints one line per size; the numbers go into the developer's notes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.synth import make_synthetic  # noqa: E402
from generator.config import LabourSettings  # noqa: E402
from generator.helpers.aio import run_sync  # noqa: E402
from generator.sources.base import LabourOptions  # noqa: E402
from generator.sources.fetch import add_labour  # noqa: E402
from generator.sources.jobsearch import group_concept_ids  # noqa: E402
from generator.sources.labour import NEW_SOURCES  # noqa: E402
from generator.snapshot.store import read_snapshot  # noqa: E402

WORK = ROOT / "bench" / ".work"
ENV = {**os.environ, "YRKESINFO_CLIENT_ID": "bench", "YRKESINFO_CLIENT_SECRET": "bench-secret", "PYTHONPATH": str(ROOT)}


def spread_over_all_groups(folder: Path) -> None:
    """Give the occupations every SSYK-4 group of the taxonomy table in turn."""
    codes = sorted(group_concept_ids())
    for number, path in enumerate(sorted((folder / "yrken").glob("*.json"))):
        detail = json.loads(path.read_bytes())
        detail["yrkesgrupperOchBenamningar"] = [{"ssyk": codes[number % len(codes)], "namn": "Grupp", "taxonomiTyp": "SSYK4"}]
        path.write_text(json.dumps(detail, ensure_ascii=False), "utf-8")


def run(size: int, latency: float, all_groups: bool) -> dict:
    folder = make_synthetic(ROOT / "content" / "sample", WORK / f"sources-{size}", size)
    if all_groups:
        spread_over_all_groups(folder)
    stub = subprocess.Popen([sys.executable, "-m", "generator", "stub-api", "--snapshot", str(folder), "--port", "0",
                             "--latency", str(latency)], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        stub.stdout.readline()
        urls = dict(stub.stdout.readline().strip().split("=", 1) for _ in range(5))
        settings = LabourSettings(jobsearch_url=urls["YRKESINFO_JOBSEARCH_URL"],
                                  employed_county_url=urls["YRKESINFO_SCB_EMPLOYED_COUNTY_URL"],
                                  employed_age_url=urls["YRKESINFO_SCB_EMPLOYED_AGE_URL"])
        snapshot = read_snapshot(folder)
        snapshot.labour = {}
        started = time.perf_counter()
        report = run_sync(add_labour(snapshot, None, settings, labour=LabourOptions(), only=NEW_SOURCES))
        wall = time.perf_counter() - started
    finally:
        stub.terminate()
        stub.wait()
    return {"size": size, "wall": wall, "states": {k: s.state for k, s in report.states.items()},
            "seconds": report.seconds, "requests": report.requests}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="353,3500,35000")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--all-groups", action="store_true")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        row = run(size, args.latency, args.all_groups)
        per = ", ".join(f"{k} {row['requests'][k]} req {row['seconds'][k]:.2f} s ({row['states'][k]})" for k in row["seconds"])
        print(f"{size} occupations{' (all groups)' if args.all_groups else ''}: {row['wall']:.2f} s wall; {per}", flush=True)


if __name__ == "__main__":
    main()
