"""The line table tests' model (a fixture, named `model`: import model_fixture) and their
helpers: reloading the lines, a cell's answer for a role."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.line_table_model import LineTableModel
from numberkeeper.services.lines import LineService


@pytest.fixture(name="model")
def model_fixture(qapp, service: LineService, clock: FixedClock) -> LineTableModel:
    """A model over the service's lines, showing local times in Shanghai."""
    m = LineTableModel(clock, service.catalog, "en", local_zone=ZoneInfo("Asia/Shanghai"))
    m.set_lines(service.list_lines())
    return m


def reload(model: LineTableModel, service: LineService) -> None:
    """Show the service's lines as they are now."""
    model.set_lines(service.list_lines())


def text(model: LineTableModel, row: int, column: int, role: int = 0) -> object:
    """What a cell answers for a role (its text by default)."""
    return model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)
