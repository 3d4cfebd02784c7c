"""The line dialog tests' database, clock and dialog (fixtures), and their helpers: typing,
saving, counting rows, the sentence of an error code."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from numberkeeper import resources
from numberkeeper.core.errors import ErrorCode, FieldError
from numberkeeper.core.lines import Line
from numberkeeper.gui.common import messages
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.services.lines import LineService
from numberkeeper.store import db

NOW = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
NUMBER = "+965 5000 1234"
E164 = "+96550001234"

MakeDialog = Callable[..., LineDialog]


@pytest.fixture(name="conn")
def conn_fixture(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "data" / db.DATABASE_NAME)
    yield connection
    connection.close()


@pytest.fixture(name="service")
def service_fixture(conn: sqlite3.Connection) -> LineService:
    return LineService(conn, resources.carrier_catalog())


@pytest.fixture(name="clock")
def clock_fixture() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture(name="make_dialog")
def make_dialog_fixture(qtbot: QtBot, service: LineService, clock: FixedClock) -> MakeDialog:
    def make(line: Line | None = None, language: str = "en") -> LineDialog:
        dialog = LineDialog(service, resources.carrier_catalog(), clock, language, line)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def event_kinds(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT kind FROM events ORDER BY id")]


def text_of(code: ErrorCode, field: str = "x", **params: str) -> str:
    return messages.field_error_text(FieldError(field, code, params))


def combo_edit(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None
    return edit


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def focus_number(qtbot: QtBot, dialog: LineDialog) -> None:
    """Activate the dialog and wait until its number field has the focus (so Tab leaves it)."""
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(dialog.form.number_edit.hasFocus)


def save(dialog: LineDialog) -> None:
    dialog.save_button.click()
