"""A build with nothing to do is seen from one key of its input files; any changed file makes it rebuild."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from generator.build import build
from generator.config import SAMPLE_SNAPSHOT, SiteSettings, site_settings
from generator.incremental import unchanged
from generator.incremental.state import state_path
from generator.incremental.unchanged import UNCHANGED, check_inputs, inputs_key

from support import files, subset


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def code_copies(tmp_path: Path, monkeypatch) -> dict[str, Path]:
    """The templates, content pages, search content and code the key reads, as copies a test may change."""
    copies = {}
    for label, folder in unchanged.CODE_AND_CONTENT:
        copies[label] = tmp_path / "copies" / label
        shutil.copytree(folder, copies[label], ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(unchanged, "CODE_AND_CONTENT", tuple(copies.items()))
    return copies


def test_the_same_files_give_the_same_key_and_any_changed_file_another(tmp_path: Path, site, code_copies) -> None:
    snapshot = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 3)
    first = inputs_key(snapshot, site.source)
    assert first and inputs_key(snapshot, site.source) == first
    changes = [
        lambda: (snapshot / "yrken.json").write_bytes((snapshot / "yrken.json").read_bytes() + b" "),
        lambda: next((snapshot / "yrken").iterdir()).write_bytes(b"{}"),
        lambda: (snapshot / "published.json").write_text("{}"),  # a file the snapshot may hold, added
        lambda: (snapshot / "notes.txt").write_text("a file the build ignores counts too"),
        lambda: (code_copies["templates"] / "base.html").write_text("changed"),
        lambda: (code_copies["pages"] / "om.md").write_text("changed"),
        lambda: (code_copies["search"] / "sokfraser.toml").write_text("changed"),
        lambda: (code_copies["code"] / "site" / "render.py").write_text("changed"),
        lambda: (code_copies["code"] / "site" / "new.py").write_text(""),
        lambda: (code_copies["code"] / "site" / "render.py").unlink(),
    ]
    keys = {first}
    for change in changes:
        change()
        keys.add(inputs_key(snapshot, site.source))
    assert len(keys) == len(changes) + 1 and None not in keys
    assert inputs_key(snapshot, "other settings") not in keys


def test_a_new_minifier_is_an_input(tmp_path: Path, site, monkeypatch) -> None:
    snapshot = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 3)
    before = inputs_key(snapshot, site.source)
    monkeypatch.setattr(unchanged, "versions", lambda: ("9.9.9", "9.9.9"))
    assert inputs_key(snapshot, site.source) != before


def test_compiled_code_is_not_an_input(tmp_path: Path, site, code_copies) -> None:
    snapshot = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 3)
    before = inputs_key(snapshot, site.source)
    (code_copies["code"] / "__pycache__").mkdir()
    (code_copies["code"] / "__pycache__" / "build.cpython-311.pyc").write_bytes(b"made by whichever Python")
    assert inputs_key(snapshot, site.source) == before


def test_the_site_settings_source_is_what_they_are_read_from(tmp_path: Path, monkeypatch) -> None:
    toml = tmp_path / "site.toml"
    shutil.copy(ROOT / "content" / "site.toml", toml)
    monkeypatch.delenv("YRKESINFO_SITE_URL", raising=False)
    sources = {site_settings(toml).source, site_settings(toml, base_url="https://a.example/").source}
    monkeypatch.setenv("YRKESINFO_SITE_URL", "https://b.example/")
    sources.add(site_settings(toml).source)
    assert site_settings(toml, base_url="https://a.example/").source in sources  # the command line wins, as in use
    toml.write_text(toml.read_text("utf-8").replace("Yrken", "Yrken!"), "utf-8")
    sources.add(site_settings(toml).source)
    assert len(sources) == 4 and "" not in sources


def test_settings_made_or_changed_by_hand_have_no_source(site) -> None:
    assert replace(site, title="Another title").source == ""
    assert SiteSettings(title="t", description="d", base_url="https://x.example/").source == ""
    assert replace(site, title="Another title") != site and replace(site) == site


def test_an_unchanged_folder_is_seen_before_the_snapshot_is_read(tmp_path: Path, site, monkeypatch) -> None:
    snapshot, out = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 4), tmp_path / "site"
    build(snapshot, out, site)
    assert json.loads(state_path(out).read_bytes())["inputs"] == inputs_key(snapshot, site.source)
    before = files(out)
    from generator import build as pipeline

    monkeypatch.setattr(pipeline, "read_snapshot", lambda folder: pytest.fail("the snapshot was read"))
    report = build(snapshot, out, site)
    assert report.unchanged and report.pages == 0 and not report.timings
    assert files(out) == before


@pytest.mark.parametrize("change", ["snapshot", "settings", "template", "page", "search", "code"])
def test_a_changed_input_of_each_kind_rebuilds(tmp_path: Path, site, code_copies, change: str) -> None:
    snapshot, out = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 4), tmp_path / "site"
    build(snapshot, out, site)
    path = {"snapshot": snapshot / "yrken.json", "template": code_copies["templates"] / "base.html",
            "page": code_copies["pages"] / "om.md", "search": code_copies["search"] / "ssyk-definitioner.json",
            "code": code_copies["code"] / "site" / "plan.py"}.get(change)
    if path:
        path.write_bytes(path.read_bytes() + b"\n")  # the build reads the real code; the key, these copies
    other = site_settings(base_url="https://other.example/") if change == "settings" else site
    assert check_inputs(snapshot, out, other.source)[1] is None
    report = build(snapshot, out, other)
    assert not report.unchanged and "model" in report.timings
    assert build(snapshot, out, other).unchanged


def test_links_and_fifos_in_the_snapshot_are_hashed_without_following_or_opening(tmp_path: Path, site) -> None:
    snapshot = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 3)
    os.mkfifo(snapshot / "yrken" / "1.json")  # opened, it would hang the build
    (tmp_path / "target").write_text("a")
    (snapshot / "bilder").mkdir()
    (snapshot / "bilder" / "link").symlink_to(tmp_path / "target")
    first = inputs_key(snapshot, site.source)
    (tmp_path / "target").write_text("b")  # the build never reads through a link
    assert inputs_key(snapshot, site.source) == first
    (snapshot / "bilder" / "link").unlink()
    (snapshot / "bilder" / "link").symlink_to(tmp_path / "elsewhere")
    assert inputs_key(snapshot, site.source) != first


def test_a_snapshot_that_cannot_be_listed_has_no_key(tmp_path: Path, site) -> None:
    assert inputs_key(tmp_path / "missing", site.source) is None
    assert check_inputs(tmp_path / "missing", tmp_path / "site", site.source) == (None, None)


def test_the_command_says_nothing_changed_without_importing_the_pipeline(tmp_path: Path) -> None:
    snapshot, out = subset(SAMPLE_SNAPSHOT, tmp_path / "snapshot", 4), tmp_path / "site"
    env = {k: v for k, v in os.environ.items() if k != "YRKESINFO_SITE_URL"}
    script = ("import sys; from generator.cli import main; code = main(sys.argv[1:]); "
              "print(sorted(m for m in sys.modules if m.startswith(('generator.build', 'generator.config', "
              "'generator.snapshot.store', 'jinja2', 'httpx')))); sys.exit(code)")

    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", script, "build", "--snapshot", str(snapshot), "--out", str(out),
                               *extra], env=env, capture_output=True, text=True, timeout=300)

    first = run()
    assert first.returncode == 0 and UNCHANGED not in first.stderr, first.stderr
    again = run()
    assert again.returncode == 0 and UNCHANGED in again.stderr and f"Published to {out}/" in again.stderr
    assert again.stdout.strip() == "[]"  # the settings the command reads give the key the build kept
    moved = run("--base-url", "https://other.example/")
    assert moved.returncode == 0 and UNCHANGED not in moved.stderr and "4 occupations" in moved.stderr
