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
