"""The `yrkesinfo` command as a user runs it: real processes, real sockets."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import CANARY_SECRET, CLIENT_ID

from test_fetch import subset


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def yrkesinfo(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("YRKESINFO_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], env=full_env, capture_output=True, text=True, timeout=timeout,
    )


@contextlib.contextmanager
def stub_api_process(snapshot: Path, *options: str, secret: str = CANARY_SECRET, log: Path | None = None):
    """`yrkesinfo stub-api` in its own process, expecting `secret`; yields its base URL. Its request
    log (a line per request) goes to `log` when given."""
    env = {**os.environ, "YRKESINFO_CLIENT_ID": CLIENT_ID, "YRKESINFO_CLIENT_SECRET": secret}
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "stub-api", "--snapshot", str(snapshot), "--port", str(free_port()), *options],
        env=env, stdout=subprocess.PIPE, stderr=log.open("w") if log else subprocess.DEVNULL, text=True,
    )
    try:
        line = process.stdout.readline()
        assert "listening on" in line, line
        yield line.split("listening on", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def stub_process(tmp_path: Path, real_2018: Path):
    """A stand-in serving 30 occupations, with one request in ten answered 5xx."""
    with stub_api_process(subset(real_2018, tmp_path / "upstream", 30), "--rate-5xx", "0.1", "--seed", "2") as base:
        yield base


def live_env(base: str, secret: str = CANARY_SECRET) -> dict[str, str]:
    """The API and every labour-market source at the stand-in whose API is at `base`."""
    from generator.devtools.stub_labour import BAROMETER_PATH, EMPLOYED_AGE_PATH, EMPLOYED_COUNTY_PATH, JOBSEARCH_PATH, SCB_PATH

    origin = base.split("/yrkesinfo-vagledning")[0]
    return {"YRKESINFO_CLIENT_ID": CLIENT_ID, "YRKESINFO_CLIENT_SECRET": secret, "YRKESINFO_BASE_URL": base,
            "YRKESINFO_BAROMETER_URL": origin + BAROMETER_PATH, "YRKESINFO_SCB_URL": origin + SCB_PATH,
            "YRKESINFO_JOBSEARCH_URL": origin + JOBSEARCH_PATH, "YRKESINFO_SCB_EMPLOYED_COUNTY_URL": origin + EMPLOYED_COUNTY_PATH,
            "YRKESINFO_SCB_EMPLOYED_AGE_URL": origin + EMPLOYED_AGE_PATH}


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
    from generator.config import ConfigError
    from generator.errors import YrkesinfoError
    from generator.fetch.api import AuthError, FetchError
    from generator.output.publish import PublishError
    from generator.snapshot.store import SnapshotError
    from generator.build import BuildError

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
