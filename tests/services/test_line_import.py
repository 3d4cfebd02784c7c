"""Importing lines from a CSV (#5): preview, errors by row and column, duplicates, all or
nothing, and a round trip through the lines export."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from export_support import add_line, open_services

from numberkeeper.core.errors import ErrorCode, ImportRefusedError, StorageError, ValidationError
from numberkeeper.services.container import Services
from numberkeeper.services.exports import export_lines_csv
from numberkeeper.services.line_import import (
    CellError,
    DuplicatePolicy,
    ImportResult,
    import_lines,
    preview_lines_csv,
)


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def write(tmp_path: Path, text: str, name: str = "lines.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def count_lines(services: Services) -> int:
    return len(services.lines.list_lines(include_archived=True))


@pytest.mark.parametrize("bom", [True, False])
def test_a_hand_kept_sheet_imports(
    services: Services, now: datetime, tmp_path: Path, bom: bool
) -> None:
    source = write(
        tmp_path,
        "Number,Carrier,Expires,Label\r\n"
        "+965 9666 1234,kw-zain,2027-01-31,科威特主号\r\n"
        '+968 9912 3456,Omantel,2026-12-15,"Oman, backup"\r\n',
        bom=bom,
    )
    preview = preview_lines_csv(services, source)
    assert preview.ok
    assert preview.missing_required == ()
    assert preview.unknown_columns == ()
    assert [r.row for r in preview.rows] == [2, 3]
    assert count_lines(services) == 0  # a preview writes nothing
    result = import_lines(services, preview, DuplicatePolicy.SKIP, now)
    assert result == ImportResult(added=2, merged=0, skipped=0)
    lines = services.lines.list_lines()
    assert [ln.fields.label for ln in lines] == ["科威特主号", "Oman, backup"]
    assert lines[1].fields.carrier == "om-omantel"
    assert lines[1].fields.time_zone == "Asia/Muscat"
    assert services.lines.history(lines[0].id)[0].kind == "created"


def test_errors_name_row_and_column(services: Services, tmp_path: Path) -> None:
    rows = [
        "number;expires_on;label;grace_days;colour",
        "+96596661234;2027-01-31;ok;;red",
        "",  # a blank row still counts as a spreadsheet row
        "+96596661235;31/02/2026;bad date;;",
        "not a number;2027-01-31;;ten;",
    ]
    preview = preview_lines_csv(services, write(tmp_path, "\n".join(rows) + "\n"))
    assert preview.unknown_columns == ("colour",)
    assert not preview.ok
    errors = preview.errors
    assert CellError(4, "expires_on", "31/02/2026 is not a date (use YYYY-MM-DD)") in errors
    assert str(errors[0]) == "row 4, expires_on: 31/02/2026 is not a date (use YYYY-MM-DD)"
    assert {(e.row, e.column) for e in errors} == {
        (4, "expires_on"),
        (5, "number"),
        (5, "grace_days"),
    }
    assert preview.rows[0].errors == ()
    assert preview.rows[0].fields is not None


def test_missing_required_columns(services: Services, now: datetime, tmp_path: Path) -> None:
    preview = preview_lines_csv(services, write(tmp_path, "label,carrier\nHome,kw-zain\n"))
    assert preview.missing_required == ("number", "expires")
    assert "the number column is required" in preview.problems()
    with pytest.raises(ImportRefusedError):
        import_lines(services, preview, DuplicatePolicy.SKIP, now)


def test_nothing_is_written_when_any_row_is_wrong(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    source = write(tmp_path, "number,expires\n+96596661234,2027-01-31\n+96596661235,soon\n")
    preview = preview_lines_csv(services, source)
    with pytest.raises(ImportRefusedError, match="row 3, expires: soon is not a date"):
        import_lines(services, preview, DuplicatePolicy.SKIP, now)
    assert count_lines(services) == 0


def test_import_is_one_transaction(
    services: Services, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path, "number,expires\n+96596661234,2027-01-31\n+96596661235,2027-02-01\n")
    preview = preview_lines_csv(services, source)
    import numberkeeper.services.line_import as line_import

    def failing_events(*args: object, **kwargs: object) -> None:
        # The lines are in by now: the events of the same transaction fail.
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(line_import.event_store, "add_many", failing_events)
    with pytest.raises(StorageError, match="disk I/O error"):
        import_lines(services, preview, DuplicatePolicy.SKIP, now)
    assert count_lines(services) == 0


def test_duplicates_skip_or_merge_never_double(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    existing = add_line(services, now, label="Zain main", notes="keep me")
    source = write(
        tmp_path,
        "number,expires,label,notes\n"
        "+965 9666 1234,2027-06-30,,\n"  # same number, written differently
        "+96596661299,2027-01-31,new,\n",
    )
    preview = preview_lines_csv(services, source)
    assert preview.ok
    assert [r.duplicate_of for r in preview.rows] == [existing, None]

    skipped = import_lines(services, preview, DuplicatePolicy.SKIP, now)
    assert skipped == ImportResult(added=1, merged=0, skipped=1)
    assert services.lines.get(existing).fields.expires_on == date(2027, 1, 31)
    assert count_lines(services) == 2

    # Importing the same file again with merge: the existing line takes the non-empty cells.
    again = preview_lines_csv(services, source)
    merged = import_lines(services, again, DuplicatePolicy.MERGE, now)
    assert merged == ImportResult(added=0, merged=2, skipped=0)
    line = services.lines.get(existing)
    assert line.fields.expires_on == date(2027, 6, 30)
    assert line.fields.label == "Zain main"  # empty cell: kept
    assert line.fields.notes == "keep me"
    assert count_lines(services) == 2
    assert services.lines.history(existing)[-1].kind == "edited"


def test_each_imported_line_gets_its_own_created_event(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    """The rows are written together (#15: briefly under the lock); each event still names
    its own line, after lines that were added and purged before."""
    for number in ("+96596661201", "+96596661202"):
        add_line(services, now, number=number)
    services.status.purge(2)
    source = write(tmp_path, "number,expires\n+96596661203,2027-01-31\n+96596661204,2027-02-28\n")
    assert import_lines(services, preview_lines_csv(services, source), DuplicatePolicy.SKIP, now)
    for line in services.lines.list_lines()[1:]:
        [created] = services.lines.history(line.id)
        assert created.kind == "created"
        assert created.details["number"] == line.fields.number
        assert created.details["imported_from_row"] in (2, 3)


def test_duplicates_inside_the_file_are_flagged(services: Services, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        'number,expires,notes\n+96596661234,2027-01-31,"two\nlines"\n+965 96661234,2027-02-01,\n',
    )
    preview = preview_lines_csv(services, source)
    # The multi-line cell is one spreadsheet row: the duplicate is on row 3.
    assert preview.errors == (
        CellError(3, "number", "+96596661234 is already on row 2 of this file"),
    )


def test_export_then_import_gives_the_same_lines(
    services: Services, now: datetime, tmp_path: Path, conn: sqlite3.Connection
) -> None:
    add_line(
        services,
        now,
        label="=SUM(A1)",
        notes="-note\nsecond line, with comma",
        linked_accounts="WhatsApp\n银行",
        balance_amount="1.250",
        balance_currency="KWD",
        keep_alive_days="90",
        keep_alive_counts="sms,top_up",
        plan="'quoted plan",
    )
    add_line(
        services,
        now,
        number="+96899123456",
        carrier="om-omantel",
        status="suspended",
        resume_on="2027-03-01",
    )
    target = tmp_path / "lines.csv"
    assert export_lines_csv(services, target) == 2
    before = [ln.fields for ln in services.lines.list_lines()]

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    from numberkeeper.store.db import connect

    other_conn = connect(other_dir / "db.sqlite3")
    try:
        other = open_services(other_conn, other_dir)
        preview = preview_lines_csv(other, target)
        assert preview.ok, preview.problems()
        import_lines(other, preview, DuplicatePolicy.SKIP, now)
        assert [ln.fields for ln in other.lines.list_lines()] == before
    finally:
        other_conn.close()


def test_unreadable_file_names_the_field(services: Services, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("number,expires,label\n+96596661234,2027-01-31,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(ValidationError) as info:
        preview_lines_csv(services, latin1)
    assert info.value.errors[0].field == "csv"
    assert info.value.errors[0].code is ErrorCode.FILE_NOT_UTF8  # worded by each face
    assert "UTF-8" in info.value.errors[0].message
    with pytest.raises(ValidationError):
        preview_lines_csv(services, tmp_path / "missing.csv")


def test_a_cell_longer_than_the_csv_modules_limit_is_named_on_its_row(
    services: Services, tmp_path: Path
) -> None:
    # 200,000 characters: over the csv module's default field limit (128 KiB).
    source = write(tmp_path, "number,expires,notes\n+96596661234,2027-01-31," + "x" * 200_000)
    preview = preview_lines_csv(services, source)
    assert [(e.row, e.column) for e in preview.errors] == [(2, "notes")]
    assert "longer than 10000 characters" in preview.errors[0].message
