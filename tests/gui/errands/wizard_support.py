"""Helpers shared by the wizard tests: open a wizard, press its buttons, count stored rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from numberkeeper import resources
from numberkeeper.gui.errands.checklist_page import ChecklistPage
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.services.container import Services

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
SAVE = QWizard.WizardButton.CustomButton1

TABLES = ("lines", "receipts", "events")


def open_services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    """Every service over one connection, with the shipped carrier presets."""
    return Services.open(conn, data_dir, resources.carrier_catalog())


def show(qtbot: QtBot, wizard: ChecklistWizard) -> ChecklistWizard:
    """Register and open a wizard (window-modal, not blocking)."""
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def press(wizard: QWizard, which: QWizard.WizardButton) -> None:
    """Click one of the wizard's buttons; it must be enabled and shown."""
    button = wizard.button(which)
    assert button.isVisible(), f"{which} is not shown"
    assert button.isEnabled(), f"{which} is disabled"
    button.click()


def can(wizard: QWizard, which: QWizard.WizardButton) -> bool:
    """Whether a button is shown and enabled."""
    button = wizard.button(which)
    return button.isVisible() and button.isEnabled()


def step(wizard: ChecklistWizard) -> str:
    """The id of the step shown."""
    return wizard.current_step()


def page(wizard: ChecklistWizard) -> ChecklistPage:
    """The page shown."""
    current = wizard.currentPage()
    assert isinstance(current, ChecklistPage)
    return current


def type_into(qtbot: QtBot, wizard: ChecklistWizard, field: str, text: str) -> None:
    """Replace a text-like field's text as the user would (select all, type)."""
    editor: Any = wizard.editors[field]
    edit = getattr(editor, "edit", None) or editor.field.line_edit
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table the errands write to."""
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def event_kinds(conn: sqlite3.Connection) -> list[str]:
    """Every event's kind, oldest first."""
    return [row[0] for row in conn.execute("SELECT kind FROM events ORDER BY id")]
