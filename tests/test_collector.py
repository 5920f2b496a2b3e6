"""helpers/collector.py: the cycle collector paused around big reads, and restored after."""

from __future__ import annotations

import gc
import threading

import pytest

from generator.helpers.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_restored_after_even_when_the_block_raises() -> None:
    with pytest.raises(ValueError):
        with collector_paused():
            assert not gc.isenabled()
            raise ValueError("a broken answer")
    assert gc.isenabled()


def test_nested_and_overlapping_pauses_restore_only_when_the_last_ends() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer read is still going on
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other_reader() -> None:
        with collector_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other_reader)
    thread.start()
    inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other thread's read has not ended
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
