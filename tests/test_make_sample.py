"""The sample snapshot is what content/make_sample.py makes from its tables, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.config import SAMPLE_SNAPSHOT

SCRIPT = Path(__file__).resolve().parents[1] / "content" / "make_sample.py"


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_committed_sample_is_what_the_script_makes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "sample")], check=True, capture_output=True, timeout=120)
    made, committed = files(tmp_path / "sample"), files(SAMPLE_SNAPSHOT)
    assert sorted(made) == sorted(committed)
    assert [name for name in made if made[name] != committed[name]] == []
    assert len([n for n in made if n.startswith("yrken/")]) == 353
