"""The shape of the code, checked: data flows one way, and no function grows past what a reader holds."""

from __future__ import annotations

import ast
from pathlib import Path

from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
MAX_COMPLEXITY = 15
MAX_MODULE_LINES = 400


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("generator")}


def test_no_function_is_too_complex() -> None:
    too_complex = [f"{p.relative_to(PACKAGE)}:{block.lineno} {block.name} ({block.complexity})"
                   for p in modules() for block in cc_visit(p.read_text("utf-8")) if block.complexity > MAX_COMPLEXITY]
    assert too_complex == []


def test_no_module_is_too_long() -> None:
    long = [f"{p.relative_to(PACKAGE)}: {n} lines" for p in modules()
            if (n := len(p.read_text("utf-8").splitlines())) > MAX_MODULE_LINES and "devtools" not in p.parts]
    assert long == []


def test_helpers_know_nothing_of_the_pipeline() -> None:
    for path in (PACKAGE / "helpers").glob("*.py"):
        wrong = {n for n in imported(path) if n.startswith(("generator.stages", "generator.build", "generator.cli",
                                                            "generator.devtools"))}
        assert not wrong, f"{path.name} imports {wrong}"


def test_stages_never_reach_back_to_the_build_the_cli_or_the_dev_tools() -> None:
    for path in (PACKAGE / "stages").glob("*.py"):
        wrong = {n for n in imported(path) if n.startswith(("generator.build", "generator.cli", "generator.devtools"))}
        assert not wrong, f"{path.name} imports {wrong}"


def test_the_fetch_does_not_depend_on_the_model() -> None:
    """Raw-record rules live in generator.records, so the network stage needs nothing downstream."""
    for name in ("fetch.py", "fetch_images.py"):
        assert not {n for n in imported(PACKAGE / "stages" / name) if n.startswith("generator.stages.model")}


def test_every_expected_error_derives_from_the_one_base() -> None:
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith(("Error", "Error_")) and path.name != "errors.py":
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                assert bases - {"Exception", "BaseException"} == bases, f"{path.name}: {node.name} derives from {bases}"
