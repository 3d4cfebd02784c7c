"""`numberkeeper-cli export|import|backup|restore|check` (#5)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from xlsx_reading import read_workbook

from numberkeeper.cli import main
from numberkeeper.paths import database_path
from numberkeeper.services.workbook import date_serial


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
            "--label",
            "主号",
        )
        == 0
    )
    assert (
        cli(
            data_dir,
            "renew",
            "1",
            "--amount",
            "10",
            "--currency",
            "KWD",
            "--new-expiry",
            "2027-02-28",
            "--channel",
            "kiosk",
            "--reference",
            "OAB1",
            "--paid-on",
            "2026-11-20",
        )
        == 0
    )
    capsys.readouterr()
    return 1


def test_export_receipts_with_filters(
    data_dir: Path, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r.csv"
    assert cli(data_dir, "export", "receipts", "--csv", str(target), "--line", "1") == 0
    assert "exported 1 receipts" in capsys.readouterr().out
    rows = list(csv.reader(target.open(encoding="utf-8-sig", newline="")))
    assert rows[1][:7] == ["2026-11-20", "主号", "+96596661234", "Zain", "KW", "renewal", "10.000"]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    plain = tmp_path / "p.csv"
    assert (
        cli(data_dir, "export", "receipts", "--csv", str(plain), "--from", "2026-11-21", "--no-bom")
        == 0
    )
    assert (
        plain.read_bytes() == b"date,line_label,number,carrier,country,kind,amount,currency,"
        b"channel,payment_method,reference,new_expiry,note,attachment\r\n"
    )


def test_export_as_a_workbook(
    data_dir: Path, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--xlsx FILE` (#18): the English headers, the number as text, the amount typed."""
    target = tmp_path / "r.xlsx"
    assert cli(data_dir, "export", "receipts", "--xlsx", str(target), "--line", "1") == 0
    assert capsys.readouterr().out == f"exported 1 receipts to {target}\n"
    receipts, totals = read_workbook(target)
    assert receipts.rows()[0][:3] == ["Date", "Line", "Number"]
    assert receipts.cells["C2"].value == "+96596661234"
    assert (receipts.cells["G2"].value, receipts.cells["G2"].number_format) == (10, "#,##0.000")
    assert totals.rows() == [["Currency", "Receipts", "Total"], ["KWD", 1, 10]]
    lines = tmp_path / "l.xlsx"
    assert cli(data_dir, "export", "lines", "--xlsx", str(lines)) == 0
    renewed_to = date_serial(date(2027, 2, 28))  # a date cell: the serial number of the day
    assert read_workbook(lines)[0].rows()[1][:3] == ["+96596661234", renewed_to, "主号"]

    with pytest.raises(SystemExit):  # one file or the other
        cli(data_dir, "export", "lines", "--xlsx", str(lines), "--csv", str(tmp_path / "l.csv"))
    assert "not allowed with argument" in capsys.readouterr().err
    assert cli(data_dir, "export", "lines", "--xlsx", "") == 2
    assert capsys.readouterr().err == "numberkeeper-cli: --xlsx: the file name is empty\n"
    missing = tmp_path / "no" / "such" / "r.xlsx"
    assert cli(data_dir, "export", "receipts", "--xlsx", str(missing)) == 2
    assert capsys.readouterr().err.startswith(f"numberkeeper-cli: --xlsx: {missing}: ")


def test_bad_input_is_one_line_naming_the_field(
    data_dir: Path, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli(
            data_dir, "export", "receipts", "--csv", str(tmp_path / "r.csv"), "--from", "2026-02-31"
        )
        == 2
    )
    err = capsys.readouterr().err
    assert err.strip() == (
        "numberkeeper-cli: --from: 2026-02-31 is not a date: February 2026 has no day 31 "
        "(it has 28 days)"
    )
    assert cli(data_dir, "export", "lines", "--csv", str(tmp_path / "no" / "such" / "l.csv")) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"numberkeeper-cli: --csv: {tmp_path / 'no' / 'such' / 'l.csv'}: ")
    assert cli(data_dir, "export", "receipts", "--csv", "") == 2
    assert capsys.readouterr().err == "numberkeeper-cli: --csv: the file name is empty\n"
    assert err.count("\n") == 1
    assert cli(data_dir, "export", "receipts", "--csv", str(tmp_path / "r.csv"), "--line", "9") == 2
    assert not (tmp_path / "r.csv").exists()


def test_import_lines_dry_run_errors_and_merge(
    data_dir: Path, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "number,carrier,expires,label\n+96899123456,Omantel,2027-01-01,ok\n"
        "+96899123457,Omantel,31/02/2026,bad\n",
        encoding="utf-8",
    )
    assert cli(data_dir, "import", "lines", "--csv", str(bad)) == 2
    err = capsys.readouterr().err
    assert "row 3, expires: 31/02/2026 is not a date (use YYYY-MM-DD)" in err
    assert "nothing was imported" in err

    good = tmp_path / "good.csv"
    good.write_text(
        "number,expires,label\n+96899123456,2027-01-01,Oman\n+96596661234,2027-05-31,\n",
        encoding="utf-8",
    )
    assert cli(data_dir, "import", "lines", "--csv", str(good), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "row 3: +96596661234 is already line 1" in out
    assert "1 new" in out
    assert "nothing written" in out
    assert cli(data_dir, "import", "lines", "--csv", str(good), "--duplicates", "merge") == 0
    assert "1 added, 1 merged, 0 skipped" in capsys.readouterr().out
    assert cli(data_dir, "show", "1") == 0
    assert "expires_on: 2027-05-31" in capsys.readouterr().out


def test_export_lines_and_calendar(
    data_dir: Path, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "export", "lines", "--csv", str(tmp_path / "l.csv")) == 0
    assert cli(data_dir, "export", "calendar", "--ics", str(tmp_path / "c.ics")) == 0
    assert "exported 2 events" in capsys.readouterr().out
    assert b"UID:line-1-expiry@numberkeeper" in (tmp_path / "c.ics").read_bytes()


def test_backup_check_restore(
    data_dir: Path, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "backup") == 0
    assert "backups/numberkeeper-" in capsys.readouterr().out
    archive = tmp_path / "b.zip"
    assert cli(data_dir, "backup", "--to", str(archive)) == 0
    assert cli(data_dir, "check") == 0
    assert ": ok" in capsys.readouterr().out
    assert cli(data_dir, "archive", "1") == 0
    assert cli(data_dir, "restore", str(archive)) == 0
    out = capsys.readouterr().out
    assert "restored 1 lines, 1 receipts and 0 attachments" in out
    assert "before-restore-" in out
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"nope")
    assert cli(data_dir, "restore", str(not_zip)) == 2
    assert "archive:" in capsys.readouterr().err

    # A damaged database: `check` reports it, offers the backup, and leaves the file alone.
    path = database_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[0:16] = b"not a database!!"
    path.write_bytes(bytes(raw))
    assert cli(data_dir, "check") == 1
    err = capsys.readouterr().err
    assert "database:" in err
    assert "latest good backup:" in err
    assert path.read_bytes() == bytes(raw)


def test_check_before_any_database_and_on_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh"
    assert cli(fresh, "check") == 0
    assert "no database yet" in capsys.readouterr().out  # not "ok": nothing was checked
    assert not fresh.exists()  # and nothing was made
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    assert cli(not_a_folder, "check") == 1
    assert cli(not_a_folder, "restore", str(tmp_path / "b.zip")) == 1
    assert capsys.readouterr().err.count("is a file, not a folder for the data.") == 2
    assert not_a_folder.read_text() == "mine"
