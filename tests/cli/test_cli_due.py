"""`numberkeeper-cli due` (#4): what is due, for scripts and cron."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from numberkeeper.cli import main
from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.store.db import connect


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture(autouse=True)
def user_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reminders fall due at 09:00 of the user's day (#17): here the machine's zone is UTC."""
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def lines(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for number, expires, label in (
        ("+96596661234", "2026-12-01", "Zain"),
        ("+96892123456", "2026-11-24", ""),
        ("+96596661235", "2027-06-01", "Far away"),
    ):
        args = ["add-line", "--number", number, "--expires", expires, "--label", label]
        assert cli(data_dir, *args) == 0
    capsys.readouterr()


def due_json(data_dir: Path, capsys: pytest.CaptureFixture[str], at: str) -> list[dict]:
    assert cli(data_dir, "due", "--at", at, "--json") == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_due_json(data_dir: Path, lines: None, capsys: pytest.CaptureFixture[str]) -> None:
    rows = due_json(data_dir, capsys, "2026-11-22T12:00:00+00:00")
    assert [(r["line_id"], r["kind"], r["key"]) for r in rows] == [
        (2, "final_days", "2:final_days:2026-11-24"),
        (1, "lead", "1:lead:30:2026-12-01"),
    ]
    final = rows[0]
    assert final["deadline"] == "2026-11-24T19:59:00+00:00"  # 23:59 in Muscat
    assert final["deadline_local"] == "2026-11-24T23:59:00+04:00"
    assert final["repeats_daily"] is True
    assert final["due_at"] == "2026-11-21T09:00:00+00:00"  # 09:00, 3 days before the 24th
    assert final["occurrence"] == "2026-11-22T09:00:00+00:00"  # today's, at 09:00
    assert final["message"] == "expires in 2 d 7 h"
    assert final["countdown"] == "2 d 7 h"
    assert rows[1]["lead_days"] == 30
    assert rows[1]["label"] == "Zain"


def test_due_table_and_nothing_due(
    data_dir: Path, lines: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "due", "--at", "2026-11-25T12:00:00+00:00") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["ID", "LINE", "KIND", "DEADLINE", "WHAT"]
    # Nearest deadline first: Zain's expiry, then the Omani line's grace end.
    assert "Zain" in out[1]
    assert "lead 7 d" in out[1]
    assert "2026-12-01 23:59 +0300" in out[1]
    assert "+968 9212 3456" in out[2]
    assert "grace" in out[2]
    assert "expired — number at risk in 29 d" in out[2]
    assert cli(data_dir, "due", "--at", "2026-01-01T00:00") == 0
    assert capsys.readouterr().out == "nothing is due\n"
    assert due_json(data_dir, capsys, "2026-01-01T00:00") == []


def test_due_hides_acknowledged(
    data_dir: Path, lines: None, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = connect(database_path(data_dir))
    services = Services.open(conn, data_dir, carrier_catalog())
    services.reminders.acknowledge(
        ["1:lead:30:2026-12-01"], datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    )
    conn.close()
    rows = due_json(data_dir, capsys, "2026-11-22T12:00:00+00:00")
    assert [r["key"] for r in rows] == ["2:final_days:2026-11-24"]


def test_due_bad_time_is_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli(data_dir, "due", "--at", "yesterday")
    assert e.value.code == 2
    assert "not an ISO date-time" in capsys.readouterr().err
