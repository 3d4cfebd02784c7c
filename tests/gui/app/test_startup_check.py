"""A damaged database at start-up (gui/app/startup_check.py): it is kept, and the daily backup
offered when there is one; without one the app says so and quits."""

from __future__ import annotations

from pathlib import Path

import pytest

from numberkeeper.core.validation import LineInput
from numberkeeper.gui.app import application
from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.store.db import connect

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_damaged_database_at_start_up_is_kept_and_the_backup_offered(
    qtbot, answers, clock, data_dir
) -> None:
    from numberkeeper.services import backups

    conn = connect(database_path(data_dir))
    services = Services.open(conn, data_dir, carrier_catalog())

    services.lines.add(
        LineInput(number="+965 5000 1234", expires="2026-12-01", label="Saved"), clock()
    )
    assert backups.daily_backup(conn, data_dir, clock()) is not None
    conn.close()
    path = database_path(data_dir)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    damaged = b"this is not a database " * 200
    path.write_bytes(damaged)
    options = application.parse_args(["--data-dir", str(data_dir)])

    answers.ask_answer = False  # "Quit"
    assert application.start(options, clock) is None
    assert len(answers.asked) == 1
    assert str(path) in answers.asked[0]
    assert path.read_bytes() == damaged

    answers.ask_answer = True  # "Restore the backup"
    session = application.start(options, clock)
    assert session is not None
    qtbot.addWidget(session.window)
    assert [line.fields.label for line in session.window.model.lines()] == ["Saved"]
    kept = answers.infos[-1][1].split("kept at ", 1)[1].split(". ", 1)[0]
    assert Path(kept).read_bytes() == damaged
    session.close()


def test_damaged_database_without_backup_says_so_and_quits(answers, clock, data_dir) -> None:
    path = database_path(data_dir)
    damaged = b"garbage" * 100
    path.write_bytes(damaged)
    assert application.start(application.parse_args(["--data-dir", str(data_dir)]), clock) is None
    assert len(answers.errors) == 1
    assert "no automatic backup" in answers.errors[0][1]
    assert path.read_bytes() == damaged
