"""What the lines table answers for its Qt roles beyond the text (gui/main/line_roles.py):
urgency colours with an icon and a word, italics for archived lines, colours a view paints."""

from __future__ import annotations

from line_table_support import model_fixture, reload, text  # noqa: F401 (model_fixture: the model)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from numberkeeper.core.phases import Urgency
from numberkeeper.gui.main.line_cells import (
    LABEL,
    PHASE,
)


def test_urgency_is_not_colour_alone(model, make_line, service) -> None:
    make_line("2026-11-23")
    make_line("2027-06-01")
    reload(model, service)
    urgent = model.index(0, PHASE)
    assert model.timings()[0].urgency is Urgency.CRITICAL
    assert urgent.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert urgent.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon as well
    assert urgent.data() == "Expiring soon"  # and the word
    calm = model.index(1, PHASE)
    assert calm.data(Qt.ItemDataRole.BackgroundRole) is None


def test_archived_lines_are_in_italics_and_say_so(model, make_line, service, clock) -> None:
    make_line("2027-06-01", label="Kept")
    archived = make_line("2027-06-01", label="Old")
    service.archive(archived.id, clock())
    model.set_lines(service.list_lines(include_archived=True))
    rows = {text(model, row, LABEL): row for row in range(model.rowCount())}
    assert text(model, rows["Old"], LABEL, Qt.ItemDataRole.FontRole).italic()
    assert text(model, rows["Old"], PHASE) == "Active (archived)"
    assert text(model, rows["Kept"], LABEL, Qt.ItemDataRole.FontRole) is None


def test_a_view_paints_the_urgency_colours(qtbot, model, make_line, service) -> None:
    # The model gives QColors where Qt documents brushes: the view must still paint them.
    make_line("2026-11-23")
    reload(model, service)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 200)
    view.setColumnWidth(PHASE, 300)
    cell = view.visualRect(model.index(0, PHASE))
    image = view.viewport().grab().toImage()
    y = cell.center().y()
    background = QColor(model.index(0, PHASE).data(Qt.ItemDataRole.BackgroundRole)).name()
    assert image.pixelColor(cell.right() - 4, y).name() == background  # past the text
    # The word "Expiring soon" in its dark red, not in the palette's black: the darkest pixel
    # across the cell (anti-aliasing blends the rest) is red, not grey.
    assert QColor(model.index(0, PHASE).data(Qt.ItemDataRole.ForegroundRole)).name() == "#8a1c1c"
    darkest = min(
        (image.pixelColor(x, y) for x in range(cell.left(), cell.right())),
        key=lambda c: c.lightness(),
    )
    assert darkest.red() > darkest.green() + 40
