"""Benchmarks for the pipeline, run by hand: `python bench/run.py [--sizes 350,3500,35000]`.

For the sample and for synthetic snapshots of 3,500 and 35,000 occupations it
measures: fetch time against `yrkesinfo stub-api` with 50 ms latency per request
next to the ideal (requests x latency / concurrency), and each labour-market source's
fetch time (`--sources-only` measures just those, for the sample); model, render and index
time; total build time; peak memory; output size. Each build runs in a fresh
process. Medians of several runs are written to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.results import machine, write_section  # noqa: E402
from bench.synth import make_synthetic  # noqa: E402

WORK = ROOT / "bench" / ".work"
SAMPLE = ROOT / "content" / "sample"
LATENCY = 0.05
CONCURRENCY = 8
ENV = {**os.environ, "YRKESINFO_CLIENT_ID": "bench", "YRKESINFO_CLIENT_SECRET": "bench-secret", "PYTHONPATH": str(ROOT)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SOURCES = ("yrkesbarometer", "scb", "jobsearch", "yrkesregistret", "yrkesregistret-alder")  # one URL line each from stub-api


def time_fetch(snapshot: Path, dest: Path) -> tuple[float, float, dict[str, float]]:
    """(seconds the API fetch itself reports, wall time of the whole command, seconds per labour-market source)."""
    port = free_port()
    stub = subprocess.Popen(
        [sys.executable, "-m", "generator", "stub-api", "--snapshot", str(snapshot), "--port", str(port), "--latency", str(LATENCY)],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        base = stub.stdout.readline().split("listening on", 1)[1].strip()
        urls = dict(stub.stdout.readline().strip().split("=", 1) for _ in SOURCES)  # the labour-market sources
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "generator", "fetch", "--out", str(dest), "--concurrency", str(CONCURRENCY), "--quiet"],
            env={**ENV, "YRKESINFO_BASE_URL": base, **urls}, check=True, capture_output=True, text=True,
        )
        wall = time.perf_counter() - started
        lines = result.stderr.splitlines()
        line = next(l for l in lines if l.startswith("fetch:"))
        sources = {}
        for name in SOURCES:
            found = next(l for l in lines if l.startswith(f"{name} fetch:"))
            assert f"{name}: fresh" in found, found
            sources[name] = float(re.search(r"requests, ([0-9.]+) s", found).group(1))
        return float(re.search(r"left out, ([0-9.]+) s", line).group(1)), wall, sources
    finally:
        stub.terminate()
        stub.wait()


def time_build(snapshot: Path, out: Path) -> dict:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "build_once.py"), str(snapshot), str(out)],
                            env=ENV, check=True, capture_output=True, text=True)
    row = json.loads(result.stdout.strip().splitlines()[-1])
    row["wall"] = time.perf_counter() - started  # with interpreter start and imports
    return row


def one_change(snapshot: Path, dest: Path) -> Path:
    """A copy of `snapshot` with one occupation's work-task text changed."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(snapshot, dest)
    first = json.loads((dest / "yrken.json").read_bytes())[0]["id"]
    path = dest / "yrken" / f"{first}.json"
    detail = json.loads(path.read_bytes())
    detail["arbetsuppgifter"] = "En ändrad text om arbetsuppgifterna.\n\nOch ett stycke till."
    path.write_text(json.dumps(detail, ensure_ascii=False), "utf-8")
    return dest


def time_incremental(snapshot: Path, out: Path, runs: int) -> dict:
    """No-change and one-occupation rebuilds of a site fully built from `snapshot`."""
    changed = one_change(snapshot, WORK / f"changed-{out.name}")
    time_build(snapshot, out)
    nochange = [time_build(snapshot, out) for _ in range(runs)]
    assert all(r["unchanged"] for r in nochange)
    onechange = []
    for i in range(runs):
        onechange.append(time_build(changed if i % 2 == 0 else snapshot, out))
    return {
        "nochange": median([r["total"] for r in nochange]), "nochange_wall": median([r["wall"] for r in nochange]),
        "onechange": median([r["total"] for r in onechange]), "onechange_wall": median([r["wall"] for r in onechange]),
        "onechange_rendered": median([r["rendered"] for r in onechange]),
    }


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="sample,3500,35000")
    parser.add_argument("--build-runs", type=int, default=5)
    parser.add_argument("--fetch-runs", type=int, default=3)
    parser.add_argument("--sources-only", action="store_true",
                        help="only fetch the labour-market sources' section, for the sample (about a minute)")
    args = parser.parse_args()
    if args.sources_only:
        return time_sources_only(args.fetch_runs)
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes.split(","):
        if size == "sample":
            snapshot = SAMPLE
        else:
            snapshot = make_synthetic(SAMPLE, WORK / f"synth-{size}", int(size))
        n = len(json.loads((snapshot / "yrken.json").read_bytes()))
        big = n > 10_000
        fetch_runs = 1 if big else args.fetch_runs
        build_runs = 3 if big else args.build_runs
        # Each full build goes to a folder of its own, and the folders are deleted only after the
        # last one: on this ext4 disk, creating files just after thousands were deleted costs several times
        # more, which a build in CI (a fresh clone, or a site replaced hours ago) never meets.
        builds = [time_build(snapshot, WORK / f"site-{n}-{i}") for i in range(build_runs)]
        files, size_bytes = folder_size(WORK / f"site-{n}-0")
        for i in range(build_runs):
            shutil.rmtree(WORK / f"site-{n}-{i}")
        fetches = [time_fetch(snapshot, WORK / f"fetched-{n}") for _ in range(fetch_runs)]
        incremental = time_incremental(snapshot, WORK / f"site-{n}", 5) if not big else {}
        ideal = (n + 1) * LATENCY / CONCURRENCY
        row = {
            "n": n, "fetch": median([f[0] for f in fetches]), "fetch_wall": median([f[1] for f in fetches]),
            "fetch_runs": fetch_runs, "ideal": ideal,
            **{name: median([f[2][name] for f in fetches]) for name in SOURCES},
            "model": median([b["timings"]["model"] for b in builds]),
            "render": median([b["timings"]["render"] for b in builds]),
            "index": median([b["timings"]["index"] for b in builds]),
            "render_index": median([b["timings"]["render"] + b["timings"]["index"] for b in builds]),
            "total": median([b["total"] for b in builds]), "build_runs": build_runs,
            "peak_python": max(b["peak_python"] for b in builds), "peak_pagefind": max(b["peak_pagefind"] for b in builds),
            "files": files, "bytes": size_bytes, "wall": median([b["wall"] for b in builds]), **incremental,
        }
        rows.append(row)
        print(json.dumps(row), flush=True)
    write_results(rows)
    write_sources(rows)
    shutil.rmtree(WORK, ignore_errors=True)


def time_sources_only(runs: int) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    fetches = [time_fetch(SAMPLE, WORK / "fetched-sources") for _ in range(runs)]
    n = len(json.loads((SAMPLE / "yrken.json").read_bytes()))
    write_sources([{"n": n, "fetch_runs": runs, **{name: median([f[2][name] for f in fetches]) for name in SOURCES}}])
    shutil.rmtree(WORK, ignore_errors=True)


def write_sources(rows: list[dict]) -> None:
    sizes = {path.parent.name: path.stat().st_size for path in (SAMPLE / "arbetsmarknad").glob("*/*.json")}
    lines = [
        "## Labour-market sources",
        "",
        f"Run with `python bench/run.py` (or `--sources-only`) on {time.strftime('%Y-%m-%d')}. Machine: {machine()}. "
        f"Medians of the seconds `yrkesinfo fetch` reports per source, against `yrkesinfo stub-api --latency {LATENCY}` "
        "serving the sample's files (barometer "
        f"{sizes.get('yrkesbarometer', 0) / 1024:.0f} KiB; the real file is about 5.7 MB). Both sources are fetched at the "
        "same time, after the API.",
        "",
        "| occupations | Yrkesbarometer (s) | SCB, metadata + queries (s) | runs |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['yrkesbarometer']:.2f} | {r['scb']:.2f} | {r['fetch_runs']} |")
    lines += ["", "SCB answers one query for all the site's groups (3 values each, far under its 100,000 limit);",
              "the client keeps to 10 requests per 10 s, so the rate limit costs nothing here.", ""]
    write_section("\n".join(lines))


def write_results(rows: list[dict]) -> None:
    base = rows[0]
    mib = 1024 * 1024
    lines = [
        "## Pipeline",
        "",
        f"Run with `python bench/run.py` on {time.strftime('%Y-%m-%d')}. Machine: {machine()}. Medians; fetch against "
        f"`yrkesinfo stub-api --latency {LATENCY}` at concurrency {CONCURRENCY}; every build in a fresh process, "
        "model + render + index + publish.",
        "",
        "| occupations | fetch (s) | whole fetch command (s) | ideal (s) | fetch / ideal | model (s) | render (s) | index, after render (s) | render + index (s) | total build (s) | build ms per occupation | vs the sample | peak Python (MiB) | peak Pagefind (MiB) | files | output (MiB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    per_base = base["total"] / base["n"]
    for r in rows:
        per = r["total"] / r["n"]
        lines.append(
            f"| {r['n']:,} | {r['fetch']:.2f} ({r['fetch_runs']} runs) | {r['fetch_wall']:.2f} | {r['ideal']:.2f} | {r['fetch'] / r['ideal']:.2f}x | "
            f"{r['model']:.2f} | {r['render']:.2f} | {r['index']:.2f} | {r['render_index']:.2f} | {r['total']:.2f} ({r['build_runs']} runs) | {per * 1000:.2f} | "
            f"{per / per_base:.2f}x | {r['peak_python'] / mib:.0f} | {r['peak_pagefind'] / mib:.0f} | {r['files']:,} | {r['bytes'] / mib:.1f} |"
        )
    lines += [
        "",
        "fetch: the list and every detail, as the fetch reports it; the whole command adds interpreter start,",
        "imports and writing the snapshot. Ideal: requests x latency / concurrency.",
        "",
        "render: writing every file of the site. Pagefind starts once the occupation pages are written and",
        "indexes them while the rest is written, so index is only the wait after the render: the rest of",
        "Pagefind's work and writing its files. render + index is their median sum, the wall time of both.",
        "Each full build goes to a new folder (see bench/run.py for why); the rebuilds below reuse one.",
        "",
        "Targets: fetch within 1.2x of the ideal; build time per occupation at 35,000 within 1.5x of that at the sample;",
        "peak memory under 2 GiB at 35,000; a full build of the sample (render and index) under 1 s.",
        "Peak memory is per process: Python's, and the largest Pagefind indexer's (they run one after the other).",
    ]
    write_section("\n".join(lines))
    lines = [
        "## Rebuilds",
        "",
        "In-process build time (wall time of the whole command, with interpreter start and imports, in brackets).",
        "",
        "| occupations | full build (s) | no-change rebuild (s) | no-change / full | one occupation changed (s) | one change / full | files rendered for one change |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        if "nochange" not in r:
            continue
        lines.append(
            f"| {r['n']:,} | {r['total']:.2f} ({r['wall']:.2f}) | {r['nochange']:.3f} ({r['nochange_wall']:.2f}) | "
            f"{r['nochange'] / r['total']:.3f} | {r['onechange']:.2f} ({r['onechange_wall']:.2f}) | "
            f"{r['onechange'] / r['total']:.2f} | {r['onechange_rendered']:.0f} |"
        )
    lines += [
        "",
        "Targets: a no-change rebuild under 0.3 s and under a tenth of a full build.",
        "",
    ]
    write_section("\n".join(lines))


if __name__ == "__main__":
    main()
