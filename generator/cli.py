"""The `yrkesinfo` command: a thin layer that parses arguments and calls `generator.build`."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path
from typing import NoReturn

from generator import __version__
# Not generator.config, which the commands import where they need it: a build with nothing to do
# never does, and importing it (dataclasses) would be a fifth of its time.
from generator.environment import (
    ENV_BASE_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    SAMPLE_SNAPSHOT,
    SITE_FILE,
    credential_status,
    site_source,
)
from generator.errors import YrkesinfoError
from generator.helpers.atomic import listen_for_interrupts

DEFAULT_OUT = Path("site")
DEFAULT_LIVE_SNAPSHOT = Path(".yrkesinfo/snapshot")

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130  # errors carry their own (generator.errors), Outcome 4
UNTOUCHED = "Nothing was published; the previous site and snapshot are untouched."
ENV_FETCH_DEADLINE = "YRKESINFO_FETCH_DEADLINE"
# Tests only: let the fetch ask image hosts on loopback or private addresses.
ENV_PRIVATE_IMAGE_HOSTS = "YRKESINFO_ALLOW_PRIVATE_IMAGE_HOSTS"
ENV_JOBSEARCH_PER_SECOND = "YRKESINFO_JOBSEARCH_PER_SECOND"


def _parser() -> argparse.ArgumentParser:
    env_help = (
        f"The API is configured by environment variables only: {ENV_CLIENT_ID}, {ENV_CLIENT_SECRET} "
        f"and {ENV_BASE_URL} (now: {credential_status()})."
    )
    parser = argparse.ArgumentParser(prog="yrkesinfo", description="Build the Yrken A–Ö static site.", epilog=env_help)
    parser.add_argument("--version", action="version", version=f"yrkesinfo {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the site from a snapshot (default: the sample)", epilog=env_help)
    build.add_argument("--snapshot", type=Path, help=f"snapshot folder (default: the sample; with --live: {DEFAULT_LIVE_SNAPSHOT})")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: site/)")
    build.add_argument("--live", action="store_true", help="fetch from the API first, then build")
    build.add_argument("--base-url", help="the site's public URL, for canonical links and the sitemap")
    build.add_argument("--force", action="store_true",
                       help="replace --out even when it is a non-empty folder this tool did not build")
    build.add_argument("--verbose", action="store_true", help="list every warning, not only the first ones")
    _add_fetch_options(build)

    fetch = sub.add_parser("fetch", help="fetch every occupation from the API into a snapshot folder", epilog=env_help)
    fetch.add_argument("--out", type=Path, required=True, help="snapshot folder to write")
    fetch.add_argument("--force", action="store_true",
                       help="replace --out even when it is a non-empty folder that holds no snapshot")
    _add_fetch_options(fetch)

    serve = sub.add_parser("serve", help="serve a built site on localhost for preview")
    serve.add_argument("--out", type=Path, default=DEFAULT_OUT)
    serve.add_argument("--port", type=int, default=8000)

    stub = sub.add_parser("stub-api", help="serve a snapshot over HTTP with the API's contract (for tests)", epilog=env_help)
    stub.add_argument("--snapshot", type=Path, required=True)
    stub.add_argument("--port", type=int, default=8001)
    stub.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    stub.add_argument("--rate-429", type=float, default=0.0, help="share of requests answered 429")
    stub.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds sent with 429")
    stub.add_argument("--rate-5xx", type=float, default=0.0, help="share of requests answered 500/502/503")
    stub.add_argument("--rate-reset", type=float, default=0.0, help="share of connections reset")
    stub.add_argument("--rate-malformed", type=float, default=0.0, help="share of bodies made invalid JSON")
    stub.add_argument("--seed", type=int, default=0)
    stub.add_argument("--max-values", type=int, default=100_000,
                      help="the SCB table refuses (403) queries selecting more values (default 100000)")
    stub.add_argument("--open-data-fault", default="", metavar="KIND",
                      help="make every open-data path misbehave: redirect_loop, redirect_elsewhere, redirect_same_host, "
                           "bad_gzip, drip, deep_json or retry_after_120 (the API stays healthy)")
    return parser


def _add_fetch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight at most (default 8)")
    parser.add_argument("--quiet", action="store_true", help="no progress display")
    parser.add_argument("--allow-shrink", action="store_true",
                        help="accept a list more than 20%% shorter than the previous snapshot's")
    parser.add_argument("--max-failures", type=float, default=0.05, metavar="SHARE",
                        help="fail when more than this share of occupations cannot be fetched (default 0.05)")
    parser.add_argument("--deadline", type=float, default=None, metavar="SECONDS",
                        help=f"give up when the whole fetch takes longer (default {ENV_FETCH_DEADLINE} or 1800)")


def _fetch_options(args: argparse.Namespace):
    from generator.errors import ConfigError
    from generator.fetch.api import FetchOptions

    if args.concurrency < 1:
        raise ConfigError("--concurrency must be at least 1")
    deadline = args.deadline if args.deadline is not None else _env_seconds(ENV_FETCH_DEADLINE, FetchOptions.deadline)
    if not deadline > 0:
        raise ConfigError("--deadline must be a number of seconds above 0")
    return FetchOptions(
        concurrency=args.concurrency, allow_shrink=args.allow_shrink, max_failure_share=args.max_failures,
        deadline=deadline, allow_private_image_hosts=os.environ.get(ENV_PRIVATE_IMAGE_HOSTS) == "1",
    )


def _labour_options():
    """The sources' limits; JobSearch's request rate from YRKESINFO_JOBSEARCH_PER_SECOND when set."""
    from generator.errors import ConfigError
    from generator.sources.base import LabourOptions

    value = os.environ.get(ENV_JOBSEARCH_PER_SECOND, "").strip()
    if not value:
        return LabourOptions()
    if not value.isdigit() or int(value) < 1:
        raise ConfigError(f"{ENV_JOBSEARCH_PER_SECOND} must be a whole number of requests per second, not {value[:40]!r}")
    return LabourOptions(jobsearch_per_second=int(value))


def _env_seconds(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        from generator.errors import ConfigError

        raise ConfigError(f"{name} must be a number of seconds, not {value[:40]!r}") from None


def run() -> NoReturn:
    """The `yrkesinfo` command: `main`, then out at once, as mypy's `hard_exit` does. By then every
    file is closed and every child process has ended; the interpreter's own teardown would only free
    the build's objects one by one (about 0.1 s after a full build of 323 occupations). Should a
    thread still be at work, or a profiler or tracer (cProfile, pyinstrument, coverage) be watching,
    which writes its results on the way out, the program ends the usual way."""
    code = main()
    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if watched or any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe (`yrkesinfo build | head`): nothing more can be said
        pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("fetch", "stub-api") or getattr(args, "live", False):  # the commands that load httpx
        _quiet_httpx()
    listen_for_interrupts()
    secrets: tuple[str, ...] = ()
    outcome = None  # what the run has changed so far, once the pipeline is imported
    try:
        inputs = _offline_inputs(args)
        if inputs and inputs[1] is not None:  # built from these very files: said and done
            from generator.incremental.unchanged import UNCHANGED  # already imported by _offline_inputs

            print(UNCHANGED, file=sys.stderr)
            _say_published(args.out)
            return EXIT_OK
        from generator.build import Outcome
        from generator.config import api_settings_from_env

        outcome = Outcome()
        if args.command in ("fetch",) or getattr(args, "live", False):
            settings = api_settings_from_env()
            secrets = (settings.client_secret, settings.client_id)
        return _run(args, outcome, inputs)
    except KeyboardInterrupt:
        print(f"Interrupted. {outcome.after_failure() if outcome else UNTOUCHED}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (YrkesinfoError, OSError) as exc:  # expected failures: one line, redacted
        print(f"error: {_redact(str(exc), secrets) or type(exc).__name__}", file=sys.stderr)
        code = exc.exit_code if isinstance(exc, YrkesinfoError) else EXIT_FAILED
        if outcome and outcome.site_published:
            print(outcome.after_failure(), file=sys.stderr)
            return outcome.exit_code(EXIT_FAILED)
        return code
    except Exception:  # noqa: BLE001 - anything else is a bug: show where, still redacted
        import traceback  # here, not at the top: a build that finds nothing to do should not pay for it

        trace = traceback.format_exc(limit=-8)
        print(_redact(trace, secrets), file=sys.stderr, end="")
        print("This is a bug in yrkesinfo, not in your data or settings. Please report it with the lines above.",
              file=sys.stderr)
        return EXIT_FAILED


def _redact(text: str, secrets: tuple[str, ...]) -> str:
    from generator.config import redact  # only once there is something to say (see the imports above)

    return redact(text, *secrets)


def _offline_inputs(args: argparse.Namespace) -> tuple[str | None, dict | None] | None:
    """For an offline build, the one answer to "has anything changed?" (`check_inputs`: the key of
    its inputs, and the site's state when it was built from these very files), asked before the
    pipeline is imported, which would take several times as long as seeing it (see
    incremental.unchanged), and passed down to the build. None for the other commands."""
    if args.command != "build" or args.live:
        return None
    from generator.incremental.unchanged import check_inputs

    source = site_source(SITE_FILE.read_bytes(), args.base_url)  # as `site_settings` would make it
    return check_inputs(args.snapshot or SAMPLE_SNAPSHOT, args.out, source, force=args.force)


def _say_published(out: Path) -> None:
    print(f"Published to {out}/. Preview it with: yrkesinfo serve --out {out}", file=sys.stderr)


def _quiet_httpx() -> None:
    """httpx logs every request URL, query string (and so the secret) included, at INFO."""
    import logging  # imported here: an offline build never uses it, and a no-change one should be quick

    logging.getLogger("httpx").setLevel(logging.WARNING)


def _run(args: argparse.Namespace, outcome, inputs: tuple[str | None, dict | None] | None) -> int:
    from generator import build as pipeline
    from generator.config import api_settings_from_env, site_settings

    if args.command == "build":
        site = site_settings(base_url=args.base_url)
        if args.live:
            report = pipeline.build_live(
                api_settings_from_env(), args.snapshot or DEFAULT_LIVE_SNAPSHOT, args.out, site,
                options=_fetch_options(args), labour_options=_labour_options(), quiet=args.quiet, force=args.force,
                outcome=outcome,
            )
        else:
            report = pipeline.build(args.snapshot or SAMPLE_SNAPSHOT, args.out, site, force=args.force, outcome=outcome,
                                    inputs=inputs)
        for line in report.lines(verbose=args.verbose):
            print(line, file=sys.stderr)
        _say_published(args.out)
        return EXIT_OK
    if args.command == "fetch":
        report, labour_report = pipeline.fetch(api_settings_from_env(), args.out, options=_fetch_options(args),
                                               labour_options=_labour_options(), quiet=args.quiet, force=args.force)
        for line in [report.summary(), *labour_report.lines()]:
            print(line, file=sys.stderr)
        print(f"Snapshot written to {args.out}/", file=sys.stderr)
        return EXIT_OK
    if args.command == "serve":
        from generator.devtools.serve import serve

        serve(args.out, args.port)
        return EXIT_OK
    if args.command == "stub-api":
        from generator.devtools import stub_api

        settings = api_settings_from_env()
        faults = stub_api.Faults(
            latency=args.latency, rate_429=args.rate_429, retry_after=args.retry_after, rate_5xx=args.rate_5xx,
            rate_reset=args.rate_reset, rate_malformed=args.rate_malformed, seed=args.seed, max_values=args.max_values,
            open_data_fault=args.open_data_fault,
        )
        stub_api.run(args.snapshot, args.port, faults, settings.client_id, settings.client_secret)
        return EXIT_OK
    raise AssertionError(args.command)
