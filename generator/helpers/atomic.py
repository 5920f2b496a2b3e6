"""Replace a folder only when its successor is complete.

Both the snapshot and the site are written to a temporary folder beside their
destination (same filesystem, so moving is a rename) and swapped in at the end.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from generator.errors import FolderBusyError

# The folders `folder_beside` and `replace_dir` make beside a destination: a run killed outright
# (SIGKILL, power loss) leaves them, and the next run that holds the lock clears them.
OUR_PURPOSES = ("building", "writing", "old")


def lock_path(dest: Path) -> Path:
    dest = Path(dest).resolve()
    return dest.parent / f".{dest.name}.lock"


@contextmanager
def locked_folder(dest: Path) -> Iterator[None]:
    """Hold `dest` for one run: an flock on `.<name>.lock` beside it. A second run refuses at once
    (exit 2). Once held, the half-made folders of ours that a killed run left beside it are removed.

    The lock file is removed on release; a run that opened it just before takes the lock on a file no
    longer there, so after locking, the path must still be the file locked, or it tries again."""
    path = lock_path(dest)
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise FolderBusyError(f"Another yrkesinfo run is writing to {Path(dest)} (it holds {path}); "
                                  "try again when it has finished.") from None
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        clear_leftovers(dest)
        yield
    finally:
        try:
            path.unlink(missing_ok=True)
        finally:
            os.close(fd)


def clear_leftovers(dest: Path) -> list[str]:
    """Remove `.<name>.building-*`, `.<name>.writing-*` and `.<name>.old-*` folders beside `dest`
    (only folders, only those names): call it only while holding `dest`'s lock."""
    dest = Path(dest).resolve()
    removed = []
    for purpose in OUR_PURPOSES:
        for folder in sorted(dest.parent.glob(f".{dest.name}.{purpose}-*")):
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder.name)
    return removed


@contextmanager
def folder_beside(dest: Path, purpose: str) -> Iterator[Path]:
    """A fresh temporary folder next to `dest`, removed on any error (also Ctrl-C)."""
    dest = Path(dest).resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp: Path | None = None
    try:
        # A Ctrl-C between making the folder and knowing its name would leave it behind: it waits
        # until the name is known, and then takes effect inside this try.
        with deferred_interrupts():
            tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.{purpose}-", dir=dest.parent))
        yield tmp
    finally:
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def replace_dir(new: Path, dest: Path) -> None:
    """Move the finished folder `new` to `dest`, keeping the old one until the new one is in place."""
    dest = Path(dest).resolve()
    old = None
    if dest.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
        os.rename(dest, old / "previous")
    try:
        os.rename(new, dest)
    except BaseException:
        if old is not None:
            os.rename(old / "previous", dest)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


_INTERRUPTS: list[int] = []  # the signals `interrupt` has had since `listen_for_interrupts`


def listen_for_interrupts() -> None:
    """Ctrl-C and SIGTERM (CI cancelling a job) both unwind as KeyboardInterrupt, so temporary folders
    are removed, and each is remembered (see `interrupt`)."""
    _INTERRUPTS.clear()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupt)


def interrupt(number: int, frame: object) -> None:
    """KeyboardInterrupt where the program is, as Python's own handler does, and remembered: an
    interrupt that a library swallows on its way up (one was lost inside an HTTP client's task group
    during a fetch, and the build went on) still stops the run before anything is published."""
    _INTERRUPTS.append(number)
    raise KeyboardInterrupt


@contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Ctrl-C or SIGTERM inside the block takes effect at its end, so a swap and the record
    that it happened are never split; one had before the block, even if swallowed, stops it from
    starting. Python runs signal handlers in the main thread only."""
    if _INTERRUPTS:
        raise KeyboardInterrupt
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    saved = {sig: signal.signal(sig, lambda number, frame: caught.append(number)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
    if caught:
        raise KeyboardInterrupt
