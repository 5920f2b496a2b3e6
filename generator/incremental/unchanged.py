"""A build with nothing to do, seen before the snapshot is read into memory or the pipeline imported.

A build from a snapshot folder keeps in the site's state one key of everything it was made from:
the bytes of every entry in the snapshot folder, what the site settings were read from, the code,
templates and content pages, and the minifiers' versions. A build from the same inputs finds the
same key and stops there, after some 8 ms of reading and hashing, where reading the snapshot and
importing the pipeline take several times that. A change to any byte of any of those files changes
the key.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any

from generator import __version__
from generator.environment import CONTENT_DIR, PACKAGE_DIR, TEMPLATES_DIR
from generator.helpers.minify import versions
from generator.incremental.state import check_out, read_state

UNCHANGED = "build: the snapshot and the code are unchanged since the last build; nothing was rewritten"
# Besides the snapshot and the site settings, everything that shapes the output.
CODE_AND_CONTENT = (("templates", TEMPLATES_DIR), ("pages", CONTENT_DIR / "pages"),
                    ("search", CONTENT_DIR / "search"), ("code", PACKAGE_DIR))
NOT_CODE = frozenset({"__pycache__"})  # made from the code, by whichever Python imported it


def hash_tree(digest: Any, folder: Path | str, label: str, skip: frozenset[str] = frozenset()) -> None:
    """Feed every entry under `folder` into `digest` in name order, each as its path (under `label`),
    its kind and its bytes: a file's contents, a link's target (never followed), nothing for a folder
    (its entries follow) or for anything else (a FIFO or device is never opened: it could hang).
    Raises OSError when an entry cannot be listed or read."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name in skip:
            continue
        rel = f"{label}/{entry.name}"
        if entry.is_symlink():
            kind, data = b"l", os.fsencode(os.readlink(entry.path))
        elif entry.is_dir(follow_symlinks=False):
            kind, data = b"d", b""
        elif entry.is_file(follow_symlinks=False):
            kind, data = b"f", _plain_bytes(entry.path)
        else:
            kind, data = b"o", b""
        # Length-framed, so no two different trees feed the same bytes.
        digest.update(b"%s\0%s%d\0" % (os.fsencode(rel), kind, len(data)) + data)
        if kind == b"d":
            hash_tree(digest, entry.path, rel, skip)


def _plain_bytes(path: str) -> bytes:
    """A file listed as plain: if it has become a link or a FIFO since, OSError, never a wait.
    Read with os.read, not a file object: half the time, for the few hundred files of a snapshot."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path}: no longer a plain file")
        chunks = [os.read(fd, info.st_size + 1)]
        while chunks[-1]:  # to the end, should the file have grown since
            chunks.append(os.read(fd, 1 << 20))
        return b"".join(chunks)
    finally:
        os.close(fd)


def hash_code_and_content(digest: Any) -> None:
    """The code that shapes the output, ours (with templates and content) and the minifiers': a new
    minifier may write other bytes."""
    digest.update(repr(versions()).encode())
    for label, folder in CODE_AND_CONTENT:
        hash_tree(digest, folder, label, NOT_CODE)


def inputs_key(snapshot_dir: Path, site_source: str) -> str | None:
    """One hash of all a build from `snapshot_dir` is made from (see the module's notes), or None
    when something cannot be read: the build then reads the snapshot and says what is wrong."""
    digest = hashlib.sha256(f"{__version__}\0{site_source}\0".encode())
    try:
        hash_tree(digest, snapshot_dir, "snapshot")
        hash_code_and_content(digest)
    except OSError:
        return None
    return digest.hexdigest()


def check_inputs(snapshot_dir: Path, out: Path, site_source: str, *,
                 force: bool = False) -> tuple[str | None, dict[str, Any] | None]:
    """Refuse an `out` the build must not replace (`check_out`); then the key of this build's inputs,
    and the state of the site in `out` if it was built from these very inputs (else None).

    `site_source` is `SiteSettings.source`; without one (settings made by hand) there is no key."""
    check_out(out, snapshot_dir, force=force)
    key = inputs_key(snapshot_dir, site_source) if site_source else None
    state = read_state(out) if key and Path(out).is_dir() else None
    return key, (state if state and state.get("inputs") == key else None)
