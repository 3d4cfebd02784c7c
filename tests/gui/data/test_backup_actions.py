"""File ▸ Back up now and Restore from backup, and the daily backup (gui/data/backup_actions.py),
from the main window with real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from data_window_support import services_fixture, window_fixture  # noqa: F401 (the fixtures)
from gui_prompts import finish

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.app import application

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_back_up_now_then_restore_round_trip(
    qtbot, window, answers, make_line, tmp_path, data_dir
) -> None:
    before = make_line("2026-12-01", label="Before")
    scan = tmp_path / "kiosk receipt.pdf"
    scan.write_bytes(b"%PDF-1.4 receipt OAB123")
    fields = ReceiptFields(before.id, date(2026, 11, 21), ReceiptKind.VOUCHER, Money(3000, "KWD"))
    window.services.receipts.add(fields, window.clock(), attach=scan)
    window.reload()
    archive = tmp_path / "backup.zip"
    answers.save_as = (archive, 0)
    finish(qtbot, window.data_actions.backups.back_up_now())
    assert archive.is_file()
    assert answers.errors == []
    assert str(archive) in answers.infos[-1][1]

    make_line("2026-12-05", label="After")
    window.reload()
    assert window.model.rowCount() == 2
    old_conn = window.service.conn
    restored: list[object] = []
    window.data_actions.backups.restored.connect(restored.append)

    answers.open_path = archive
    finish(qtbot, window.data_actions.backups.restore())

    assert "Lines: 1; receipts: 1; attachments: 1" in answers.confirms[-1]
    assert [line.fields.label for line in window.model.lines()] == ["Before"]
    assert window.service.conn is not old_conn
    assert len(restored) == 1
    # Every service (reminders, receipts, …) now reads the restored database.
    assert window.services.reminders.conn is window.service.conn
    assert window.services.receipts.conn is window.service.conn
    text = answers.infos[-1][1]
    assert str(archive) in text
    safety = text.rsplit("kept in ", 1)[1].rstrip(".")
    assert Path(safety).exists()
    # The reopened database works.
    assert window.service.list_lines()[0].fields.label == "Before"
    (receipt,) = window.services.receipts.list()
    stored = window.services.receipts.attachment_path(receipt)
    assert stored is not None
    assert stored.read_bytes() == scan.read_bytes()
    window.service.conn.close()


def test_restore_refuses_a_damaged_archive(qtbot, window, answers, make_line, tmp_path) -> None:
    make_line("2026-12-01", label="Kept")
    window.reload()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK not really a zip")
    answers.open_path = bad
    finish(qtbot, window.data_actions.backups.restore())
    assert "nothing was changed" in answers.errors[-1][1]
    assert answers.confirms == []
    assert window.model.rowCount() == 1
    assert window.service.list_lines()[0].fields.label == "Kept"


def test_daily_backup_at_start_up_then_closed_cleanly(qtbot, answers, clock, data_dir) -> None:
    session = application.start(application.parse_args(["--data-dir", str(data_dir)]), clock)
    assert session is not None
    qtbot.addWidget(session.window)
    daily = session.window.data_actions.backups.daily
    with qtbot.waitSignal(daily.finished, timeout=20_000):
        session.window.data_actions.backups.start_daily_backups()
    made = sorted((data_dir / "backups").glob("numberkeeper-*.sqlite3"))
    assert [p.name for p in made] == [f"numberkeeper-{clock().astimezone().date()}.sqlite3"]
    assert daily.timer.isActive()
    session.close()
    assert not daily.timer.isActive()
