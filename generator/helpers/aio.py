"""Async code from synchronous code: run a coroutine to its end, also when the caller
already has an event loop (Playwright's sync API and notebooks do), or keep a loop
running beside the caller for work that goes on while it does other things."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Coroutine, Iterator, TypeVar

T = TypeVar("T")


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


@contextmanager
def background_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """An event loop running in a daemon thread; give it work with asyncio.run_coroutine_threadsafe.

    Nothing here waits for the thread to start, and it is a daemon, so Ctrl-C at
    any moment ends the program (anyio's blocking portal can hang for ever when
    the interrupt lands while it starts). On the way out, tasks still running
    are cancelled.
    """
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="background-loop", daemon=True)
    thread.start()
    try:
        yield loop
    finally:
        try:
            asyncio.run_coroutine_threadsafe(_cancel_tasks(), loop).result(timeout=10)
        except Exception:  # best effort: never hide the error (or Ctrl-C) that brought us here
            pass
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            if not thread.is_alive():
                loop.close()


async def _cancel_tasks() -> None:
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in tasks:
        if not task.cancelling():  # one already being cancelled is cleaning up: let it
            task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
