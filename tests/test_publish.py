"""Publishing: files written without touching the published copy they were linked from, clean removal, state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.stages.publish import (
    STATE_FILE,
    PublishError,
    check_site,
    link_tree,
    publish,
    read_state,
    remove_paths,
    write_files,
    write_state,
)


def test_an_incremental_build_never_writes_through_to_the_published_site(tmp_path: Path) -> None:
    published, staged = tmp_path / "site", tmp_path / "staged"
    assert write_files(published, [("yrken/kock/index.html", b"old"), ("index.html", b"index")]) == 2
    link_tree(published, staged)
    assert os.path.samefile(published / "index.html", staged / "index.html")
    write_files(staged, [("yrken/kock/index.html", b"new")])
    assert (published / "yrken/kock/index.html").read_bytes() == b"old"
    assert (staged / "yrken/kock/index.html").read_bytes() == b"new"


def test_removing_a_page_drops_the_folders_it_leaves_empty(tmp_path: Path) -> None:
    write_files(tmp_path, [("yrken/kock/index.html", b"x"), ("yrken/bagare/index.html", b"y"), ("pagefind/a/b", b"z")])
    remove_paths(tmp_path, ["yrken/kock/index.html", "pagefind"])
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == [
        "yrken", "yrken/bagare", "yrken/bagare/index.html",
    ]


def test_state_round_trip_and_unreadable_state_is_none(tmp_path: Path) -> None:
    assert read_state(tmp_path) is None
    write_state(tmp_path, {"pages": {"index.html": "k"}, "snapshot": "s"})
    assert read_state(tmp_path) == {"pages": {"index.html": "k"}, "snapshot": "s"}
    for garbage in ("{", "[]", '{"pages": []}'):
        (tmp_path / STATE_FILE).write_text(garbage)
        assert read_state(tmp_path) is None


def test_check_site_names_what_is_missing(tmp_path: Path) -> None:
    write_files(tmp_path, [("index.html", b"x")])
    check_site(tmp_path, ["index.html"])
    with pytest.raises(PublishError, match="missing: 404.html, sok/index.html"):
        check_site(tmp_path, ["index.html", "404.html", "sok/index.html"])


def test_publish_swaps_the_folder_in_whole(tmp_path: Path) -> None:
    write_files(tmp_path / "site", [("old.html", b"old")])
    write_files(tmp_path / "new", [("index.html", b"new")])
    publish(tmp_path / "new", tmp_path / "site")
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
