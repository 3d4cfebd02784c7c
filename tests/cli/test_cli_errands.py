"""The errand commands: renew, suspend, resume, cancel, log-activity, receipts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from numberkeeper.cli import main
from numberkeeper.paths import database_path


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> int:
    assert (
        cli(
            data_dir,
            "add-line",
            "--number",
            "+96596661234",
            "--carrier",
            "kw-zain",
            "--expires",
            "2027-01-31",
        )
        == 0
    )
    capsys.readouterr()
    return 1


def receipts_json(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert cli(data_dir, "receipts", "--json", *args) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_renew_twice_from_the_31st(
    data_dir: Path, line: int, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(b"%PDF-1.4 receipt")
    assert (
        cli(
            data_dir,
            "renew",
            "1",
            "--amount",
            "10",
            "--currency",
            "KWD",
            "--extend",
            "1m",
            "--channel",
            "kiosk",
            "--reference",
            "OAB99",
            "--attach",
            str(slip),
            "--dry-run",
        )
        == 0
    )
    assert "would expire on 2027-02-28" in capsys.readouterr().out
    assert receipts_json(data_dir, capsys) == []
    for expected in ("2027-02-28", "2027-03-31"):
        assert (
            cli(
                data_dir,
                "renew",
                "1",
                "--amount",
                "10",
                "--currency",
                "KWD",
                "--extend",
                "1m",
                "--channel",
                "kiosk",
                "--reference",
                "OAB99",
                "--attach",
                str(slip),
            )
            == 0
        )
        assert f"expires {expected}" in capsys.readouterr().out
    rows = receipts_json(data_dir, capsys, "--line", "1")
    assert [r["amount"] for r in rows] == ["10.000", "10.000"]
    assert rows[0]["attachment"] == "slip.pdf"
    assert rows[0]["reference"] == "OAB99"


def test_renew_bad_amount_is_exit_2(
    data_dir: Path, line: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli(
            data_dir,
            "renew",
            "1",
            "--amount",
            "10.0005",
            "--currency",
            "KWD",
            "--extend",
            "1m",
            "--channel",
            "online",
        )
        == 2
    )
    assert "--amount: 10.0005 has more decimals than KWD allows (3)" in capsys.readouterr().err
    conn = sqlite3.connect(database_path(data_dir))
    assert conn.execute("SELECT count(*) FROM receipts").fetchone()[0] == 0
    conn.close()


def test_suspend_resume_cancel(
    data_dir: Path, line: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli(data_dir, "suspend", "1", "--until", "2027-06-01", "--fee", "1", "--currency", "KWD")
        == 0
    )
    assert "until 2027-06-01" in capsys.readouterr().out
    assert [r["kind"] for r in receipts_json(data_dir, capsys)] == ["suspension_fee"]
    assert cli(data_dir, "resume", "1") == 0
    assert cli(data_dir, "resume", "1") == 2
    assert "not suspended" in capsys.readouterr().err
    assert cli(data_dir, "cancel", "1", "--confirm", "9999") == 2
    assert "--confirm: 9999 does not match" in capsys.readouterr().err
    assert cli(data_dir, "cancel", "1", "--confirm", "1234", "--unbound", "WhatsApp") == 0
    capsys.readouterr()
    assert cli(data_dir, "show", "1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "cancelled"
    assert [h["kind"] for h in shown["history"]] == ["created", "suspended", "resumed", "cancelled"]


def test_log_activity(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli(
            data_dir,
            "add-line",
            "--number",
            "+96892123456",
            "--expires",
            "2027-06-01",
            "--keep-alive-days",
            "90",
        )
        == 0
    )
    assert cli(data_dir, "log-activity", "1", "--kind", "sms", "--date", "2026-11-01") == 0
    assert "next keep-alive due 2027-01-30" in capsys.readouterr().out
    assert cli(data_dir, "log-activity", "1", "--kind", "fax") == 2
    assert "--kind: fax is not one of" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--line", "99"], "id: there is no line 99"), (["--currency", "XYZ"], "--currency: XYZ is")],
)
def test_receipts_for_what_does_not_exist_is_refused_not_empty(
    data_dir: Path, line: int, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli(data_dir, "receipts", *args) == 2
    assert message in capsys.readouterr().err
    assert receipts_json(data_dir, capsys, "--currency", "kwd") == []  # known, in any case
