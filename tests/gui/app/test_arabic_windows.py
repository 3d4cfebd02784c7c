"""Every window, dialog and wizard in Arabic: laid out right to left, with each phone number,
date and amount it writes kept left to right (#18).

A text is checked for what the Unicode bidirectional algorithm would turn around: a "+" before
digits, or groups of digits separated by spaces, outside an isolate (gui/common/bidi.py). The
windows are those a user meets: the main window, a line, the receipts and a receipt, the
renew, suspend, resume and cancel wizards page by page, the keep-alive log, the import
preview, the calendar and push dialogs, the tray menu, the banner and a notification.
"""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from gui_prompts import Prompts
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QListView,
    QWidget,
    QWizard,
)

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.common.bidi import FSI, LRI, PDI
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
RTL = Qt.LayoutDirection.RightToLeft
NUMBER = "+965 9000 1234"
LOOSE = re.compile(r"\+\s*\d|\d[ \u00a0]+\d")


def outside_isolates(text: str) -> str:
    """`text` without what its isolates hold (they may nest)."""
    kept, depth = [], 0
    for ch in text:
        if ch in (LRI, FSI, "\u2067"):
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        elif depth == 0:
            kept.append(ch)
    return "".join(kept)


def loose_numbers(text: str) -> list[str]:
    """What of `text` the bidirectional algorithm would reorder in right-to-left text."""
    return LOOSE.findall(outside_isolates(text))


ARABIC_INDIC_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def test_the_check_finds_a_bare_number() -> None:
    assert loose_numbers(f"ينتهي {NUMBER}") == ["+9", "5 9", "0 1"]
    assert loose_numbers(f"ينتهي {LRI}{NUMBER}{PDI} {FSI}3 d {LRI}4 5{PDI}{PDI}") == []


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a widget and its children show: titles, labels, buttons, items, cells."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += shown_texts_of(child)
    return [t for t in texts if t]


def shown_texts_of(child: QWidget) -> list[str]:
    """The texts one widget shows itself (not its children's)."""
    texts = [child.toolTip()]
    if isinstance(child, QLabel | QAbstractButton):
        texts.append(child.text())
    elif isinstance(child, QGroupBox):
        texts.append(child.title())
    elif isinstance(child, QComboBox):
        texts += [child.itemText(i) for i in range(child.count())]
    elif isinstance(child, QAbstractItemView) and child.model() is not None:
        model = child.model()
        columns = 1 if isinstance(child, QListView) else model.columnCount(QModelIndex())
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.data(index, role) or ""))
    return [t for t in texts if t]


def check(widget: QWidget) -> list[str]:
    """Assert `widget` reads right to left with no loose number; return its texts."""
    assert widget.layoutDirection() == RTL, widget
    assert widget.isRightToLeft()
    for edit in widget.findChildren(LeftToRightEdit):  # numbers, dates, paths are typed LTR
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    texts = shown_texts(widget)
    loose = {text: found for text in texts if (found := loose_numbers(text))}
    assert loose == {}, type(widget).__name__
    # One digit system in what the app writes: Latin, as in the ISO dates, counts and amounts
    # beside them. Qt's own calendar pop-up (a date field's) keeps the locale's digits.
    calendars = widget.findChildren(QCalendarWidget)
    ours = [
        t
        for child in [widget, *widget.findChildren(QWidget)]
        if not any(c.isAncestorOf(child) or c is child for c in calendars)
        for t in shown_texts_of(child)
    ]
    assert [text for text in ours if ARABIC_INDIC_DIGIT.search(text)] == []
    return texts


@pytest.fixture
def lines(make_line, services: Services, clock) -> dict[str, int]:
    """A line without a label (the number names it), one ending in a bracket, a suspended one."""
    bare = make_line(
        "2026-11-25",
        label="",
        number=NUMBER,
        carrier="kw-zain",
        balance_amount="3.5",
        balance_currency="KWD",
        balance_checked_on="2026-11-20",
        keep_alive_days="90",
    )
    bank = make_line("2026-11-21", label="Bank (old)", number="+968 9212 3456")
    away = make_line("2027-01-10", label="Travel", status="suspended", resume_on="2027-01-01")
    fields = ReceiptFields(bare.id, bare.fields.expires_on, ReceiptKind.VOUCHER, Money(3500, "KWD"))
    services.receipts.add(fields, clock())
    return {"bare": bare.id, "bank": bank.id, "away": away.id}


@pytest.fixture
def window(qtbot, arabic, services: Services, clock, data_dir: Path, lines) -> MainWindow:
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.lines.catalog, clock, settings, arabic)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_main_window(window: MainWindow) -> None:
    texts = check(window)
    assert f"{FSI}{NUMBER}{PDI}" in texts  # the number's cell
    assert any("Bank (old)" in text for text in texts)
    assert check(window.reminder_banner) is not None


def test_a_line_and_its_messages(qtbot, window: MainWindow, lines, monkeypatch) -> None:
    from numberkeeper.gui.lines.line_dialog import LineDialog

    line = window.services.lines.get(lines["bare"])
    dialog = LineDialog(window.service, window.catalog, window.clock, "ar", line, window)
    qtbot.addWidget(dialog)
    dialog.show()
    check(dialog)
    answers = Prompts(monkeypatch)
    answers.confirm_answer = False
    assert window.select_line(lines["bare"])
    window.archive_line()
    (question,) = answers.confirms
    assert f"{LRI}{NUMBER}{PDI}" in question or f"{FSI}{NUMBER}{PDI}" in question
    assert loose_numbers(question) == []


def test_the_receipts(qtbot, window: MainWindow, lines) -> None:
    from numberkeeper.gui.receipts.receipt_dialog import ReceiptDialog
    from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow

    receipts = ReceiptsWindow(window.services, window.clock, "ar", None, window)
    qtbot.addWidget(receipts)
    receipts.show()
    texts = check(receipts)
    assert any(f"{FSI}KWD 3.500{PDI}" in text for text in texts)  # the year's total
    (receipt,) = window.services.receipts.list()
    dialog = ReceiptDialog(window.services, window.clock, "ar", receipt, parent=receipts)
    qtbot.addWidget(dialog)
    dialog.show()
    check(dialog)


@pytest.mark.parametrize(
    ("wizard_name", "line"),
    [
        ("RenewWizard", "bare"),
        ("SuspendWizard", "bank"),
        ("ResumeWizard", "away"),
        ("CancelWizard", "bare"),
    ],
)
def test_each_wizard_page_by_page(qtbot, window: MainWindow, lines, wizard_name, line) -> None:
    from numberkeeper.gui.errands import cancel_wizard, renew_wizard, resume_wizard, suspend_wizard

    modules = (renew_wizard, suspend_wizard, resume_wizard, cancel_wizard)
    wizard_class = next(getattr(m, wizard_name) for m in modules if hasattr(m, wizard_name))
    wizard = wizard_class(window.services, window.clock, "ar", lines[line], window)
    qtbot.addWidget(wizard)
    wizard.show()
    seen = set()
    while wizard.currentId() not in seen:  # as far as the pages go without typing
        seen.add(wizard.currentId())
        check(wizard)
        wizard.next()
    back = wizard.button(QWizard.WizardButton.BackButton).text()
    assert back.startswith("<")  # "< السابق": a mirrored sign, drawn ">" right to left
    assert any(NUMBER in text or "Bank (old)" in text or "Travel" in text for text in check(wizard))


def test_the_keep_alive_log(qtbot, window: MainWindow, lines) -> None:
    from numberkeeper.gui.errands.activity_dialog import ActivityDialog

    dialog = ActivityDialog(window.services, window.clock, lines["bare"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"{LRI}{NUMBER}{PDI}" in dialog.windowTitle() or any(
        f"{LRI}{NUMBER}{PDI}" in text for text in check(dialog)
    )


def test_the_import_preview(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from numberkeeper.gui.data.import_lines_dialog import ImportLinesDialog
    from numberkeeper.services.line_import import preview_lines_csv

    source = tmp_path / "lines.csv"
    source.write_text(
        "number,expires,label\n+965 5000 1234,2026-12-31,\n+968 9100 2233,31/02/2026,Old\n",
        encoding="utf-8",
    )
    preview = preview_lines_csv(window.services, source)
    dialog = ImportLinesDialog(window.services, window.clock, source, preview, window)
    qtbot.addWidget(dialog)
    dialog.show()
    check(dialog)


def test_the_calendar_and_push_dialogs(qtbot, window: MainWindow) -> None:
    from numberkeeper.gui.reminders.reach_ui import ReachUi
    from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler
    from numberkeeper.services.channel_urls import ChannelKind

    reach = ReachUi(window, ReminderScheduler(window.services.reminders, window.clock))
    try:
        check(reach.open_calendar())
        channels = reach.open_channels()
        check(channels)
        # The reminder hour reads 09:00, not the "٠٠:٠٩" (00:09) Qt writes in Arabic's locale.
        assert channels.hour_edit.text() == "09:00"
        assert channels.hour_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        channels.add_channel()
        form = channels.form
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(ChannelKind.TELEGRAM.value))
        check(form)
        assert form.edits["bot_token"].layoutDirection() == Qt.LayoutDirection.LeftToRight
        form.reject()
        channels.close()
    finally:
        reach.stop()


def test_the_tray_menu_and_a_notification(window: MainWindow, services: Services, clock) -> None:
    from numberkeeper.gui.reminders.reminder_texts import describe
    from numberkeeper.gui.reminders.tray import ReminderTray

    tray = ReminderTray(services, clock)
    try:
        tray.rebuild_menu()
        assert tray.menu.layoutDirection() == RTL
        texts = tray.action_texts()
        assert any(NUMBER in text for text in texts)
        assert [t for t in texts if loose_numbers(t)] == []
        assert loose_numbers(tray.icon.toolTip()) == []
    finally:
        tray.deleteLater()
    due = services.reminders.due(clock(), ZoneInfo("Asia/Kuwait"))
    assert due
    for reminder in due:
        text = describe(reminder, services.lines.get(reminder.line_id), clock())
        assert loose_numbers(text.summary) == []
        assert loose_numbers(text.body) == []
    assert any(
        f"{LRI}{NUMBER}{PDI}" in describe(r, services.lines.get(r.line_id), clock()).body
        for r in due
    )
