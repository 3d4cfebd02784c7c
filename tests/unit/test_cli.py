"""numberkeeper-cli: the same services, one-line errors naming the field, exit code 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from numberkeeper.cli import main
from numberkeeper.paths import DATA_DIR_ENV, database_path

AT = "2026-11-22T12:00:00+00:00"


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def rows(data_dir: Path) -> tuple[int, int]:
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return (
            conn.execute("SELECT count(*) FROM lines").fetchone()[0],
            conn.execute("SELECT count(*) FROM events").fetchone()[0],
        )
    finally:
        conn.close()


def test_add_list_show_edit(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli(
            data_dir,
            "add-line",
            "--number",
            "+965 9666 1234",
            "--carrier",
            "kw-zain",
            "--expires",
            "2026-11-25",
            "--label",
            "Bank OTP",
            "--balance",
            "1.5",
            "--currency",
            "KWD",
            "--accounts",
            "WhatsApp,NBK",
        )
        == 0
    )
    assert "added line 1" in capsys.readouterr().out
    assert cli(data_dir, "lines", "--json", "--at", AT) == 0
    [line] = json.loads(capsys.readouterr().out)
    assert line["number"] == "+96596661234"
    assert line["balance"] == "1.500"
    assert line["currency"] == "KWD"
    assert line["phase"] == "expiring"
    assert line["countdown"] == "3 d 8 h"
    assert line["linked_accounts"] == ["WhatsApp", "NBK"]
    assert cli(data_dir, "lines", "--at", AT) == 0
    table = capsys.readouterr().out
    assert "+965 9666 1234" in table
    assert "Zain" in table
    assert cli(data_dir, "edit", "1", "--label", "Salary") == 0
    capsys.readouterr()
    assert cli(data_dir, "show", "1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["label"] == "Salary"
    assert shown["balance"] == "1.500"
    assert [h["kind"] for h in shown["history"]] == ["created", "edited"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--number", "+965 12", "--expires", "2026-12-01"], "number: +965 12 is not a valid"),
        (
            ["--number", "+96596661234", "--expires", "2026-02-31"],
            "expires: 2026-02-31 is not a date",
        ),
        (
            [
                "--number",
                "+96596661234",
                "--expires",
                "2026-12-01",
                "--balance",
                "10.0005",
                "--currency",
                "KWD",
            ],
            "balance_amount: 10.0005 has more decimals than KWD allows (3)",
        ),
        (
            [
                "--number",
                "+96596661234",
                "--expires",
                "2026-12-01",
                "--balance",
                "-1",
                "--currency",
                "KWD",
            ],
            "balance_amount: -1 is negative",
        ),
        (
            ["--number", "+96596661234", "--expires", "2026-12-01", "--tz", "Mars/Base"],
            "time_zone: Mars/Base is not a known time zone",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert cli(data_dir, "add-line", *args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert rows(data_dir) == (0, 0)


def test_failed_edit_changes_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(data_dir, "add-line", "--number", "+96596661234", "--expires", "2026-12-01")
    assert cli(data_dir, "edit", "1", "--expires", "tomorrow") == 2
    assert cli(data_dir, "edit", "7", "--label", "x") == 2
    assert "id: there is no line 7" in capsys.readouterr().err
    assert rows(data_dir) == (1, 1)


def test_newer_database_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = sqlite3.connect(database_path(data_dir))
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    assert cli(data_dir, "lines") == 1
    assert "newer version of NumberKeeper" in capsys.readouterr().err


def test_installed_command_and_environment_override(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    env = {DATA_DIR_ENV: str(folder), "PATH": ""}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "numberkeeper.cli",
            "add-line",
            "--number",
            "+968 9212 3456",
            "--expires",
            "2027-01-31",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert database_path(folder).is_file()
