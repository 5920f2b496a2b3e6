"""Python's cycle collector paused while a big answer is read.

Parsing a large JSON answer (SCB's register: 12,000 rows) builds tens of thousands of
containers at once. None of them can be part of a cycle, so reference counting frees them,
but the cycle collector walks them again at every generation threshold while they are being
built: at 353 occupations that was a quarter of a second of the event loop the API's fetch
shares (bench/sources_bench.py --whole). Pausing it around such reads leaves the cycles
other code makes to the next collection after the pause.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_paused = 0  # readers inside `collector_paused`, in any thread
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block (nor in other threads meanwhile); nests, and is thread-safe."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
