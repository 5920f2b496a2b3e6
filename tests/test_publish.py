"""Publishing: files written without touching the published copy they were linked from, clean removal, state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.output.publish import STATE_FILE, check_site, link_tree, publish, read_state, remove_paths, state_path, write_files
from generator.errors import PublishError


def test_an_incremental_build_never_writes_through_to_the_published_site(tmp_path: Path) -> None:
    published, staged = tmp_path / "site", tmp_path / "staged"
    assert write_files(published, [("yrken/kock/index.html", b"old"), ("index.html", b"index")]) == 2
    link_tree(published, staged)
    assert os.path.samefile(published / "index.html", staged / "index.html")
    write_files(staged, [("yrken/kock/index.html", b"new")])
    assert (published / "yrken/kock/index.html").read_bytes() == b"old"
    assert (staged / "yrken/kock/index.html").read_bytes() == b"new"


def test_a_folder_to_be_made_anew_is_not_linked(tmp_path: Path) -> None:
    published, staged = tmp_path / "site", tmp_path / "staged"
    write_files(published, [("pagefind/index/a", b"i"), ("pagefind-2/b", b"j"), ("yrken/kock/index.html", b"k")])
    (published / "yrken" / "kock" / "link.html").symlink_to(published / "pagefind-2" / "b")
    link_tree(published, staged, skip=["pagefind"])
    assert sorted(str(p.relative_to(staged)) for p in staged.rglob("*") if p.is_file()) == [
        "pagefind-2/b", "yrken/kock/index.html",
    ]


def test_removing_a_page_drops_the_folders_it_leaves_empty(tmp_path: Path) -> None:
    write_files(tmp_path, [("yrken/kock/index.html", b"x"), ("yrken/bagare/index.html", b"y"), ("pagefind/a/b", b"z")])
    remove_paths(tmp_path, ["yrken/kock/index.html", "pagefind"])
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == [
        "yrken", "yrken/bagare", "yrken/bagare/index.html",
    ]


def test_state_round_trip_and_unreadable_state_is_none(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert read_state(out) is None
    write_files(tmp_path / "new", [("index.html", b"x")])
    publish(tmp_path / "new", out, {"pages": {"index.html": "k"}, "snapshot": "s"})
    state = read_state(out)
    assert state is not None and state["pages"] == {"index.html": "k"} and state["snapshot"] == "s"
    assert not (out / STATE_FILE).exists() and state_path(out).name == ".site" + STATE_FILE  # beside, never served
    copy = tmp_path / "copy"
    copy.mkdir()
    state_path(copy).write_bytes(state_path(out).read_bytes())
    assert read_state(copy) is None  # the state of another folder is not taken for this one's
    for garbage in ("{", "[]", '{"pages": []}'):
        state_path(out).write_text(garbage)
        assert read_state(out) is None


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
    assert (tmp_path / "site").stat().st_mode & 0o777 == 0o755
