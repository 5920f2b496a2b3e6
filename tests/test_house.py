"""The shape of the code, checked: data flows one way, and no function grows past what a reader holds."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest
from radon.complexity import cc_visit

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
MAX_COMPLEXITY = 15
MAX_MODULE_LINES = 400


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:`, which are types only and never run."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            continue
        yield node
        yield from _runtime_nodes(node)


def imported(path: Path) -> set[str]:
    names = set()
    for node in _runtime_nodes(ast.parse(path.read_text("utf-8"))):
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


# The pipeline's packages in the order data flows: each may import only those before it.
LAYERS = ["helpers", "snapshot", "incremental", "fetch", "sources", "model", "site", "output"]
TOP = ("generator.build", "generator.cli", "generator.devtools")


def test_the_layout_shows_the_pipeline() -> None:
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    assert packages == sorted(LAYERS + ["devtools"])
    for name in LAYERS:
        assert ast.get_docstring(ast.parse((PACKAGE / name / "__init__.py").read_text("utf-8"))), name
        assert len([p for p in (PACKAGE / name).glob("*.py") if p.name != "__init__.py"]) <= 13, f"{name}/ holds too many modules"


@pytest.mark.parametrize("layer", LAYERS)
def test_data_flows_one_way(layer: str) -> None:
    later = tuple(f"generator.{name}" for name in LAYERS[LAYERS.index(layer) + 1:]) + TOP
    for path in (PACKAGE / layer).glob("*.py"):
        wrong = {n for n in imported(path) if n.startswith(later)}
        assert not wrong, f"{layer}/{path.name} imports {wrong}"


def test_the_fetch_does_not_depend_on_the_model() -> None:
    """Raw-record rules live in generator.records, so the network stage needs nothing downstream."""
    paths = list((PACKAGE / "fetch").glob("*.py")) + list((PACKAGE / "sources").glob("*.py"))
    assert len(paths) >= 6
    for path in paths:
        assert not {n for n in imported(path) if n.startswith("generator.model")}, path.name


def test_no_module_imports_another_modules_private_names() -> None:
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                assert not private, f"{path.relative_to(PACKAGE)} imports {private} from {node.module}"


def test_errors_live_in_one_module_and_derive_from_the_one_base() -> None:
    """Outside errors.py no module defines a public exception (a module-private `_Name` for its own
    control flow is allowed); in errors.py each derives from YrkesinfoError or is a listed internal signal."""
    import generator.errors as errors

    for path in modules():
        if path.name in ("errors.py", "__main__.py"):
            continue
        module = importlib.import_module(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        defined = [value for name, value in vars(module).items() if inspect.isclass(value)
                   and issubclass(value, BaseException) and value.__module__ == module.__name__ and not name.startswith("_")]
        assert defined == [], f"{path.relative_to(PACKAGE)} defines {defined}: errors live in generator/errors.py"
    for name, value in vars(errors).items():
        if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == errors.__name__:
            assert issubclass(value, errors.YrkesinfoError) or value in errors.INTERNAL, name
            assert name in errors.__doc__, f"{name} is missing from errors.py's tree"


