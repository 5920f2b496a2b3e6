"""Publish: the whole site is built in a temporary folder beside `--out`,
checked, and only then moved into place, so a failed build never replaces a
good site.
"""

from __future__ import annotations

from pathlib import Path

from generator.atomic import replace_dir


class PublishError(Exception):
    """The built site failed a final check."""


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    for rel in sorted(files):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[rel])


def check_site(folder: Path, required: list[str]) -> None:
    missing = [rel for rel in required if not (folder / rel).is_file()]
    if missing:
        raise PublishError("The built site is incomplete; missing: " + ", ".join(missing[:10]))


def publish(staged: Path, out: Path) -> None:
    """Swap the finished staging folder into `out`."""
    replace_dir(staged, out)
