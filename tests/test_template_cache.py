"""The compiled-template cache: used between builds, never stale, never a folder others may write to."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.config import site_settings
from generator.helpers.template_cache import CACHE_ENV, cache_folder
from generator.site.render import Renderer


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    (folder / "assets").mkdir(parents=True)
    (folder / "page.html").write_text("<p>{{ word }} ett</p>\n", "utf-8")
    return folder


def render(templates: Path) -> bytes:
    return Renderer(site_settings(), templates).render("page.html", "page/index.html", word="hej")


def test_a_second_build_loads_the_compiled_template_and_a_changed_one_is_compiled_anew(
    tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    assert render(templates) == b"<p>hej ett</p>\n"
    entries = list((tmp_path / "cache" / "templates").iterdir())
    assert len(entries) == 1
    assert render(templates) == b"<p>hej ett</p>\n"
    (templates / "page.html").write_text("<p>{{ word }} två</p>\n", "utf-8")
    assert render(templates) == "<p>hej två</p>\n".encode()


def test_a_damaged_entry_is_compiled_again(tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    render(templates)
    for entry in (tmp_path / "cache" / "templates").iterdir():
        entry.write_bytes(entry.read_bytes()[:20])  # Jinja's header, then half a code object
    assert render(templates) == b"<p>hej ett</p>\n"


def test_no_cache_in_a_folder_others_may_write_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    folder = cache_folder()
    assert folder == tmp_path / "cache" / "templates" and folder.stat().st_mode & 0o777 == 0o700
    folder.chmod(0o777)
    assert cache_folder() is None
    folder.chmod(0o700)
    assert cache_folder() == folder


def test_the_cache_can_be_turned_off_and_lives_in_the_users_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_folder() is None
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "yrkesinfo" / "templates"


def test_without_a_cache_folder_the_build_still_renders(tmp_path: Path, templates: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    assert cache_folder() is None
    assert render(templates) == b"<p>hej ett</p>\n"
    assert os.path.isfile(blocker)
