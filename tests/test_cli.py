"""The `yrkesinfo` command as a user runs it: real processes, real sockets."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from support import CANARY_SECRET, free_port, live_env, stub_api_process, subset, yrkesinfo




@pytest.fixture
def stub_process(tmp_path: Path, real_2018: Path):
    """A stand-in serving 30 occupations, with one request in ten answered 5xx."""
    with stub_api_process(subset(real_2018, tmp_path / "upstream", 30), "--rate-5xx", "0.1", "--seed", "2") as base:
        yield base


def test_help_shows_only_whether_the_secret_is_set() -> None:
    result = yrkesinfo("build", "--help", env={"YRKESINFO_CLIENT_SECRET": CANARY_SECRET})
    assert result.returncode == 0
    assert "YRKESINFO_CLIENT_SECRET is set" in result.stdout and CANARY_SECRET not in result.stdout


def test_build_the_real_2018_texts_as_is(tmp_path: Path, real_2018: Path) -> None:
    result = yrkesinfo("build", "--snapshot", str(real_2018), "--out", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert "323 occupations, 0 left out" in result.stderr
    assert len(list((tmp_path / "site" / "yrken").iterdir())) == 323


def test_fetch_then_live_build_against_the_stub(tmp_path: Path, stub_process: str) -> None:
    env = live_env(stub_process)
    fetched = yrkesinfo("fetch", "--out", str(tmp_path / "snap"), env=env)
    assert fetched.returncode == 0, fetched.stderr
    assert len(list((tmp_path / "snap" / "yrken").iterdir())) == 30
    assert "Hämtar yrken: 30/30" in fetched.stderr  # plain progress lines off a terminal

    live = yrkesinfo("build", "--live", "--snapshot", str(tmp_path / "kept"), "--out", str(tmp_path / "site"), env=env)
    assert live.returncode == 0, live.stderr
    assert "30 occupations" in live.stderr and "fetch:" in live.stderr
    assert (tmp_path / "kept" / "manifest.json").is_file()
    assert len(list((tmp_path / "site" / "yrken").iterdir())) == 30

    for stream in (fetched.stdout, fetched.stderr, live.stdout, live.stderr):
        assert CANARY_SECRET not in stream
    for path in tmp_path.rglob("*"):
        if path.is_file() and "upstream" not in path.parts:
            assert CANARY_SECRET.encode() not in path.read_bytes(), path


def test_rejected_credentials_exit_nonzero_and_keep_the_old_site(tmp_path: Path, stub_process: str) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old site")
    (tmp_path / ".site.build-state.json").write_text("{}")  # marks it as a site this tool built
    wrong = "wrong-" + CANARY_SECRET
    result = yrkesinfo("build", "--live", "--snapshot", str(tmp_path / "kept"), "--out", str(out), env=live_env(stub_process, wrong))
    assert result.returncode == 3
    assert "403" in result.stderr and "invalid_client" in result.stderr and "rejected" in result.stderr
    assert wrong not in result.stderr + result.stdout and CANARY_SECRET not in result.stderr
    assert (out / "index.html").read_text() == "old site" and not (tmp_path / "kept").exists()


def test_missing_credentials_are_named(tmp_path: Path) -> None:
    result = yrkesinfo("fetch", "--out", str(tmp_path / "snap"))
    assert result.returncode == 2
    assert "YRKESINFO_CLIENT_ID" in result.stderr and "YRKESINFO_CLIENT_SECRET" in result.stderr


def test_serve_previews_a_built_site(sample_site: Path) -> None:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--out", str(sample_site), "--port", str(port)],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert f"http://127.0.0.1:{port}/" in process.stdout.readline()
        deadline = time.monotonic() + 10
        while True:
            try:
                home = httpx.get(f"http://127.0.0.1:{port}/")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert home.status_code == 200 and "Yrken A–Ö" in home.text
        missing = httpx.get(f"http://127.0.0.1:{port}/finns-inte/")
        assert missing.status_code == 404 and "Sidan finns inte" in missing.text
    finally:
        process.terminate()
        process.wait(timeout=10)


def start_cli(*args: str, env: dict[str, str]) -> subprocess.Popen:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("YRKESINFO_")}
    return subprocess.Popen([sys.executable, "-m", "generator", *args], env={**full_env, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def good_state(tmp_path: Path, real_2018: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A kept snapshot and a published site, and the bytes of both, to compare after a run."""
    kept, out = tmp_path / "kept", tmp_path / "site"
    subset(real_2018, kept, 30)
    out.mkdir()
    (out / "index.html").write_text("the good site")
    (tmp_path / ".site.build-state.json").write_text("{}")  # marks it as a site this tool built
    files = {str(p): p.read_bytes() for folder in (kept, out) for p in folder.rglob("*") if p.is_file()}
    return kept, out, files


def assert_untouched(tmp_path: Path, kept: Path, out: Path, files: dict[str, bytes]) -> None:
    now = {str(p): p.read_bytes() for folder in (kept, out) for p in folder.rglob("*") if p.is_file()}
    assert now == files
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.name != ".site.build-state.json"]
    assert hidden == []  # no temporary folders


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_fetch_leaves_everything_as_it_was(tmp_path: Path, real_2018: Path, sig: int) -> None:
    kept, out, files = good_state(tmp_path, real_2018)
    log = tmp_path / "stub.log"
    with stub_api_process(kept, "--latency", "0.3", log=log) as base:
        process = start_cli("build", "--live", "--snapshot", str(kept), "--out", str(out), env=live_env(base))
        # Signalled once the details are being fetched, however slowly the command started: 30
        # records at 0.3 s, 8 at a time, keep the fetch going for another second.
        deadline = time.monotonic() + 30
        while log.read_text().count('"GET ') < 3:
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.01)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Interrupted" in stderr and CANARY_SECRET not in stderr
    assert_untouched(tmp_path, kept, out, files)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_build_leaves_the_old_site(tmp_path: Path, real_2018: Path, sig: int) -> None:
    kept, out, files = good_state(tmp_path, real_2018)
    process = start_cli("build", "--snapshot", str(real_2018), "--out", str(out), env={})
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".site.building-*")):  # wait until the build is under way
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert_untouched(tmp_path, kept, out, files)


def test_shrunken_list_is_refused_unless_allowed(tmp_path: Path, real_2018: Path) -> None:
    kept = subset(real_2018, tmp_path / "kept", 30)
    with stub_api_process(subset(real_2018, tmp_path / "upstream", 20)) as base:
        refused = yrkesinfo("build", "--live", "--snapshot", str(kept), "--out", str(tmp_path / "site"), env=live_env(base))
        assert refused.returncode == 1 and "--allow-shrink" in refused.stderr and "20 occupations" in refused.stderr
        assert not (tmp_path / "site").exists() and len(list((kept / "yrken").iterdir())) == 30
        allowed = yrkesinfo("build", "--live", "--allow-shrink", "--snapshot", str(kept), "--out", str(tmp_path / "site"),
                            env=live_env(base))
        assert allowed.returncode == 0, allowed.stderr
        assert len(list((kept / "yrken").iterdir())) == 20


def test_an_unexpected_error_prints_a_traceback_and_says_it_is_a_bug(tmp_path, monkeypatch, capsys):
    """Only the project's own errors are one line: a bug (here, a template that fails) shows where it happened."""
    from generator import cli
    from generator.site import render

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a template bug")

    monkeypatch.setattr(render.Renderer, "render", broken)
    code = cli.main(["build", "--out", str(tmp_path / "site")])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback (most recent call last)" in err and "ZeroDivisionError: a template bug" in err
    assert "This is a bug in yrkesinfo" in err
    assert not (tmp_path / "site").exists()


def test_the_projects_errors_share_one_base_and_carry_their_exit_code():
    from generator.errors import ConfigError
    from generator.errors import YrkesinfoError
    from generator.errors import AuthError, FetchError
    from generator.errors import PublishError
    from generator.errors import SnapshotError
    from generator.errors import BuildError

    for error in (ConfigError, AuthError, FetchError, PublishError, SnapshotError, BuildError):
        assert issubclass(error, YrkesinfoError)
    assert (ConfigError.exit_code, AuthError.exit_code, FetchError.exit_code, BuildError.exit_code) == (2, 3, 1, 1)


def test_the_command_ends_with_mains_exit_code_and_all_it_said(tmp_path: Path) -> None:
    """`yrkesinfo` leaves without the interpreter's teardown (cli.run): what it printed, its exit code and
    every file it wrote are there all the same."""
    missing = yrkesinfo("build", "--snapshot", str(tmp_path / "nowhere"), "--out", str(tmp_path / "site"))
    assert missing.returncode == 1 and missing.stderr.startswith("error: ") and "nowhere" in missing.stderr
    built = yrkesinfo("build", "--out", str(tmp_path / "site"))
    assert built.returncode == 0 and f"Published to {tmp_path / 'site'}/" in built.stderr, built.stderr
    assert (tmp_path / "site" / "index.html").read_bytes().rstrip().endswith(b"</html>")


def test_the_command_waits_for_a_thread_still_at_work(monkeypatch) -> None:
    """Only with nothing left running does run() skip the teardown; else it ends as any program does."""
    import threading

    from generator import cli

    done = threading.Event()
    worker = threading.Thread(target=done.wait, args=(5,))
    monkeypatch.setattr(cli, "main", lambda: (worker.start(), 3)[1])
    with pytest.raises(SystemExit) as ended:
        cli.run()
    done.set()
    worker.join()
    assert ended.value.code == 3


def test_a_profiler_still_gets_its_results(tmp_path: Path) -> None:
    """cProfile writes its file once the program is done: run() leaves the usual way under it."""
    stats = tmp_path / "build.prof"
    profiled = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "generator", "build",
                               "--snapshot", str(tmp_path / "nowhere"), "--out", str(tmp_path / "site")],
                              capture_output=True, text=True, timeout=300)
    assert "error: " in profiled.stderr  # (cProfile itself ends with 0 whatever the program's code)
    assert stats.stat().st_size > 0


def test_a_second_build_into_the_same_folder_refuses_in_one_line(tmp_path: Path, real_2018: Path) -> None:
    """Issue 23, point 10: two builds into one folder at once; the second one says so and exits 2."""
    from generator.helpers.atomic import locked_folder

    snapshot, out = subset(real_2018, tmp_path / "snap", 10), tmp_path / "site"
    stale = tmp_path / ".site.building-left"  # a running build's folder: not touched by the refused one
    with locked_folder(out):
        stale.mkdir()
        refused = yrkesinfo("build", "--snapshot", str(snapshot), "--out", str(out))
        assert stale.is_dir()
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.count("\n") == 1 and "Another yrkesinfo run is writing to" in refused.stderr
    assert not out.exists()
    built = yrkesinfo("build", "--snapshot", str(snapshot), "--out", str(out))
    assert built.returncode == 0, built.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".site.build-state.json"]


def test_builds_four_at_a_time_never_fail_half_way(tmp_path: Path, real_2018: Path) -> None:
    """Each of several concurrent builds publishes or refuses (exit 2); none fails after its swap."""
    snapshot, out = subset(real_2018, tmp_path / "snap", 10), tmp_path / "site"
    env = {k: v for k, v in os.environ.items() if not k.startswith("YRKESINFO_")}
    runs = [subprocess.Popen([sys.executable, "-m", "generator", "build", "--snapshot", str(snapshot), "--out", str(out)],
                             env=env, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert all(code in (0, 2) for code, _ in results), results
    assert any(code == 0 for code, _ in results)
    assert all("Another yrkesinfo run" in err for code, err in results if code == 2)


def test_folders_left_by_a_killed_build_are_cleared_by_the_next(tmp_path: Path, real_2018: Path) -> None:
    """Issue 23, point 11: SIGKILL leaves `.site.building-*` (and a snapshot's `.X.writing-*`); the next run clears them."""
    out = tmp_path / "site"
    process = start_cli("build", "--snapshot", str(real_2018), "--out", str(out), env={})
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".site.building-*/yrken/*")):  # under way, pages being written
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)
    process.kill()
    process.wait(timeout=30)
    assert list(tmp_path.glob(".site.building-*"))
    (tmp_path / ".snap.writing-x1").mkdir()  # as a killed `fetch --out snap` leaves it
    (tmp_path / ".other.building-x").mkdir()  # not ours to clear: another destination's name
    small = subset(real_2018, tmp_path / "snap-small", 5)
    built = yrkesinfo("build", "--snapshot", str(small), "--out", str(out))
    assert built.returncode == 0, built.stderr
    assert not list(tmp_path.glob(".site.building-*")) and (tmp_path / ".other.building-x").is_dir()
    from generator.helpers.atomic import locked_folder

    with locked_folder(tmp_path / "snap"):
        pass
    assert not (tmp_path / ".snap.writing-x1").exists()
