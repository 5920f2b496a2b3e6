"""Issue 22's sources timed against the stand-in, run by hand:

    python3 bench/sources_bench.py [--sizes 353,3500,35000] [--latency 0.05] [--all-groups]
    python3 bench/sources_bench.py --whole [--sizes 353,3500] [--runs 3]

For each size, a synthetic snapshot (bench/synth.py: the sample repeated, so the same
SSYK groups) is served by `yrkesinfo stub-api --latency L` in its own process, and the
real client fetches JobSearch's counts and the register's two tables with the default
limits (JobSearch: 6 requests in flight, at most 150 started per second; SCB: 10 requests
per 10 s). Requests grow with SSYK groups, not occupations: `--all-groups` spreads the
occupations over every SSYK-4 group in the taxonomy table (about 400), the most a site
can ask for. Prints one line per size; the numbers go into the developer's notes.

`--whole` times what a live build waits for instead: the API with every source beside it
(`fetch_with_sources`) against the API alone (`fetch_snapshot`), in interleaved pairs, and prints
the median of each and of the pairs' ratios (the issue's target: 1.15x). The API and the sources
are served by two stand-in processes, as they are different servers; `--one-stand-in` serves
all from one (its one interpreter then makes the API's answers wait while it builds SCB's).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
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
    stub = StandIn.start(folder, latency)
    try:
        urls = stub.urls
        settings = LabourSettings(jobsearch_url=urls["YRKESINFO_JOBSEARCH_URL"],
                                  employed_county_url=urls["YRKESINFO_SCB_EMPLOYED_COUNTY_URL"],
                                  employed_age_url=urls["YRKESINFO_SCB_EMPLOYED_AGE_URL"])
        snapshot = read_snapshot(folder)
        snapshot.labour = {}
        started = time.perf_counter()
        report = run_sync(add_labour(snapshot, None, settings, labour=LabourOptions(), only=NEW_SOURCES))
        wall = time.perf_counter() - started
    finally:
        stub.stop()
    return {"size": size, "wall": wall, "states": {k: s.state for k, s in report.states.items()},
            "seconds": report.seconds, "requests": report.requests}


@dataclass
class StandIn:
    """`yrkesinfo stub-api` in a process of its own: its API's URL (`base`) and the sources' (`urls`)."""

    process: subprocess.Popen
    base: str
    urls: dict[str, str]

    @classmethod
    def start(cls, folder: Path, latency: float) -> StandIn:
        process = subprocess.Popen([sys.executable, "-m", "generator", "stub-api", "--snapshot", str(folder), "--port",
                                    "0", "--latency", str(latency)], env=ENV, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        base = process.stdout.readline().split("listening on", 1)[1].strip()
        return cls(process, base, dict(process.stdout.readline().strip().split("=", 1) for _ in range(5)))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def whole(size: int, latency: float, runs: int, rebuild: bool, one_stand_in: bool = False) -> dict:
    """Medians of `runs` interleaved pairs: the API with every source beside it, and the API alone. A
    `rebuild` has the previous snapshot (the same occupations), as a scheduled build does; else none."""
    from generator.config import ApiSettings, labour_settings_from_env
    from generator.fetch.api import FetchOptions, fetch_snapshot
    from generator.sources.fetch import fetch_with_sources

    folder = make_synthetic(ROOT / "content" / "sample", WORK / f"sources-{size}", size)
    # The API and the open-data hosts are different servers. One stand-in process for all of them would
    # make the API's answers wait for SCB's (one interpreter builds both): unless `one_stand_in`, the
    # sources get a stand-in process of their own.
    stand_ins = []
    beside, alone = [], []
    try:
        for _ in range(1 if one_stand_in else 2):
            stand_ins.append(StandIn.start(folder, latency))
        base = stand_ins[0].base
        settings = ApiSettings(base_url=base, client_id=ENV["YRKESINFO_CLIENT_ID"], client_secret=ENV["YRKESINFO_CLIENT_SECRET"])
        labour = labour_settings_from_env(stand_ins[-1].urls)
        previous = read_snapshot(folder) if rebuild else None
        for _ in range(runs):
            started = time.perf_counter()
            _, _, report = run_sync(fetch_with_sources(settings, previous, options=FetchOptions(), labour=labour,
                                                       labour_options=LabourOptions(), quiet=True))
            beside.append(time.perf_counter() - started)
            assert all(state.state == "fresh" for state in report.states.values()), report.states
            started = time.perf_counter()
            run_sync(fetch_snapshot(settings, previous=previous, options=FetchOptions(), quiet=True))
            alone.append(time.perf_counter() - started)
    finally:
        for started_stand_in in stand_ins:
            started_stand_in.stop()
    print("  sources seconds (last run):", {k: round(v, 2) for k, v in report.seconds.items()}, flush=True)
    return {"beside": statistics.median(beside), "alone": statistics.median(alone),
            "ratio": statistics.median(b / a for b, a in zip(beside, alone)), "requests": report.requests}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="353,3500,35000")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--all-groups", action="store_true")
    parser.add_argument("--whole", action="store_true", help="the API with the sources beside it against the API alone")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one-stand-in", action="store_true", help="--whole: the API and the sources from one process")
    args = parser.parse_args()
    if args.whole:
        for size, rebuild in ((int(s), rebuild) for s in args.sizes.split(",") for rebuild in (False, True)):
            row = whole(size, args.latency, args.runs, rebuild, args.one_stand_in)
            print(f"{size} occupations, {'a rebuild (previous snapshot)' if rebuild else 'a first fetch'}: "
                  f"API with every source beside it {row['beside']:.2f} s, API alone "
                  f"{row['alone']:.2f} s, ratio {row['ratio']:.2f}x (medians of {args.runs}); requests {row['requests']}",
                  flush=True)
        return
    for size in (int(s) for s in args.sizes.split(",")):
        row = run(size, args.latency, args.all_groups)
        per = ", ".join(f"{k} {row['requests'][k]} req {row['seconds'][k]:.2f} s ({row['states'][k]})" for k in row["seconds"])
        print(f"{size} occupations{' (all groups)' if args.all_groups else ''}: {row['wall']:.2f} s wall; {per}", flush=True)


if __name__ == "__main__":
    main()
