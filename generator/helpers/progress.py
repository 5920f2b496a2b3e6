"""Progress for long stages: a live bar on a terminal, plain periodic lines in CI logs.

A CI log cannot redraw a bar, so off a terminal we print a line at most every
`interval` seconds and at the end, which keeps logs short and readable.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)


class ProgressReporter(Protocol):
    def advance(self, n: int = 1) -> None: ...
    def close(self) -> None: ...


class PlainProgress:
    def __init__(self, label: str, total: int, stream: TextIO, interval: float = 5.0) -> None:
        self.label, self.total, self.stream, self.interval = label, total, stream, interval
        self.done = 0
        self._started = self._last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._print(now)

    def close(self) -> None:
        self._print(time.monotonic())

    def _print(self, now: float) -> None:
        share = f" ({self.done * 100 // self.total}%)" if self.total else ""
        print(f"{self.label}: {self.done}/{self.total}{share}, {now - self._started:.1f} s", file=self.stream, flush=True)


class BarProgress:
    def __init__(self, label: str, total: int, stream: TextIO) -> None:
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(file=stream), transient=False,
        )
        self._task = self._progress.add_task(label, total=total)
        self._progress.start()

    def advance(self, n: int = 1) -> None:
        self._progress.advance(self._task, n)

    def close(self) -> None:
        self._progress.stop()


class NoProgress:
    def advance(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress(label: str, total: int, stream: TextIO | None = None, *, quiet: bool = False) -> ProgressReporter:
    stream = stream or sys.stderr
    if quiet:
        return NoProgress()
    if stream.isatty():
        return BarProgress(label, total, stream)
    return PlainProgress(label, total, stream)
