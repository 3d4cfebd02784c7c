"""One change, one reload (#14), for the line and receipt writes: adding, editing, archiving a
line in the main window, adding, editing (moving, attaching) and deleting a receipt in the
receipts window. Each tells the one change signal what the service returned, and each view
showing it — the table, the reminders, an open receipts window — reloads once; a view that does
not show it, and a save that changed nothing, reload nothing."""

from __future__ import annotations

from datetime import date

import pytest

from numberkeeper.core.lines import Line
from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.common import prompts
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.renewals import RenewalInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def line_dialog(window: MainWindow) -> LineDialog:
    dialog = window.findChild(LineDialog)
    assert dialog is not None
    return dialog


def save_line(qtbot, dialog: LineDialog) -> None:
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()


def test_adding_a_line_reloads_each_view_once(qtbot, views) -> None:
    views.window.add_line()
    dialog = line_dialog(views.window)
    dialog.form.number_edit.setText("+965 9666 7777")
    dialog.form.expires_field.line_edit.setText("2027-01-31")
    save_line(qtbot, dialog)
    added = views.window.selected_line()
    assert added is not None
    assert added.fields.number == "+96596667777"
    assert views.heard == [Changes.of(Kind.LINES, lines=(added.id,))]
    assert views.counts == {"window": 1, "receipts": 1, "reminders": 1}
    assert views.window.model.rowCount() == 2


def test_editing_a_line_reloads_each_view_once(qtbot, views) -> None:
    line = views.line
    views.window.edit_line(line)
    dialog = line_dialog(views.window)
    dialog.form.label_edit.setText("Bank OTP")
    save_line(qtbot, dialog)
    assert views.heard == [Changes.of(Kind.LINES, lines=(line.id,))]
    assert views.counts == {"window": 1, "receipts": 1, "reminders": 1}
    shown = views.window.selected_line()
    assert shown is not None
    assert shown.fields.label == "Bank OTP"


def test_saving_a_line_unchanged_reloads_nothing(qtbot, views) -> None:
    line = views.line
    views.window.edit_line(line)
    save_line(qtbot, line_dialog(views.window))
    assert views.heard == []
    assert views.counts == {}
    assert views.window.selected_line() == line


def test_archiving_and_restoring_a_line_reload_each_view_once(views, answers) -> None:
    line = views.line
    views.window.archive_line()
    assert len(answers.confirms) == 1
    assert views.counts == {"window": 1, "receipts": 1, "reminders": 1}
    assert views.window.model.rowCount() == 0
    views.window.commands.show_archived.setChecked(True)  # a view's own choice: it reloads
    views.counts.clear()
    views.window.select_line(line.id)
    views.window.archive_line()  # an archived line is restored, without asking
    assert len(answers.confirms) == 1
    assert views.heard == [Changes.of(Kind.LINES, lines=(line.id,))] * 2
    assert views.counts == {"window": 1, "receipts": 1, "reminders": 1}


def test_a_refused_archive_shows_the_line_as_it_stands_once(views, services, clock, answers):
    line = views.line
    services.purge_line(line.id, clock())  # from the command line, unseen so far
    views.window.archive_line()
    assert len(answers.errors) == 1
    assert views.counts == {"window": 1, "receipts": 1, "reminders": 1}
    assert views.window.model.rowCount() == 0


def test_adding_a_receipt_reloads_only_the_receipts(qtbot, views, tmp_path, answers) -> None:
    line = views.line
    answers.open_path = tmp_path / "slip.pdf"
    answers.open_path.write_bytes(b"%PDF-1.4 slip")
    dialog = views.receipts.add_receipt()
    assert dialog is not None
    dialog.amount_edit.setText("5")
    dialog.currency_combo.setText("KWD")
    dialog.attach_button.click()
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [stored] = views.receipts.services.receipts.list()
    assert stored.fields.attachment is not None
    assert views.heard == [Changes.of(Kind.RECEIPTS, lines=(line.id,), receipts=(stored.id,))]
    assert views.counts == {"receipts": 1}  # the table and the reminders show no receipts
    assert views.receipts.selected_receipt() == stored


def test_moving_a_receipt_to_another_line_tells_both_lines(
    qtbot, views, services, clock, make_line
) -> None:
    bank = views.line
    fields = ReceiptFields(bank.id, date(2026, 11, 20), ReceiptKind.VOUCHER, Money(3000, "KWD"))
    receipt = services.receipts.add(fields, clock()).receipt
    other: Line = make_line("2027-02-01", label="Work")
    views.receipts.refresh()
    views.counts.clear()
    assert views.receipts.select_receipt(receipt.id)
    dialog = views.receipts.edit_receipt()
    assert dialog is not None
    dialog.line_combo.setCurrentIndex(dialog.line_combo.findData(other.id))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    expected = Changes.of(Kind.RECEIPTS, lines=(bank.id, other.id), receipts=(receipt.id,))
    assert views.heard == [expected]
    assert views.counts == {"receipts": 1}
    assert services.receipts.get(receipt.id).fields.line_id == other.id


@pytest.mark.parametrize("roll_back", [False, True])
def test_deleting_a_receipt_reloads_what_shows_it_once(
    views, services, clock, monkeypatch, roll_back
) -> None:
    line = views.line
    typed = RenewalInput(amount="10", currency="KWD", channel="kiosk", extend="1m")
    receipt = services.renewals.renew(line.id, typed, clock()).receipt
    views.receipts.refresh()
    views.counts.clear()
    views.heard.clear()
    assert views.receipts.select_receipt(receipt.id)
    said = iter([True, roll_back])  # delete it? roll the expiry back?
    monkeypatch.setattr(prompts, "confirm", lambda *_a: next(said))
    views.receipts.delete_action.trigger()
    assert services.receipts.list() == []
    if roll_back:  # the line's expiry changed too: the table and the reminders follow
        kinds = (Kind.RECEIPTS, Kind.LINES)
        assert views.counts == {"window": 1, "receipts": 1, "reminders": 1}
    else:
        kinds = (Kind.RECEIPTS,)
        assert views.counts == {"receipts": 1}
    assert views.heard == [Changes.of(*kinds, lines=(line.id,), receipts=(receipt.id,))]
