"""The layer and structure rules (#14): core, store and services never import Qt; the layers
below the faces never read the clock; no import cycle, counting the imports deferred into
functions or made only for type checking; no file over 400 lines; test basenames unique.

The GUI and the CLI never importing sqlite3 or the store is ruff's check (banned-api, in
pyproject.toml), and so is the complexity cap (C901).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import numberkeeper

PACKAGE = Path(numberkeeper.__file__).parent
QT_FREE = ("core", "store", "services")


def _modules(layer: str) -> list[str]:
    return [
        "numberkeeper." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in sorted((PACKAGE / layer).rglob("*.py"))
        if p.name != "__init__.py"
    ]


def test_qt_free_layers_do_not_load_qt_even_indirectly() -> None:
    modules = [m for layer in QT_FREE for m in _modules(layer)]
    modules += ["numberkeeper.paths", "numberkeeper.resources", "numberkeeper.cli"]
    modules += ["numberkeeper.zone_currency_names"]  # the pickers' lists, for any face (#16)
    assert len(modules) > 10
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _dotted(node: ast.expr) -> str | None:
    """`datetime.datetime.now` for that attribute chain; None for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _imports_and_calls(path: Path) -> tuple[set[str], set[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports: set[str] = set()
    calls: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imports.add(node.module.split(".")[0])
            # `from time import time` makes a bare `time()` a clock read
            calls.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Attribute) and (name := _dotted(node)):
            # the last two parts: `datetime.datetime.now` reads as `datetime.now`
            calls.add(".".join(name.split(".")[-2:]))
    return imports, calls


def test_no_qt_import_statement_in_qt_free_layers() -> None:
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            imports, _ = _imports_and_calls(path)
            assert not imports & {"PySide6", "shiboken6", "PyQt6", "PyQt5"}, path


CLOCK_READS = {
    "datetime.now",
    "datetime.today",
    "datetime.utcnow",
    "date.today",
    "time.time",
    "time.time_ns",
    "time.localtime",
    "time.monotonic",
}


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_layers_never_read_the_clock(layer: str) -> None:
    """Time is passed in: the GUI and the CLI read the clock, the layers below never do."""
    for path in (PACKAGE / layer).rglob("*.py"):
        _, calls = _imports_and_calls(path)
        assert not calls & CLOCK_READS, path


def test_the_clock_check_sees_the_ways_of_reading_it(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    for code in (
        "import datetime\nx = datetime.datetime.now()",
        "from datetime import date\nx = date.today()",
        "from time import time\nx = time()",
        "import time\nx = time.monotonic()",
    ):
        sample.write_text(code, encoding="utf-8")
        assert _imports_and_calls(sample)[1] & CLOCK_READS, code


# -- import cycles -----------------------------------------------------------------------------


def module_names(package: Path) -> dict[str, Path]:
    """Every module under `package` (a folder named like the package) by its dotted name."""
    names: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module → the modules of the package it imports anywhere: at the top, inside functions,
    under `if TYPE_CHECKING:` — a cycle hidden by deferring an import is still a cycle."""
    modules = module_names(package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package `level - 1` folders up
                    up = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                # `from a.b import c` imports the module a.b.c if there is one, else from a.b
                for alias in node.names:
                    module = f"{base}.{alias.name}"
                    targets.add(module if module in modules else base)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in order:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], order[target])
        if low[module] == order[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return cycles


def test_no_import_cycles() -> None:
    assert import_cycles(import_graph(PACKAGE)) == []


def test_the_cycle_check_sees_deferred_and_type_checking_imports(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from pkg.sub import b\n", encoding="utf-8")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n",
        encoding="utf-8",
    )
    (package / "c.py").write_text("def f():\n    from .sub.d import x\n", encoding="utf-8")
    (package / "sub" / "d.py").write_text("import pkg.c\nx = 1\n", encoding="utf-8")
    (package / "e.py").write_text("from pkg import a\n", encoding="utf-8")
    assert import_cycles(import_graph(package)) == [["pkg.a", "pkg.sub.b"], ["pkg.c", "pkg.sub.d"]]


# -- sizes and names ---------------------------------------------------------------------------

ROOT = PACKAGE.parents[1]
MAX_LINES = 400


def _python_files(*folders: str) -> list[Path]:
    return sorted(
        path
        for folder in folders
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def test_no_file_over_400_lines() -> None:
    too_long = {}
    for path in _python_files("src", "tests", "benchmarks", "packaging"):
        name = path.relative_to(ROOT).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            too_long[name] = lines
    assert too_long == {}


def test_test_basenames_are_unique() -> None:
    """pytest's default import mode imports a test module by its basename (no __init__.py)."""
    seen: dict[str, list[str]] = {}
    for path in _python_files("tests"):
        if path.name != "conftest.py":
            seen.setdefault(path.name, []).append(path.relative_to(ROOT).as_posix())
    assert {name: paths for name, paths in seen.items() if len(paths) > 1} == {}
