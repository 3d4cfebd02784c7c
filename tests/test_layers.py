"""The layer rules: core, store and services never import Qt; the core never reads the clock."""

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
