"""The build state: what the last build of a site was made from, kept beside the site, and the rule
it serves for `--out` (a build replaces only a folder it built).

Apart from `publish`, because a build with nothing to do reads the state and stops: it needs none of
what writing and checking a site takes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from generator.environment import PROJECT_ROOT
from generator.helpers.paths import check_output_folder, is_plain_relative
from generator.errors import UnsafePathError

STATE_FILE = ".build-state.json"  # beside the site, not in it: the web never serves it


def state_path(out: Path) -> Path:
    """Where the state of the site in `out` is kept: beside it, as `.<name>.build-state.json`."""
    out = Path(out).resolve()
    return out.parent / f".{out.name}{STATE_FILE}"


def pending_path(state: Path) -> Path:
    """Where a new state waits until its site is swapped in."""
    return state.with_name(state.name + ".new")


def folder_id(folder: Path) -> list[int]:
    """Which folder a state belongs to; a rename keeps it, a copy or another build does not."""
    stat = os.stat(folder)
    return [stat.st_dev, stat.st_ino]


def read_state(out: Path) -> dict[str, Any] | None:
    """What the last build of `out` was made from, or None when unknown, unreadable or not for this folder.

    Raises UnsafePathError when the state names a path outside the site."""
    path = state_path(out)
    try:
        state = json.loads(path.read_bytes())
        this_folder = folder_id(out)
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(state, dict) or not isinstance(state.get("pages"), dict) or state.get("folder") != this_folder:
        return None
    for rel in [*state["pages"], *state.get("bundles", [])]:
        if not is_plain_relative(rel):
            raise UnsafePathError(f"{path}: the path {rel!r} leads outside the site; the file is rejected. "
                                  "Delete it to build the site from scratch.")
    return state


def is_built_site(out: Path) -> bool:
    """A folder this tool built: its state is beside it (or, from older versions, inside it)."""
    state = state_path(out)
    return any(p.is_file() for p in (state, pending_path(state), Path(out) / STATE_FILE))


def _protected_folders() -> dict[str, Path]:
    protected = {"project": PROJECT_ROOT, "current": Path.cwd(), "root": Path("/")}
    try:
        protected["home"] = Path.home()
    except RuntimeError:  # no home folder known
        pass
    return protected


def check_out(out: Path, snapshot_dir: Path, *, force: bool = False) -> None:
    """Refuse an `--out` that the build must not replace (see `paths.check_output_folder`)."""
    protected = {"snapshot": Path(snapshot_dir), **_protected_folders()}
    check_output_folder(out, protected=protected, is_site=is_built_site(out), force=force)


def check_snapshot_folder(folder: Path, *, force: bool = False) -> None:
    """A fetch replaces its snapshot folder too: only a missing or empty folder, or a snapshot."""
    check_output_folder(folder, protected=_protected_folders(), is_site=(Path(folder) / "yrken.json").is_file(),
                        force=force, what="the snapshot folder")
