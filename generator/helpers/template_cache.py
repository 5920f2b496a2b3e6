"""Jinja's compiled templates kept between builds, so a build does not compile them all again.

Compiling the site's templates takes about 0.2 s, a tenth of a full build; loading them from
Jinja's bytecode cache takes about 0.015 s. Jinja checks each entry against the template's
source (a checksum) and its own and Python's versions, so a changed template is compiled anew.

The cache is code that the build runs, so it lives only in a folder that is the user's own and
that no one else may write to: `YRKESINFO_CACHE_DIR`, or `$XDG_CACHE_HOME/yrkesinfo`, or
`~/.cache/yrkesinfo`. When there is no such folder, or an entry cannot be read or written,
the build simply compiles: the cache only ever saves time.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from jinja2.bccache import Bucket, FileSystemBytecodeCache

CACHE_ENV = "YRKESINFO_CACHE_DIR"  # set to an empty string for no cache


def cache_folder() -> Path | None:
    """The user's cache folder for yrkesinfo, made if missing; None where there is none to use."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        base = Path(configured) if configured else None
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        try:
            base = Path(xdg) / "yrkesinfo" if xdg else Path.home() / ".cache" / "yrkesinfo"
        except RuntimeError:  # no home folder known
            base = None
    if base is None:
        return None
    folder = base / "templates"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022
    return folder if private else None


class TemplateCache(FileSystemBytecodeCache):
    """Jinja's file cache, where an entry that cannot be read or written is a miss, not an error."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry (Jinja reads it with pickle and marshal): compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def template_cache() -> TemplateCache | None:
    folder = cache_folder()
    return TemplateCache(str(folder)) if folder else None
