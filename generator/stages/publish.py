"""Publish: the whole site is built in a temporary folder beside `--out`,
checked, and only then moved into place, so a failed build never replaces a
good site.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterable

from generator.errors import YrkesinfoError
from generator.helpers.atomic import replace_dir


class PublishError(YrkesinfoError):
    """The built site failed a final check."""


STATE_FILE = ".build-state.json"


def write_files(folder: Path, files: Iterable[tuple[str, bytes]]) -> int:
    """Write (relative path, bytes) pairs under `folder`; returns how many.

    An existing file is unlinked first: in an incremental build it is a hard
    link shared with the published site, which must not change under readers.
    """
    count = 0
    made: set[Path] = set()
    for rel, data in files:
        path = folder / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.unlink(missing_ok=True)
        path.write_bytes(data)
        count += 1
    return count


def link_tree(src: Path, dest: Path) -> None:
    """Fill `dest` with hard links to every file of `src`: a copy that costs no writes."""
    for root, dirs, files in os.walk(src):
        target = dest / Path(root).relative_to(src)
        target.mkdir(parents=True, exist_ok=True)
        for name in files:
            os.link(Path(root) / name, target / name)


def remove_paths(folder: Path, paths: Iterable[str]) -> None:
    for rel in paths:
        path = folder / rel
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
        # Drop folders the removal left empty (an occupation's own folder).
        parent = path.parent
        while parent != folder and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def read_state(out: Path) -> dict[str, Any] | None:
    """What the last build of `out` was made from, or None when unknown or unreadable."""
    try:
        state = json.loads((Path(out) / STATE_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get("pages"), dict) else None


def write_state(folder: Path, state: dict[str, Any]) -> None:
    (folder / STATE_FILE).write_text(json.dumps(state, sort_keys=True, indent=0) + "\n", "utf-8")


def check_site(folder: Path, required: list[str]) -> None:
    missing = [rel for rel in required if not (folder / rel).is_file()]
    if missing:
        raise PublishError("The built site is incomplete; missing: " + ", ".join(missing[:10]))


def publish(staged: Path, out: Path) -> None:
    """Swap the finished staging folder into `out`."""
    replace_dir(staged, out)
