"""The background event loop the index stage runs Pagefind on."""

from __future__ import annotations

import asyncio
import threading

import pytest

from generator.helpers.aio import background_loop


def test_work_left_running_is_cancelled_and_cleans_up() -> None:
    cleaned = threading.Event()

    async def long_work() -> None:
        try:
            await asyncio.sleep(60)
        finally:
            await asyncio.sleep(0.05)  # cleanup that itself waits still gets to finish
            cleaned.set()

    with background_loop() as loop:
        work = asyncio.run_coroutine_threadsafe(long_work(), loop)
    assert cleaned.is_set() and work.cancelled() and loop.is_closed()


def test_an_error_inside_comes_out_unchanged() -> None:
    with pytest.raises(KeyError, match="the first error"):
        with background_loop() as loop:
            asyncio.run_coroutine_threadsafe(asyncio.sleep(60), loop)
            raise KeyError("the first error")
