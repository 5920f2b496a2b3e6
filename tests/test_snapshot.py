"""The snapshot folder: raw bytes in and out unchanged, a manifest of hashes, clear errors naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.snapshot.store import Snapshot, image_key, read_snapshot, sha256, write_snapshot
from generator.errors import SnapshotError


def sample_snapshot() -> Snapshot:
    return Snapshot(
        list_bytes=b'[{"id": 2}, {"id": 10}]', details={10: b'{"id": 10}', 2: b'{"id":2, "namn": "B"}'},
        manifest={"fetched_at": "2026-06-01T00:00:00Z"}, published={"2": {"slug": "b"}}, history=[{"added": []}],
        images={image_key("https://bilder.example.se/a.jpg"): b"\xff\xd8jpeg"},
    )


def test_written_and_read_back_byte_for_byte(tmp_path: Path) -> None:
    original = sample_snapshot()
    write_snapshot(original, tmp_path / "snap")
    again = read_snapshot(tmp_path / "snap")
    assert again.list_bytes == original.list_bytes and again.details == original.details
    assert again.published == original.published and again.history == original.history
    assert again.images == original.images
    assert again.fingerprint() == original.fingerprint()
    manifest = json.loads((tmp_path / "snap" / "manifest.json").read_text())
    assert manifest["count"] == 2 and manifest["list"] == sha256(original.list_bytes)
    assert manifest["records"] == {"2": sha256(original.details[2]), "10": sha256(original.details[10])}


def test_the_fingerprint_sees_every_input() -> None:
    base = sample_snapshot().fingerprint()
    for change in (lambda s: setattr(s, "list_bytes", b"[]"), lambda s: s.details.update({2: b"{}"}),
                   lambda s: s.published.update({"3": {}}), lambda s: s.history.append({}),
                   lambda s: s.images.update({"abc.jpg": b"other"}), lambda s: s.manifest.update({"source": "sample"})):
        changed = sample_snapshot()
        change(changed)
        assert changed.fingerprint() != base


def test_a_rewrite_replaces_the_folder_whole(tmp_path: Path) -> None:
    write_snapshot(sample_snapshot(), tmp_path / "snap")
    smaller = Snapshot(list_bytes=b"[]", details={})
    write_snapshot(smaller, tmp_path / "snap")
    assert sorted(p.name for p in (tmp_path / "snap").iterdir()) == ["manifest.json", "yrken", "yrken.json"]
    assert list((tmp_path / "snap" / "yrken").iterdir()) == []


def test_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="yrken.json is missing"):
        read_snapshot(tmp_path)
    (tmp_path / "yrken.json").write_text("[")
    with pytest.raises(SnapshotError, match=r"yrken\.json: not valid JSON"):
        read_snapshot(tmp_path)
    (tmp_path / "yrken.json").write_text("[]")
    (tmp_path / "history.json").write_text('{"not": "a list"}')
    with pytest.raises(SnapshotError, match=r"history\.json: expected a JSON list"):
        read_snapshot(tmp_path)


def test_a_list_that_is_not_an_array_is_an_error_when_read() -> None:
    with pytest.raises(SnapshotError, match="not a JSON array"):
        Snapshot(list_bytes=b'{"id": 1}', details={}).summaries()
