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
from numberkeeper.store.migrations import APPLICATION_ID

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
        (["--number", "+965 12", "--expires", "2026-12-01"], "--number: +965 12 is not a valid"),
        (
            ["--number", "+96596661234", "--expires", "2026-02-31"],
            "--expires: 2026-02-31 is not a date",
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
            "--balance: 10.0005 has more decimals than KWD allows (3)",
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
            "--balance: -1 is negative",
        ),
        (
            ["--number", "+96596661234", "--expires", "2026-12-01", "--tz", "Mars/Base"],
            "--tz: Mars/Base is not a known time zone",
        ),
        # Dates Python holds but a line's deadlines (expiry + grace) could not be counted to.
        (
            ["--number", "+96596661234", "--expires", "9999-12-31"],
            "--expires: 9999-12-31 is outside the dates kept (1900-01-01 to 2199-12-31)",
        ),
        (
            ["--number", "+96596661234", "--expires", "0001-01-01"],
            "--expires: 0001-01-01 is outside",
        ),
        (
            ["--number", "+96596661234", "--expires", "20261231"],
            "--expires: 20261231 is not a date",
        ),
        (["--number", "+96596661234", "--expires", "2026-W52-7"], "is not a date"),
        # A value whose companion is missing is still checked, never dropped silently.
        (
            [
                "--number",
                "+96596661234",
                "--expires",
                "2026-12-01",
                "--balance-checked-on",
                "2026-02-30",
            ],
            "--balance-checked-on: 2026-02-30 is not a date",
        ),
        (
            ["--number", "+96596661234", "--expires", "2026-12-01", "--resume-on", "2026-02-30"],
            "--resume-on: 2026-02-30 is not a date",
        ),
        (
            ["--number", "+96596661234", "--expires", "2026-12-01", "--currency", "XYZ"],
            "--currency: XYZ is not a known",
        ),
        (
            ["--number", "+96596661234", "--expires", "2026-12-01", "--keep-alive-counts", "foo"],
            "--keep-alive-counts: foo is not one of",
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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add-line", "--number", "+96596661234"], "add-line: the following arguments are"),
        (["show", "99999999999999999999999"], "is not an id"),
        (["show", "0"], "is not an id"),
        (["show", "1_0"], "1_0 is not an id"),
        (["lines", "--at", "9999-12-31T23:59:59-23:59"], "--at: 9999-12-31T23:59:59-23:59 is"),
        (["lines", "--at", "noon"], "--at: noon is not an ISO date-time"),
    ],
)
def test_refused_arguments_are_one_line_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli(data_dir, *args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1  # no usage block before the reason
    assert message in err


def test_an_empty_data_dir_is_refused_not_the_users_own_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", "", "add-line", "--number", "+96596661234", "--expires", "2027-01-01"])
    assert stopped.value.code == 2
    assert "--data-dir: the folder name is empty" in capsys.readouterr().err


def test_a_data_dir_that_is_a_file_is_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    assert cli(not_a_folder, "lines") == 1
    err = capsys.readouterr().err
    assert err == f"numberkeeper-cli: {not_a_folder} is a file, not a folder for the data.\n"
    assert not_a_folder.read_text() == "mine"


def test_failed_edit_changes_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(data_dir, "add-line", "--number", "+96596661234", "--expires", "2026-12-01")
    assert cli(data_dir, "edit", "1", "--expires", "tomorrow") == 2
    assert cli(data_dir, "edit", "7", "--label", "x") == 2
    assert "id: there is no line 7" in capsys.readouterr().err
    assert rows(data_dir) == (1, 1)


def test_newer_database_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = sqlite3.connect(database_path(data_dir))
    raw.execute("PRAGMA user_version = 99")
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer NumberKeeper's
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
