"""The secrets part of the line's dialog: masked fields, Show and Copy with timers, the keyring
off the GUI thread with a time limit, a clear sentence when it cannot be used (#6)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from keyring.backends import fail
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from numberkeeper.core.lines import Line
from numberkeeper.core.secrets import KEYRING_SERVICE
from numberkeeper.core.validation import LineInput
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.secrets.clipboard import _ClipboardClearer
from numberkeeper.gui.secrets.keyring_worker import KeyringWorker, _shared_relay
from numberkeeper.gui.secrets.panel import SecretsPanel
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.secrets import KeyringVault

PIN = "4821"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


class SlowKeyring(MemoryKeyring):
    """Answers `get_password` only once `gate` is set (or after 10 s): an unanswered prompt."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.gate.wait(10)
        return super().get_password(service, username)


def make_panel(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line, timeout_ms: int = 5_000
) -> SecretsPanel:
    panel = SecretsPanel(
        services.secrets,
        clock,
        line.id,
        worker=KeyringWorker(timeout_ms=timeout_ms),
        reveal_ms=150,
        clipboard_clear_ms=150,
    )
    panel.worker.setParent(panel)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def ready(qtbot: QtBot, panel: SecretsPanel) -> SecretsPanel:
    qtbot.waitUntil(panel.secrets_enabled)
    return panel


@contextmanager
def locked_elsewhere(conn: sqlite3.Connection, data_dir: Path) -> Iterator[None]:
    """The command line holds the write lock meanwhile; our writes fail at once (not in 5 s)."""
    conn.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(data_dir / "numberkeeper.sqlite3")
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.rollback()
        other.close()


def masked(edit: QLineEdit) -> bool:
    return edit.echoMode() == QLineEdit.EchoMode.Password


def test_saving_a_pin_stores_it_in_the_keyring_and_leaves_the_field_masked(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line, backend: MemoryKeyring
) -> None:
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    row = panel.rows["pin"]
    assert masked(row.edit)
    assert not row.save_button.isEnabled()
    qtbot.keyClicks(row.edit, PIN)
    assert masked(row.edit)
    with qtbot.waitSignal(panel.settled):
        row.save_button.click()
    assert backend.store[(KEYRING_SERVICE, f"line-{line.id}/pin")] == PIN
    assert [e.ref.label for e in services.secrets.list(line.id)] == ["pin"]
    assert masked(row.edit)
    assert row.edit.text() == ""  # the value is not kept once stored
    assert row.stored
    assert "Stored" in row.edit.placeholderText()
    assert "saved" in panel.status_label.text()


def test_a_pin_that_cannot_be_recorded_is_taken_out_of_the_keyring_again(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    line: Line,
    backend: MemoryKeyring,
    conn: sqlite3.Connection,
    data_dir: Path,
) -> None:
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    row = panel.rows["pin"]
    qtbot.keyClicks(row.edit, PIN)
    with locked_elsewhere(conn, data_dir), qtbot.waitSignal(panel.settled):
        row.save_button.click()
    assert "Another program is writing" in panel.status_label.text()
    qtbot.waitUntil(lambda: backend.store == {})  # no secret the app does not know of
    assert services.secrets.list(line.id) == []
    assert not row.stored
    assert row.edit.text() == PIN  # still there for a retry


def test_a_replaced_pin_that_cannot_be_recorded_keeps_the_new_value(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    line: Line,
    backend: MemoryKeyring,
    conn: sqlite3.Connection,
    data_dir: Path,
) -> None:
    services.secrets.set(line.id, "pin", "1111", clock())
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    row = panel.rows["pin"]
    assert row.stored
    qtbot.keyClicks(row.edit, PIN)
    with locked_elsewhere(conn, data_dir), qtbot.waitSignal(panel.settled):
        row.save_button.click()
    assert "history entry was not written" in panel.status_label.text()
    qtbot.wait(100)  # nothing is taken back out of the keyring
    assert backend.store == {(KEYRING_SERVICE, f"line-{line.id}/pin"): PIN}
    assert [e.ref.label for e in services.secrets.list(line.id)] == ["pin"]
    assert row.stored


def test_show_reads_the_value_then_masks_and_drops_it(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line
) -> None:
    services.secrets.set(line.id, "puk", "12345678", clock())
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    row = panel.rows["puk"]
    assert row.stored
    assert row.edit.text() == ""  # nothing is read until asked
    with qtbot.waitSignal(panel.settled):
        row.show_button.click()
    assert row.edit.text() == "12345678"
    assert not masked(row.edit)
    qtbot.waitUntil(lambda: masked(row.edit))
    assert row.edit.text() == ""


def test_copy_clears_the_clipboard_later_if_it_still_holds_the_secret(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line
) -> None:
    services.secrets.set(line.id, "pin", PIN, clock())
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    with qtbot.waitSignal(panel.settled):
        panel.rows["pin"].copy_button.click()
    assert clipboard.text() == PIN
    assert panel.rows["pin"].edit.text() == ""  # copied, never shown
    qtbot.waitUntil(lambda: clipboard.text() == "")


def test_copy_leaves_alone_what_the_user_copied_meanwhile(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line
) -> None:
    services.secrets.set(line.id, "pin", PIN, clock())
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(panel.settled):
        panel.rows["pin"].copy_button.click()
    assert clipboard.text() == PIN
    [clearer] = QCoreApplication.instance().findChildren(_ClipboardClearer)
    clipboard.setText("the user's own text")
    with qtbot.waitSignal(clearer.destroyed, timeout=2_000):  # its time came and went
        pass
    assert clipboard.text() == "the user's own text"


def test_no_keyring_disables_the_secrets_and_says_what_to_install(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, clock: FixedClock
) -> None:
    services = Services.open(conn, data_dir, carrier_catalog(), KeyringVault(fail.Keyring()))
    line = services.lines.add(LineInput(number="+96596661234", expires="2027-01-01"), clock()).line
    panel = make_panel(qtbot, services, clock, line)
    qtbot.waitUntil(lambda: bool(panel.problem_text()))
    assert panel.problem_text() == (
        "No keyring service is available. Install and start a Secret Service such as "
        "GNOME Keyring or KWallet (Linux), then reopen this window."
    )
    assert not panel.secrets_enabled()
    assert not panel.rows["pin"].edit.isEnabled()
    assert panel.portal_user_edit.isEnabled()


def test_a_locked_keyring_disables_the_secrets_and_says_to_unlock_it(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line, backend: MemoryKeyring
) -> None:
    services.secrets.set(line.id, "pin", PIN, clock())
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    backend.locked = True
    with qtbot.waitSignal(panel.settled):
        panel.rows["pin"].show_button.click()
    assert panel.problem_text() == (
        "The keyring is locked. Unlock it (your login password) and try again."
    )
    assert not panel.secrets_enabled()
    assert panel.rows["pin"].edit.text() == ""
    # Unlocked, "Try again" brings the fields back.
    backend.locked = False
    panel.retry_button.click()
    qtbot.waitUntil(panel.secrets_enabled)
    assert panel.problem_text() == ""


def test_a_keyring_that_does_not_answer_times_out_without_freezing_the_window(
    qtbot: QtBot, conn: sqlite3.Connection, data_dir: Path, clock: FixedClock
) -> None:
    slow = SlowKeyring()
    services = Services.open(conn, data_dir, carrier_catalog(), KeyringVault(slow))
    line = services.lines.add(LineInput(number="+96596661234", expires="2027-01-01"), clock()).line
    services.secrets.set(line.id, "pin", PIN, clock())
    panel = ready(qtbot, make_panel(qtbot, services, clock, line, timeout_ms=200))
    row = panel.rows["pin"]
    try:
        started = time.monotonic()
        row.show_button.click()
        assert time.monotonic() - started < 0.1  # the click returned: the call runs elsewhere
        assert not row.show_button.isEnabled()  # busy meanwhile
        # The event loop keeps running: the portal user field takes typing while we wait.
        qtbot.keyClicks(panel.portal_user_edit, "ahmad")
        assert panel.portal_user() == "ahmad"
        with qtbot.waitSignal(panel.settled, timeout=2_000):
            pass
        assert "did not answer within 0.2 seconds" in panel.problem_text()
        assert row.show_button.isEnabled()  # the user may try again
        assert panel.secrets_enabled()
    finally:
        # Let the worker thread finish: its late answer is ignored.
        with qtbot.waitSignal(_shared_relay().done, timeout=5_000):
            slow.gate.set()
    assert row.edit.text() == ""
    assert masked(row.edit)


def test_named_secrets_can_be_added_saved_and_deleted(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    line: Line,
    backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    qtbot.keyClicks(panel.other_name_edit, "Bank app")
    panel.add_other_button.click()
    row = panel.rows["other:Bank app"]
    qtbot.keyClicks(row.edit, "s3cret")
    with qtbot.waitSignal(panel.settled):
        row.save_button.click()
    assert backend.store[(KEYRING_SERVICE, f"line-{line.id}/other:Bank app")] == "s3cret"

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)
    with qtbot.waitSignal(panel.settled):
        row.delete_button.click()
    assert asked
    assert "other:Bank app" not in panel.rows
    assert backend.store == {}
    assert services.secrets.list(line.id) == []


def test_a_secret_name_too_long_is_refused_whole_not_cut(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line
) -> None:
    panel = ready(qtbot, make_panel(qtbot, services, clock, line))
    name = "Bank app PIN for the salary account, the old branch's " * 2  # over 60 characters
    panel.other_name_edit.insert(name)
    assert panel.other_name_edit.text() == name  # nothing cut
    panel.add_other_button.click()
    assert "longer than 60 characters" in panel.status_label.text()
    assert not [label for label in panel.rows if label.startswith("other:")]


def test_a_new_line_shows_only_the_portal_user_and_a_hint(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    panel = SecretsPanel(services.secrets, clock, None)
    qtbot.addWidget(panel)
    assert panel.rows == {}
    assert panel.hint.text() == "Save the line first to add its secrets."
    assert not panel.fields.isVisibleTo(panel)
