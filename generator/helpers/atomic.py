"""Replace a folder only when its successor is complete.

Both the snapshot and the site are written to a temporary folder beside their
destination (same filesystem, so moving is a rename) and swapped in at the end.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


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


@contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Ctrl-C or SIGTERM inside the block takes effect at its end, so a swap and the record
    that it happened are never split. Python runs signal handlers in the main thread only."""
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
