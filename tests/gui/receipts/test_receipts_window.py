"""The receipts window: filters and totals, open / edit / delete, and the table model."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from numberkeeper.core.lines import Line
from numberkeeper.core.money import Money
from numberkeeper.core.receipts import Receipt, ReceiptFields, ReceiptKind
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.receipts.receipts_table_model import (
    AMOUNT,
    ATTACHMENT,
    KIND,
    LINE,
    ReceiptRole,
    ReceiptsTableModel,
)
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return Services.open(conn, data_dir, carrier_catalog())


def renew(services: Services, clock: FixedClock, line: Line, **typed: str) -> Receipt:
    typed.setdefault("amount", "10")
    typed.setdefault("currency", "KWD")
    typed.setdefault("channel", "kiosk")
    typed.setdefault("extend", "1m")
    return services.renewals.renew(line.id, RenewalInput(**typed), clock()).receipt


def voucher(services: Services, clock: FixedClock, line: Line, amount: Money, paid: str) -> Receipt:
    fields = ReceiptFields(line.id, date.fromisoformat(paid), ReceiptKind.VOUCHER, amount)
    return services.receipts.add(fields, clock()).receipt


@pytest.fixture
def make_window(qtbot, services: Services, clock: FixedClock):
    def make(line_id: int | None = None) -> ReceiptsWindow:
        window = ReceiptsWindow(services, clock, "en", line_id)
        qtbot.addWidget(window)
        return window

    return make


def shown(window: ReceiptsWindow, column: int = AMOUNT) -> list[str]:
    proxy = window.proxy
    return sorted(proxy.index(row, column).data() for row in range(proxy.rowCount()))


def select(window: ReceiptsWindow, receipt_id: int) -> None:
    assert window.select_receipt(receipt_id)
    assert window.selected_receipt() is not None


def count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def two_lines(services, clock, make_line):
    """A Kuwaiti line with two KWD renewals (2025 and 2026), an Omani one with an OMR voucher."""
    kw = make_line("2026-12-01", label="Zain")
    om = make_line("2026-12-10", label="Omantel", number="+968 9123 4567", time_zone="Asia/Muscat")
    renew(services, clock, kw, amount="10.5", paid_on="2025-06-01")
    renew(services, clock, kw, amount="25", paid_on="2026-11-20")
    voucher(services, clock, om, Money(3000, "OMR"), "2026-11-21")
    return kw, om


def test_filters_change_rows_and_totals(make_window, two_lines) -> None:
    _kw, om = two_lines
    window = make_window()
    assert shown(window) == ["KWD 10.500", "KWD 25.000", "OMR 3.000"]
    assert window.totals_label.text() == "2026 · KWD 25.000 · OMR 3.000\n2025 · KWD 10.500"

    window.filters.select_line(om.id)
    assert shown(window) == ["OMR 3.000"]
    assert window.totals_label.text() == "2026 · OMR 3.000"

    window.filters.select_line(None)
    window.filters.select_currency("KWD")
    assert shown(window) == ["KWD 10.500", "KWD 25.000"]

    window.filters.select_currency(None)
    window.filters.from_field.setText("2026-01-01")
    window.filters.to_field.setText("2026-11-20")
    assert shown(window) == ["KWD 25.000"]
    assert window.totals_label.text() == "2026 · KWD 25.000"

    window.filters.to_field.setText("2026-02-31")  # not a date: reported, bound left out
    assert window.filters.error_label.isVisibleTo(window)
    assert shown(window) == ["KWD 25.000", "OMR 3.000"]

    window.filters.from_field.setText("2030-01-01")
    assert shown(window) == []
    assert window.totals_label.text() == "No receipts match these filters."


def test_line_id_preselects_the_filter_and_currencies_are_the_used_ones(
    make_window, two_lines
) -> None:
    kw, _om = two_lines
    window = make_window(kw.id)
    assert window.filters.line_id() == kw.id
    assert shown(window, LINE) == ["Zain", "Zain"]
    combo = window.filters.currency_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All currencies", "KWD", "OMR"]


def test_model_passes_the_model_tester(qtmodeltester, services, two_lines) -> None:
    model = ReceiptsTableModel()
    receipts = services.receipts.list()
    model.set_receipts(receipts, {line.id: line for line in services.lines.list_lines()})
    qtmodeltester.check(model)
    row = model.row_of(receipts[0].id)
    assert row is not None
    assert model.index(row, 0).data(ReceiptRole) == receipts[0]
    assert model.index(row, AMOUNT).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert model.headerData(KIND, Qt.Orientation.Horizontal) == "Kind"


def test_amounts_sort_by_minor_units_within_a_currency(make_window, services, clock, make_line):
    line = make_line("2026-12-01")
    for minor in (9500, 10000, 100):
        voucher(services, clock, line, Money(minor, "KWD"), "2026-11-01")
    window = make_window()
    window.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder)
    proxy = window.proxy
    column = [proxy.index(row, AMOUNT).data() for row in range(proxy.rowCount())]
    assert column == ["KWD 0.100", "KWD 9.500", "KWD 10.000"]


@pytest.fixture
def asked(monkeypatch):
    """Records every confirm prompt and answers from a list (confirm, then roll back)."""
    calls: list[tuple[str, str]] = []
    answers: list[bool] = []

    def confirm(_parent, title: str, text: str) -> bool:
        calls.append((title, text))
        return answers.pop(0)

    monkeypatch.setattr(prompts, "confirm", confirm)
    return calls, answers


@pytest.mark.parametrize(("roll_back", "expiry"), [(False, "2027-01-01"), (True, "2026-12-01")])
def test_deleting_a_renewal_asks_about_the_expiry(
    make_window, services, clock, make_line, asked, roll_back, expiry
) -> None:
    line = make_line("2026-12-01")
    receipt = renew(services, clock, line)
    assert services.lines.get(line.id).fields.expires_on == date(2027, 1, 1)
    window = make_window()
    changes: list[None] = []
    change_signal(services).changed.connect(lambda _changes: changes.append(None))
    select(window, receipt.id)
    calls, answers = asked
    answers.extend([True, roll_back])
    window.delete_action.trigger()
    assert len(calls) == 2
    assert "2026-12-01" in calls[1][1]
    assert "2027-01-01" in calls[1][1]
    assert services.receipts.list() == []
    assert services.lines.get(line.id).fields.expires_on == date.fromisoformat(expiry)
    assert window.proxy.rowCount() == 0
    assert changes == [None]


def test_declining_the_confirmation_deletes_nothing(
    make_window, services, clock, make_line, asked, conn
) -> None:
    line = make_line("2026-12-01")
    receipt = renew(services, clock, line)
    events = count(conn, "events")
    window = make_window()
    select(window, receipt.id)
    calls, answers = asked
    answers.append(False)
    window.delete_receipt()
    assert len(calls) == 1  # the roll-back question is not asked after a No
    assert services.receipts.list() == [receipt]
    assert services.lines.get(line.id).fields.expires_on == date(2027, 1, 1)
    assert count(conn, "events") == events


def test_a_missing_attachment_is_reported(
    make_window, services, clock, make_line, tmp_path, monkeypatch
):
    photo = tmp_path / "slip.jpg"
    photo.write_bytes(b"\xff\xd8 a kiosk slip")
    line = make_line("2026-12-01")
    receipt = renew(services, clock, line, attachment=str(photo))
    errors: list[tuple[str, str]] = []
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: errors.append((title, text)))
    monkeypatch.setattr(
        prompts, "open_with_system_viewer", lambda path: opened.append(path) or True
    )
    window = make_window()
    select(window, receipt.id)
    row = window.model.row_of(receipt.id)
    assert window.model.index(row, ATTACHMENT).data() == "slip.jpg"
    assert window.model.index(row, ATTACHMENT).data(Qt.ItemDataRole.DecorationRole) is not None
    assert window.open_action.isEnabled()

    window.open_action.trigger()
    stored = services.receipts.attachment_path(receipt)
    assert opened == [stored]
    assert errors == []

    assert stored is not None
    stored.unlink()
    window.open_attachment()
    assert len(errors) == 1
    assert "slip.jpg" in errors[0][1]
    assert str(stored) in errors[0][1]
    assert len(opened) == 1


def test_edit_refuses_too_many_decimals_inline(
    qtbot, make_window, services, clock, make_line, conn
):
    line = make_line("2026-12-01")
    receipt = renew(services, clock, line)
    events = count(conn, "events")
    window = make_window()
    select(window, receipt.id)
    dialog = window.edit_receipt()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.amount_edit.text() == "10.000"
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "10.0005")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.field_errors("amount") == ("“10.0005” has more decimals than KWD allows (3).",)
    assert services.receipts.get(receipt.id) == receipt
    assert count(conn, "events") == events

    dialog.amount_edit.setText("12.5")
    dialog.reference_edit.setText("OAB123")
    with qtbot.waitSignal(change_signal(services).changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    edited = services.receipts.get(receipt.id).fields
    assert (str(edited.amount), edited.reference) == ("KWD 12.500", "OAB123")
    assert edited.new_expiry == receipt.fields.new_expiry  # the renewal's dates are kept
    assert services.lines.get(line.id).fields.expires_on == date(2027, 1, 1)


def test_add_receipt_for_the_filtered_line(qtbot, make_window, services, make_line) -> None:
    line = make_line("2026-12-01")
    window = make_window(line.id)
    dialog = window.add_receipt()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.line_id() == line.id
    assert dialog.date_field.text() == "2026-11-22"  # today in Kuwait
    dialog.amount_edit.setText("5")
    dialog.currency_combo.setText("KWD")
    with qtbot.waitSignal(change_signal(services).changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [stored] = services.receipts.list()
    assert (stored.fields.kind, str(stored.fields.amount)) == (ReceiptKind.VOUCHER, "KWD 5.000")
    assert shown(window) == ["KWD 5.000"]
    assert window.selected_receipt() == stored
    assert window.table.selectionModel().isRowSelected(0)


def test_a_line_deleted_while_adding_its_receipt_is_told_not_raised(
    qtbot, make_window, services, clock, make_line, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: told.append(text))
    line = make_line("2026-12-01")
    window = make_window(line.id)
    dialog = window.add_receipt()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    services.purge_line(line.id, clock())  # from another window, or the command line
    dialog.date_field.show_calendar()  # asks for the line's today: no exception escapes
    dialog.amount_edit.setText("5")
    dialog.currency_combo.setText("KWD")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "no longer exists" in told[-1]
    assert services.receipts.list() == []


def test_columns_follow_receipts_added_later(make_window, services, clock, make_line) -> None:
    # They were fitted once, on the first rows: a longer reference later ended in "…" (#16).
    line = make_line("2026-12-01", label="Zain")
    renew(services, clock, line, amount="1", paid_on="2026-11-01", reference="OAB1")
    window = make_window()
    window.resize(1366, 700)
    window.show()
    renew(services, clock, line, amount="2", paid_on="2026-11-02", reference="OAB" + "7" * 30)
    window.reload()
    header = window.table.horizontalHeader()
    for row in range(window.proxy.rowCount()):
        for column in range(window.proxy.columnCount()):
            index = window.proxy.index(row, column)
            assert window.table.sizeHintForIndex(index).width() <= header.sectionSize(column)


def test_totals_name_the_year_in_chinese(make_window, two_lines, chinese) -> None:
    window = make_window()
    assert window.totals_label.text() == "2026年 · KWD 25.000 · OMR 3.000\n2025年 · KWD 10.500"


def test_the_toolbar_shows_no_mnemonics_in_chinese(make_window, chinese) -> None:
    # Qt's own stripping left "添加收据(A)", "导出(X)" on the toolbar (#16).
    window = make_window()
    toolbar = window.findChild(QToolBar)
    texts = [toolbar.widgetForAction(a).text() for a in toolbar.actions() if not a.isSeparator()]
    assert texts == ["添加收据", "打开附件", "编辑", "删除", "导出"]
    assert window.add_action.text() == "添加收据(&A)…"  # a menu or shortcut keeps it
