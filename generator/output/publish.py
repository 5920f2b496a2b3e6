"""Publish: the whole site is built in a temporary folder beside `--out`,
checked, and only then moved into place, so a failed build never replaces a
good site.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import zlib
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

from generator.errors import PublishError, SecretInOutputError
from generator.helpers.atomic import replace_dir
from generator.helpers.paths import inside
# The state's home is `state`; these stay importable from here, where they were first.
from generator.incremental.state import STATE_FILE, folder_id, is_built_site, pending_path, read_state, state_path  # noqa: F401


FOLDER_MODE, FILE_MODE = 0o755, 0o644  # what a web server running as another user can read
MIN_SECRET_LENGTH = 8  # a shorter secret would match ordinary text


def write_files(folder: Path, files: Iterable[tuple[str, bytes]]) -> int:
    """Write (relative path, bytes) pairs under `folder`; returns how many.

    An existing file is unlinked first: in an incremental build it is a hard
    link shared with the published site, which must not change under readers.
    """
    count = 0
    made: set[Path] = set()
    for rel, data in files:
        path = inside(folder, rel, "a file to write")
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.unlink(missing_ok=True)
        path.write_bytes(data)
        count += 1
    return count


def link_tree(src: Path, dest: Path, skip: Iterable[str] = ()) -> None:
    """Fill `dest` with hard links to every file of `src`, but those under the folders in `skip`
    (paths relative to `src`, to be made anew): a copy that costs no writes."""
    skipped = {os.path.join(src, folder) for folder in skip}

    def fill(folder: str, target: str) -> None:
        os.makedirs(target, exist_ok=True)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_symlink():  # the build never makes links; one that is there stays out
                    continue
                if entry.is_dir():
                    if entry.path not in skipped:
                        fill(entry.path, os.path.join(target, entry.name))
                else:
                    os.link(entry.path, os.path.join(target, entry.name))

    fill(os.fspath(src), os.fspath(dest))


def remove_paths(folder: Path, paths: Iterable[str]) -> None:
    for rel in paths:
        path = inside(folder, rel, "a file to remove")
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
        # Drop folders the removal left empty (an occupation's own folder).
        parent = path.parent
        while parent != folder and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def check_site(folder: Path, required: list[str]) -> None:
    missing = [rel for rel in required if not (folder / rel).is_file()]
    if missing:
        raise PublishError("The built site is incomplete; missing: " + ", ".join(missing[:10]))


def check_no_secret(folder: Path, secrets: Iterable[str]) -> None:
    """Refuse a site in which any file holds a secret, plain, URL- or HTML-encoded, also inside gzip
    (Pagefind's files). An upstream that echoes the request URL into a text would otherwise publish it."""
    needles = [form.encode("utf-8") for secret in secrets if len(secret) >= MIN_SECRET_LENGTH
               for form in {secret, quote(secret, safe=""), html.escape(secret)}]
    if not needles:
        return
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and not p.is_symlink()):
        data = path.read_bytes()
        if any(needle in data or needle in _gunzipped(data) for needle in needles):
            rel = path.relative_to(folder).as_posix()
            raise SecretInOutputError(f"The file {rel} would publish the API secret (the API may have echoed "
                                      "the request into a text); nothing was published.")


def _gunzipped(data: bytes, limit: int = 256 * 1024 * 1024) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return b""
    try:
        return zlib.decompressobj(wbits=31).decompress(data, limit)
    except zlib.error:
        return b""


def set_public_modes(folder: Path) -> None:
    """Folders 0755, files 0644, whatever the temporary folder was made with (mkdtemp makes 0700)."""
    os.chmod(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), FOLDER_MODE, follow_symlinks=False)
        for name in files:
            os.chmod(os.path.join(root, name), FILE_MODE, follow_symlinks=False)


def publish(staged: Path, out: Path, state: dict[str, Any] | None = None) -> None:
    """Swap the finished staging folder into `out`, readable by the web server, and keep its state beside it.

    The state names the folder it belongs to, so a state left from before (the swap done, the state
    not yet replaced) is never taken for the new site's."""
    set_public_modes(staged)
    pending = None
    if state is not None:
        pending = pending_path(state_path(out))
        pending.write_text(json.dumps({**state, "folder": folder_id(staged)}, sort_keys=True, indent=0) + "\n", "utf-8")
    try:
        replace_dir(staged, out)
    except BaseException:
        if pending is not None:
            pending.unlink(missing_ok=True)
        raise
    if pending is not None:
        os.replace(pending, state_path(out))
