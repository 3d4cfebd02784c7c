"""The checklists, the receipt dialog, the import preview and the receipts window stay on a
small screen (#16), as the main window and the line dialog do: each fits the available area
of the screen it opens on, and a long step or form scrolls instead of growing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.data.import_lines_dialog import ImportLinesDialog
from numberkeeper.gui.errands.renew_wizard import RenewWizard
from numberkeeper.gui.receipts.receipt_dialog import ReceiptDialog
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.resources import carrier_catalog
from numberkeeper.services import line_import
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
NEXT_BUTTON = RenewWizard.WizardButton.NextButton


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return Services.open(conn, data_dir, carrier_catalog())


def screen(name: str) -> QScreen:
    """One of the offscreen screens of tests/gui/screens.json."""
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def parent_on(qtbot, name: str) -> QWidget:
    """A window on the screen `name`, for a dialog to open over."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(QRect(screen(name).geometry().topLeft() + QPoint(20, 20), parent.size()))
    return parent


def on_screen(widget: QWidget, name: str) -> bool:
    """Whether `widget` lies inside the available area of the screen `name`."""
    return screen(name).availableGeometry().contains(widget.frameGeometry())


def test_a_long_checklist_step_scrolls_inside_a_small_screen(
    qtbot, services: Services, clock: FixedClock, make_line
) -> None:
    line = make_line("2026-12-01", carrier="kw-zain")
    parent = parent_on(qtbot, "small")
    wizard = RenewWizard(services, clock, "en", line.id, parent)
    # A carrier's facts as long as a page of terms.
    wizard.page(0).show_facts("<p>" + "<br>".join(["A carrier's term."] * 60) + "</p>")
    wizard.open()
    qtbot.waitExposed(wizard)
    assert on_screen(wizard, "small")
    next_button = wizard.button(NEXT_BUTTON)
    corner = next_button.mapToGlobal(next_button.rect().bottomRight())
    assert screen("small").availableGeometry().contains(corner)
    # The facts are whole, to be scrolled to; they were squeezed and cut.
    facts = wizard.page(0).facts
    assert facts.height() >= facts.heightForWidth(facts.width())
    assert wizard.page(0).scroll_area.verticalScrollBar().maximum() > 0


def test_the_receipt_dialog_keeps_its_size_when_its_errors_show(
    qtbot, services: Services, clock: FixedClock, make_line
) -> None:
    line = make_line("2026-12-01")
    parent = parent_on(qtbot, "netbook")
    dialog = ReceiptDialog(services, clock, "en", None, line.id, parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    dialog.date_field.line_edit.setText("2027-02-30")
    dialog.amount_edit.setText("-3.1234")
    dialog.currency_combo.setEditText("XYZ")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.field_errors("paid_on")
    assert dialog.field_errors("amount")
    qtbot.wait(20)
    assert dialog.size() == size  # the form scrolls instead
    assert on_screen(dialog, "netbook")


def test_the_import_preview_and_the_receipts_window_fit_a_netbook(
    qtbot, services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "lines.csv"
    source.write_text("number,expires\n+965 9555 0001,2026-12-30\n", encoding="utf-8")
    preview = line_import.preview_lines_csv(services, source)
    parent = parent_on(qtbot, "netbook")
    dialog = ImportLinesDialog(services, clock, source, preview, parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert on_screen(dialog, "netbook")  # it opened at 900 × 560 on an 800 × 600 screen
    window = ReceiptsWindow(services, clock, "en", None, parent)
    window.setWindowFlag(window.windowFlags().Window, True)
    window.show()
    qtbot.waitExposed(window)
    # Placed by the window manager (offscreen: on the first screen), sized for the netbook.
    area = screen("netbook").availableGeometry()
    assert window.frameGeometry().width() <= area.width()
    assert window.frameGeometry().height() <= area.height()
