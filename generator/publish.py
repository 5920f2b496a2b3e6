"""Publish: the whole site is built in a temporary folder beside `--out`,
checked, and only then moved into place, so a failed build never replaces a
good site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from generator.atomic import replace_dir


class PublishError(Exception):
    """The built site failed a final check."""


def write_files(folder: Path, files: Iterable[tuple[str, bytes]]) -> int:
    """Write (relative path, bytes) pairs under `folder`; returns how many."""
    count = 0
    made: set[Path] = set()
    for rel, data in files:
        path = folder / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(data)
        count += 1
    return count


def check_site(folder: Path, required: list[str]) -> None:
    missing = [rel for rel in required if not (folder / rel).is_file()]
    if missing:
        raise PublishError("The built site is incomplete; missing: " + ", ".join(missing[:10]))


def publish(staged: Path, out: Path) -> None:
    """Swap the finished staging folder into `out`."""
    replace_dir(staged, out)
