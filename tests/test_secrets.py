"""The canary test: a full live build with retries, and a rejected one, must never show the secret."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from support import CANARY_SECRET, live_env, stub_api_process, subset, yrkesinfo




def test_canary_secret_appears_nowhere(tmp_path: Path, real_2018: Path) -> None:
    upstream = subset(real_2018, tmp_path / "upstream", 40)
    # An upstream that echoes the request URL, secret included, into one text.
    echo = sorted(upstream.glob("yrken/*.json"))[0]
    detail = json.loads(echo.read_bytes())
    detail["arbetstid"] = f"Fel vid /yrken/{detail['id']}?client_id=test-client&client_secret={CANARY_SECRET}"
    echo.write_text(json.dumps(detail, ensure_ascii=False))
    printed: list[str] = []
    # 1. A live build through 429s, 5xx and connection resets, that succeeds after retries.
    with stub_api_process(upstream, "--rate-429", "0.1", "--retry-after", "1", "--rate-5xx", "0.1",
                          "--rate-reset", "0.05", "--seed", "7") as base:
        ok = yrkesinfo("build", "--live", "--snapshot", str(tmp_path / "kept"), "--out", str(tmp_path / "site"),
                       env=live_env(base))
        assert ok.returncode == 0, ok.stderr
        assert "retries" in ok.stderr and " 0 retries" not in ok.stderr  # the faults really were retried
        printed += [ok.stdout, ok.stderr]
        # 2. The same API refusing the canary (the stand-in expects another secret): 403.
    with stub_api_process(upstream, secret="the-real-one") as base:
        refused = yrkesinfo("build", "--live", "--snapshot", str(tmp_path / "kept"), "--out", str(tmp_path / "site"),
                            env=live_env(base))
        assert refused.returncode == 3 and "403" in refused.stderr
        printed += [refused.stdout, refused.stderr]
        fetch = yrkesinfo("fetch", "--out", str(tmp_path / "fetched"), env=live_env(base))
        assert fetch.returncode == 3
        printed += [fetch.stdout, fetch.stderr]
    # 3. Help and version, with the secret in the environment.
    for args in (["--help"], ["build", "--help"], ["fetch", "--help"], ["stub-api", "--help"]):
        shown = yrkesinfo(*args, env=live_env("http://127.0.0.1:9"))
        printed += [shown.stdout, shown.stderr]

    for text in printed:
        assert CANARY_SECRET not in text
    searched = decompressed = 0
    for path in tmp_path.rglob("*"):
        if path.is_file() and "upstream" not in path.parts:
            data = path.read_bytes()
            if data[:2] == b"\x1f\x8b":  # Pagefind's index and fragments are gzip: search what they hold
                data = gzip.decompress(data)
                decompressed += 1
            assert CANARY_SECRET.encode() not in data, path
            searched += 1
    assert searched > 40 * 2  # the site and the snapshot were really there to search
    assert decompressed > 40  # a fragment per page, at least
