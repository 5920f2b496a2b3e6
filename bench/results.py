"""bench/RESULTS.md, shared by the benchmark scripts: each writes its own "## " sections and keeps the rest."""

from __future__ import annotations

import os
import platform
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TITLE = "# Benchmark results\n"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    return f"{os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def replace_section(document: str, section: str) -> str:
    """`document` with the section named by `section`'s first line ("## ...") replaced by it, or added at the end."""
    heading = section.splitlines()[0].strip()
    lines = document.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        return document.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    kept_after = lines[end:]
    return "\n".join(lines[:start] + section.rstrip("\n").splitlines() + ([""] + kept_after if kept_after else [])) + "\n"


def write_section(section: str, *, dry_run: bool = False) -> None:
    """Write `section` into RESULTS.md; with `dry_run`, print it instead."""
    if dry_run:
        print(section)
        return
    document = RESULTS.read_text("utf-8") if RESULTS.is_file() else TITLE
    RESULTS.write_text(replace_section(document, section), "utf-8")
    print(f"wrote {section.splitlines()[0].strip()} in {RESULTS}")
