"""Temporary folders beside their destination: gone after any error, also a Ctrl-C at the worst moment."""

from __future__ import annotations

import signal
import tempfile
from pathlib import Path

import pytest

from generator.helpers import atomic
from generator.helpers.atomic import folder_beside


def test_a_ctrl_c_just_after_the_folder_was_made_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = tempfile.mkdtemp

    def mkdtemp_then_ctrl_c(*args, **kwargs) -> str:
        name = made(*args, **kwargs)
        signal.raise_signal(signal.SIGINT)  # arrives before folder_beside has the folder's name
        return name

    monkeypatch.setattr(atomic.tempfile, "mkdtemp", mkdtemp_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        with folder_beside(tmp_path / "site", "building"):
            pytest.fail("the interrupted block must not run")
    assert list(tmp_path.iterdir()) == []


def test_an_error_inside_removes_the_folder_and_a_clean_exit_leaves_it_to_the_caller(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        with folder_beside(tmp_path / "site", "building") as staged:
            (staged / "page.html").write_text("half")
            raise RuntimeError("a template failed")
    assert list(tmp_path.iterdir()) == []
    with folder_beside(tmp_path / "site", "building") as staged:
        assert staged.parent == tmp_path and staged.name.startswith(".site.building-")


def test_an_interrupt_a_library_swallowed_still_stops_the_swap() -> None:
    """SIGTERM during a fetch raised KeyboardInterrupt inside an HTTP client's task group, which turned
    it into an ordinary error; the build went on and published. The handler remembers every interrupt,
    and a swap does not start after one."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    ran = []
    try:
        atomic.listen_for_interrupts()
        try:
            signal.raise_signal(signal.SIGTERM)
        except KeyboardInterrupt:
            pass  # what the library did
        with pytest.raises(KeyboardInterrupt):
            with atomic.deferred_interrupts():
                ran.append("the swap")
        assert ran == []
        atomic.listen_for_interrupts()  # a new run starts with none
        with atomic.deferred_interrupts():
            ran.append("the swap")
        assert ran == ["the swap"]
    finally:
        atomic._INTERRUPTS.clear()
        for sig, handler in saved.items():
            signal.signal(sig, handler)
