"""Every window, dialog and wizard page, rendered in each translated language, shows no English
a tr() call gave back untranslated, and Traditional Chinese no Simplified (#18).

The catalogue tests (tests/test_translations.py) check the files; this checks what the widgets
end up showing: a string read in the wrong context, a text set before the translators were
installed, or one the Traditional catalogue lacks (Qt then answers from the Simplified one).
Each shown text is looked up against every English source (its placeholders filled with
anything), so "Expires {date}" is found in "Expires 2026-11-25" too. The lines' own data
(labels, notes) holds no English, so any English found came from the interface.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from catalogue_texts import (
    SIMPLIFIED_ONLY,
    english_patterns,
    left_over,
    shown_texts,
    simplified_patterns,
)
from gui_prompts import Prompts
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.channel_urls import ChannelKind
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
ENGLISH = english_patterns()
SIMPLIFIED = simplified_patterns()


def test_the_check_finds_english_filled_or_not() -> None:
    assert set(left_over(["تجديد…", "Renew…", "&Renew…"], ENGLISH)) == {"Renew…"}
    found = left_over(["1 day after validity ends, until 2026-12-01 your time"], ENGLISH)
    assert found  # an English plural form, its placeholders filled
    assert left_over(["+965 9000 1234", "eSIM", "KWD 3.500 · 2026"], ENGLISH) == {}
    # A string the Traditional catalogue lacks reads in Simplified (its fallback).
    assert set(left_over(["推送渠道", "推播管道"], SIMPLIFIED)) == {"推送渠道"}


class Seen:
    """What the walk saw: each window's English and Simplified leftovers."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.english: dict[str, dict[str, str]] = {}
        self.simplified: dict[str, dict[str, str]] = {}
        self.windows: list[str] = []

    def look(self, name: str, texts: list[str]) -> None:
        """Note what `texts` (shown by the window `name`) hold that they should not."""
        self.windows.append(name)
        if english := left_over(texts, ENGLISH):
            self.english[name] = english
        if self.language != "zh_TW":
            return
        simplified = left_over(texts, SIMPLIFIED)
        simplified |= {t: "" for t in texts if SIMPLIFIED_ONLY.intersection(t)}
        if simplified:
            self.simplified[name] = simplified

    def widget(self, name: str, widget: QWidget) -> None:
        self.look(name, shown_texts(widget))


@pytest.fixture
def window(qtbot, translated_language, make_line, services: Services, clock, data_dir: Path):
    """The main window over three lines in the language, their data free of English."""
    zain = make_line("2026-11-25", label="", number="+965 9000 1234", carrier="kw-zain",
                     balance_amount="3.5", balance_currency="KWD",
                     balance_checked_on="2026-11-20", keep_alive_days="90")  # fmt: skip
    make_line("2026-11-21", label="", number="+968 9212 3456", carrier="om-omantel")
    make_line("2027-01-10", label="", status="suspended", resume_on="2027-01-01")
    fields = ReceiptFields(zain.id, zain.fields.expires_on, ReceiptKind.VOUCHER, Money(3500, "KWD"))
    services.receipts.add(fields, clock())
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(services, services.lines.catalog, clock, settings, translated_language)
    qtbot.addWidget(main)
    main.show()
    return main


def walk_lines_and_receipts(qtbot, window: MainWindow, seen: Seen) -> None:
    from numberkeeper.gui.errands.activity_dialog import ActivityDialog
    from numberkeeper.gui.lines.line_dialog import LineDialog
    from numberkeeper.gui.receipts.receipt_dialog import ReceiptDialog
    from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow

    language = seen.language
    lines = window.service.list_lines()
    seen.widget("MainWindow", window)
    for line in [None, *lines]:
        dialog = LineDialog(window.service, window.catalog, window.clock, language, line, window)
        qtbot.addWidget(dialog)
        seen.widget(f"LineDialog {line.fields.status if line else 'new'}", dialog)
        dialog.close()
    receipts = ReceiptsWindow(window.services, window.clock, language, None, window)
    qtbot.addWidget(receipts)
    seen.widget("ReceiptsWindow", receipts)
    for receipt in [None, *window.services.receipts.list()]:
        dialog = ReceiptDialog(window.services, window.clock, language, receipt, parent=receipts)
        qtbot.addWidget(dialog)
        seen.widget("ReceiptDialog", dialog)
    activity = ActivityDialog(window.services, window.clock, lines[0].id, window)
    qtbot.addWidget(activity)
    seen.widget("ActivityDialog", activity)


def walk_wizards(qtbot, window: MainWindow, seen: Seen) -> None:
    from numberkeeper.gui.errands.cancel_wizard import CancelWizard
    from numberkeeper.gui.errands.renew_wizard import RenewWizard
    from numberkeeper.gui.errands.resume_wizard import ResumeWizard
    from numberkeeper.gui.errands.suspend_wizard import SuspendWizard

    lines = window.service.list_lines()
    active = [line for line in lines if line.fields.status != "suspended"]
    suspended = [line for line in lines if line.fields.status == "suspended"]
    errands = [(RenewWizard, active), (SuspendWizard, active), (CancelWizard, active),
               (ResumeWizard, suspended)]  # fmt: skip
    for wizard_class, for_lines in errands:
        for line in for_lines:
            wizard = wizard_class(window.services, window.clock, seen.language, line.id, window)
            qtbot.addWidget(wizard)
            wizard.show()
            pages: set[int] = set()
            while wizard.currentId() not in pages:  # as far as the pages go without typing
                pages.add(wizard.currentId())
                seen.widget(f"{wizard_class.__name__} page {wizard.currentId()}", wizard)
                wizard.next()
            wizard.reject()


def walk_reach(window: MainWindow, seen: Seen) -> None:
    from numberkeeper.gui.reminders.reach_ui import ReachUi
    from numberkeeper.gui.reminders.reminder_scheduler import ReminderScheduler

    reach = ReachUi(window, ReminderScheduler(window.services.reminders, window.clock))
    try:
        seen.widget("CalendarDialog", reach.open_calendar())
        channels = reach.open_channels()
        seen.widget("ChannelsDialog", channels)
        channels.add_channel()
        form = channels.form
        assert form is not None
        for kind in ChannelKind:
            form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind.value))
            seen.widget(f"ChannelForm {kind.value}", form)
        form.reject()
        channels.close()
    finally:
        reach.stop()


def walk_import_preview(qtbot, window: MainWindow, seen: Seen, folder: Path) -> None:
    from numberkeeper.gui.data.import_lines_dialog import ImportLinesDialog
    from numberkeeper.services.line_import import preview_lines_csv

    source = folder / "lines.csv"
    source.write_text(
        "number,expires,label\n+965 5000 1234,2026-12-31,\n+968 9100 2233,31/02/2026,\n"
        "12,2026-12-31,\n",
        encoding="utf-8",
    )
    preview = preview_lines_csv(window.services, source)
    dialog = ImportLinesDialog(window.services, window.clock, source, preview, window)
    qtbot.addWidget(dialog)
    seen.widget("ImportLinesDialog", dialog)


def walk_tray_and_notifications(window: MainWindow, seen: Seen) -> None:
    from numberkeeper.gui.reminders.reminder_texts import describe
    from numberkeeper.gui.reminders.tray import ReminderTray

    services, clock = window.services, window.clock
    tray = ReminderTray(services, clock)
    try:
        tray.rebuild_menu()
        seen.look("tray", [*tray.action_texts(), tray.icon.toolTip()])
    finally:
        tray.deleteLater()
    seen.widget("ReminderBanner", window.reminder_banner)
    due = services.reminders.due(clock(), ZoneInfo("Asia/Kuwait"))
    assert due
    for reminder in due:
        text = describe(reminder, services.lines.get(reminder.line_id), clock())
        seen.look("notification", [text.summary, text.body])


def test_no_window_shows_english_or_simplified(
    qtbot, window: MainWindow, translated_language: str, monkeypatch, tmp_path: Path
) -> None:
    seen = Seen(translated_language)
    walk_lines_and_receipts(qtbot, window, seen)
    walk_wizards(qtbot, window, seen)
    walk_reach(window, seen)
    walk_import_preview(qtbot, window, seen, tmp_path)
    walk_tray_and_notifications(window, seen)
    answers = Prompts(monkeypatch)
    answers.confirm_answer = False
    assert window.select_line(window.service.list_lines()[0].id)
    window.archive_line()
    seen.look("archive question", answers.confirms)
    assert seen.english == {}
    assert seen.simplified == {}
    assert len(seen.windows) > 30  # every page of every wizard on each line, each form, …
