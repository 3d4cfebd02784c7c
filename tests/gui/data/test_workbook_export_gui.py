"""The workbook export (#18) through the GUI: the receipts window and the File menu offer .xlsx
in their save picker, the export runs in the background with the CSV's progress and errors,
and the workbook's headers are in the interface language."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from gui_prompts import Prompts, finish
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMainWindow
from xlsx_reading import read_workbook

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.data.data_actions import DataActions
from numberkeeper.gui.data.export_runner import XLSX, export_name_filters
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

HEADERS = {
    "en": ("Paid on", "Line", "Number", "Totals"),
    "zh_CN": ("付款日期", "号码名称", "号码", "合计"),
}


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return Services.open(conn, data_dir, carrier_catalog())


def add_receipt(services: Services, clock: FixedClock, line_id: int, minor: int, code: str) -> None:
    fields = ReceiptFields(line_id, date(2026, 11, 1), ReceiptKind.VOUCHER, Money(minor, code))
    services.receipts.add(fields, clock())


def test_receipts_window_exports_a_workbook_in_the_interface_language(
    qtbot, services, clock, make_line, answers: Prompts, tmp_path, language
) -> None:
    line = make_line("2026-12-01", label="Zain 银行", number="+965 5000 1234", carrier="kw-zain")
    add_receipt(services, clock, line.id, 10_000, "KWD")
    add_receipt(services, clock, line.id, 700, "CNY")
    window = ReceiptsWindow(services, clock, language)
    qtbot.addWidget(window)
    window.filters.select_currency("KWD")
    target = tmp_path / "receipts.xlsx"
    answers.save_as = (target, XLSX)

    finish(qtbot, window.export_csv())

    assert answers.errors == []
    assert str(target) in answers.infos[0][1]
    receipts, totals = read_workbook(target)
    paid_on, label, number, totals_name = HEADERS[language]
    assert receipts.rows()[0][:3] == [paid_on, label, number]
    assert totals.name == totals_name
    assert receipts.rows()[1][1:3] == ["Zain 银行", "+96550001234"]  # the filter: KWD only
    assert len(receipts.rows()) == 2
    amount = receipts.cells["G2"]
    assert (amount.type, amount.value, amount.number_format) == ("n", 10, "#,##0.000")
    assert receipts.cells["D2"].value == ("扎因" if language == "zh_CN" else "Zain")
    assert not receipts.right_to_left  # neither English nor Chinese reads right to left


def test_lines_workbook_from_the_file_menu(
    qtbot, services, clock, make_line, answers: Prompts, tmp_path, chinese
) -> None:
    make_line("2026-12-01", label="=cmd", balance_amount="1.5", balance_currency="KWD")
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = DataActions(window, services, clock)
    assert actions.export_lines_action.text() == "导出号码(&E)…"
    target = tmp_path / "lines.xlsx"
    answers.save_as = (target, XLSX)

    finish(qtbot, actions.export_lines())

    lines, balances = read_workbook(target)
    assert (lines.name, balances.name) == ("号码", "余额")
    header, row = lines.rows()
    cells = dict(zip(header, row, strict=True))
    assert cells["名称"] == "=cmd"  # text, not neutralised: a workbook cell is never a formula
    assert cells["余额"] == 1.5
    assert "1 " in answers.infos[0][1]


def test_a_failed_workbook_export_is_told_in_the_users_language(
    qtbot, services, clock, make_line, answers: Prompts, tmp_path, chinese
) -> None:
    line = make_line("2026-12-01")
    add_receipt(services, clock, line.id, 10_000, "KWD")
    window = ReceiptsWindow(services, clock, "zh_CN")
    qtbot.addWidget(window)
    answers.save_as = (tmp_path / "no" / "such" / "r.xlsx", XLSX)

    finish(qtbot, window.export_csv())

    title, text = answers.errors[0]
    assert title == QCoreApplication.translate("ReceiptsExport", "The receipts were not exported")
    assert title != "The receipts were not exported"
    assert text
    assert not (tmp_path / "no").exists()


def test_the_save_picker_follows_the_chosen_format(qtbot, tmp_path) -> None:
    """Choosing the workbook filter turns the suggested name's .csv into .xlsx (and back)."""
    seen: list[str] = []

    def choose_workbook() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
        combo = next(c for c in dialog.findChildren(QComboBox) if c.count() == 3)
        for index in (XLSX, 0):
            combo.setCurrentIndex(index)
            combo.activated.emit(index)  # as a user's choice does
            seen.append(Path(dialog.selectedFiles()[0]).name)
        combo.setCurrentIndex(XLSX)
        combo.activated.emit(XLSX)
        dialog.accept()

    QTimer.singleShot(200, choose_workbook)
    filters = export_name_filters()
    choice = prompts.save_file(
        None, "Export", tmp_path / "receipts.csv", filters, [".csv", ".csv", ".xlsx"]
    )
    assert seen == ["receipts.xlsx", "receipts.csv"]
    assert choice == (tmp_path / "receipts.xlsx", XLSX)


def test_an_arabic_interface_writes_right_to_left_sheets(
    qtbot, services, clock, make_line, answers: Prompts, tmp_path, arabic
) -> None:
    # #18: the GUI passes the interface's direction to the service; the cells stay plain.
    line = make_line("2026-12-01", label="", number="+965 5000 1234", carrier="kw-zain")
    add_receipt(services, clock, line.id, 10_000, "KWD")
    receipts = ReceiptsWindow(services, clock, "ar")
    window = QMainWindow()
    qtbot.addWidget(receipts)
    qtbot.addWidget(window)
    exports = {
        "receipts": receipts.export_csv,
        "lines": DataActions(window, services, clock).export_lines,
    }
    for name, export in exports.items():
        target = tmp_path / f"{name}.xlsx"
        answers.save_as = (target, XLSX)
        finish(qtbot, export())
        assert answers.errors == []
        sheets = read_workbook(target)
        assert all(sheet.right_to_left for sheet in sheets), name
        values = [cell.value for cell in sheets[0].cells.values()]
        assert "+96550001234" in values  # no isolate marks in what a spreadsheet reads
        assert "زين" in values  # the carrier's Arabic name
