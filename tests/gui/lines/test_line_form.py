"""The line dialog's form: what a carrier preset fills in and hints, the carriers' names, fields
enabled by status, keep-alive ticks, a number outside the known plan, a carrier name several
countries share."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3

import pytest
from line_dialog_support import (  # the *_fixture are the fixtures clock, conn, …
    NUMBER,
    MakeDialog,
    clock_fixture,  # noqa: F401
    combo_edit,
    conn_fixture,  # noqa: F401
    count,
    focus_number,
    make_dialog_fixture,  # noqa: F401
    save,
    service_fixture,  # noqa: F401
    text_of,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from numberkeeper.core.errors import ErrorCode
from numberkeeper.core.validation import LineInput
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.line_cells import LineCells
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.lines import LineService

# The offscreen platform says so whenever a window or popup is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_kuwaiti_preset_fills_currency_and_shows_the_unverified_grace_hint(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog()
    form = dialog.form
    assert not form.currency_combo.text()
    type_into(qtbot, combo_edit(form.carrier_combo), "Zain · Kuwait")

    assert form.carrier_combo.carrier() == "kw-zain"
    assert form.currency_combo.text() == "KWD"
    assert form.grace_hint.isVisibleTo(dialog)
    assert "Unverified" in form.grace_hint.text()
    assert form.grace_edit.placeholderText() == "30"
    assert "Asia/Kuwait" in combo_edit(form.zone_combo).placeholderText()

    # A preset with a sourced grace figure needs no warning; its currency replaces the
    # automatic one, not one the user typed.
    index = form.carrier_combo.findData("ae-etisalat")
    form.carrier_combo.setCurrentIndex(index)
    form.carrier_combo.activated.emit(index)
    assert not form.grace_hint.isVisibleTo(dialog)
    assert form.grace_edit.placeholderText() == "365"
    assert form.currency_combo.text() == "AED"
    type_into(qtbot, combo_edit(form.currency_combo), "USD")
    form.carrier_combo.set_carrier("om-omantel")
    assert form.currency_combo.text() == "USD"


def test_carriers_are_listed_by_localized_name(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(language="zh_CN")
    combo = dialog.form.carrier_combo
    text = combo.itemText(combo.findData("kw-zain"))
    assert "扎因" in text
    assert "科威特" in text


def test_a_preset_reads_as_in_the_main_table(
    make_dialog: MakeDialog, service: LineService, clock: FixedClock, chinese: str
) -> None:
    # Seen in a walk: "扎因 · 科威特" in the table, "扎因（科威特）" in the dialog editing it.
    typed = LineInput(number="+965 9666 1234", expires="2027-01-31", carrier="kw-zain")
    line = service.add(typed, clock()).line
    dialog = make_dialog(line, chinese)
    shown = dialog.form.carrier_combo.currentText()
    assert shown == LineCells(carrier_catalog(), chinese).carrier_text(line)
    assert shown == "扎因 · 科威特"


def test_resume_on_is_enabled_only_for_suspended_lines(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    form = dialog.form
    assert not form.resume_field.isEnabled()
    form.status_combo.setCurrentIndex(form.status_combo.findData("suspended"))
    assert form.resume_field.isEnabled()
    form.status_combo.setCurrentIndex(form.status_combo.findData("cancelled"))
    assert not form.resume_field.isEnabled()


def test_a_date_left_in_the_disabled_resume_field_does_not_block_saving(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, NUMBER)
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    form.status_combo.setCurrentIndex(form.status_combo.findData("suspended"))
    type_into(qtbot, form.resume_field.line_edit, "2026-02-30")  # then changed their mind
    form.status_combo.setCurrentIndex(form.status_combo.findData("active"))
    with qtbot.waitSignal(dialog.saved) as blocker:
        save(dialog)
    assert blocker.args[0].line.fields.resume_on is None
    assert count(conn, "lines") == 1


def test_unticking_every_keep_alive_activity_is_refused(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, NUMBER)
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    type_into(qtbot, form.keep_alive_edit, "90")
    for box in form.count_boxes.values():
        box.click()
    assert dialog.field_errors("keep_alive_counts") == (text_of(ErrorCode.REQUIRED),)
    save(dialog)
    assert count(conn, "lines") == 0


def test_a_number_outside_the_known_plan_is_saved_with_a_warning_under_it(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    # Metadata lags new allocations (#13): the number is kept, and the user asked to check it.
    dialog = make_dialog()
    form = dialog.form
    focus_number(qtbot, dialog)
    qtbot.keyClicks(form.number_edit, "+965 9260 1815")
    qtbot.keyClick(form.number_edit, Qt.Key.Key_Tab)
    warning = text_of(ErrorCode.NUMBER_NOT_IN_PLAN, value="+965 9260 1815")
    assert "It will be kept" in warning
    assert dialog.field_errors("number") == (warning,)

    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    with qtbot.waitSignal(dialog.saved) as saved:
        save(dialog)
    assert saved.args[0].line.fields.number == "+96592601815"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_carrier_name_shared_by_countries_follows_the_number(
    qtbot: QtBot, make_dialog: MakeDialog, conn: sqlite3.Connection
) -> None:
    dialog = make_dialog()
    form = dialog.form
    type_into(qtbot, form.number_edit, "+968 7123 4567")
    type_into(qtbot, combo_edit(form.carrier_combo), "Ooredoo")
    # Ooredoo of Oman, not of Kuwait (the first preset of that name): its zone and currency.
    assert "Asia/Muscat" in combo_edit(form.zone_combo).placeholderText()
    assert form.currency_combo.text() == "OMR"
    type_into(qtbot, form.expires_field.line_edit, "2026-03-31")
    with qtbot.waitSignal(dialog.saved) as saved:
        save(dialog)
    assert saved.args[0].line.fields.carrier == "om-ooredoo"


def test_the_balance_currency_shows_its_whole_name(
    qtbot: QtBot, make_dialog: MakeDialog, chinese: str
) -> None:
    # Beside a stretched amount the combo was five letters wide: "纳尔（KWD）".
    dialog = make_dialog(language=chinese)
    form = dialog.form
    form.carrier_combo.set_carrier("kw-zain")
    edit = combo_edit(form.currency_combo)
    assert edit.text() == "科威特第纳尔（KWD）"
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text())
