"""The typed workbook exports (#18), read back from the file's XML: text stays text, amounts
are numbers in their currency's format, dates are dates, sheets split when full, and a
cancelled or failed export leaves nothing behind."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from export_support import add_line, add_receipt, open_services, peak_export_bytes
from xlsx_reading import Sheet, read_workbook
from xlsxwriter.utility import _datetime_to_excel_datetime as datetime_to_excel_datetime

from numberkeeper.core.errors import ExportCancelledError, StorageError, StorageProblem
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.services.container import Services
from numberkeeper.services.exports import RECEIPT_COLUMNS, ExportProgress
from numberkeeper.services.workbook import date_serial, display_width, sheet_name
from numberkeeper.services.workbook_exports import (
    RECEIPT_TEXTS,
    WorkbookTexts,
    export_lines_xlsx,
    export_receipts_xlsx,
)
from numberkeeper.store.exports import date_serial_sql


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def by_header(sheet: Sheet) -> list[dict[str, object]]:
    header, *rows = sheet.rows()
    return [dict(zip(header, row, strict=True)) for row in rows]  # type: ignore[arg-type]


def test_receipt_cells_keep_their_types(services: Services, now: datetime, tmp_path: Path) -> None:
    line = add_line(services, now, number="+96550001234", label="=Line 1")
    add_receipt(
        services,
        now,
        line,
        amount=10_000,
        reference="+9651234",
        note="话费充值 — خط",
        paid_on=date(2026, 5, 3),
        new_expiry=date(2026, 8, 3),  # type: ignore[arg-type]
    )
    add_receipt(services, now, line, amount=5, currency="OMR", note="<r>x</r>", reference="007")
    add_receipt(services, now, line, amount=500, currency="JPY", note="@SUM(A1)")
    add_receipt(services, now, line, amount=7, currency="CNY", note="-1", paid_on=date(2026, 1, 2))
    target = tmp_path / "receipts.xlsx"
    assert export_receipts_xlsx(services, target) == 4

    receipts, totals = read_workbook(target)
    assert (receipts.name, totals.name) == ("Receipts", "Totals")
    assert "<f>" not in receipts.xml  # nothing became a formula
    header = [receipts.cells[f"{c}1"].value for c in "ABCDEFGHIJKLMN"]
    assert header == [RECEIPT_TEXTS.headers[c] for c in RECEIPT_COLUMNS]
    rows = receipts.rows()[1:]
    # Newest first, as the window shows them; every text exactly as typed.
    assert [r[12] for r in rows] == ["@SUM(A1)", "<r>x</r>", "话费充值 — خط", "-1"]
    kwd = receipts.cells
    assert kwd["C4"].type == "s"
    assert kwd["C4"].value == "+96550001234"
    assert kwd["B4"].value == "=Line 1"
    assert kwd["B4"].type == "s"
    assert kwd["K4"].value == "+9651234"
    assert kwd["K3"].value == "007"
    assert (kwd["G4"].type, kwd["G4"].value, kwd["G4"].number_format) == ("n", 10.0, "#,##0.000")
    assert (kwd["G3"].value, kwd["G3"].number_format) == (0.005, "#,##0.000")  # OMR
    assert (kwd["G2"].value, kwd["G2"].number_format) == (500, "#,##0")  # JPY
    assert (kwd["G5"].value, kwd["G5"].number_format) == (0.07, "#,##0.00")  # CNY
    assert (kwd["A4"].value, kwd["A4"].number_format) == (
        date_serial(date(2026, 5, 3)),
        "yyyy-mm-dd",
    )
    assert kwd["L4"].value == date_serial(date(2026, 8, 3))
    assert "L2" not in kwd  # no new expiry: no cell
    assert by_header(totals) == [
        {"Currency": "CNY", "Receipts": 1, "Total": 0.07},
        {"Currency": "JPY", "Receipts": 1, "Total": 500},
        {"Currency": "KWD", "Receipts": 1, "Total": 10},
        {"Currency": "OMR", "Receipts": 1, "Total": 0.005},
    ]
    assert totals.cells["C4"].number_format == "#,##0.000"


def test_layout_headers_in_the_interface_language_frozen_fitted_rtl(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line = add_line(services, now, label="科威特主号码")
    add_receipt(services, now, line, note="x" * 300)
    chinese = WorkbookTexts(
        sheet="收据",
        totals_sheet="合计",
        headers={**RECEIPT_TEXTS.headers, "date": "日期", "line_label": "线路"},
        totals_headers=("货币", "收据", "合计"),
        language="zh",
    )
    target = tmp_path / "r.xlsx"
    export_receipts_xlsx(services, target, texts=chinese, right_to_left=True)
    receipts, totals = read_workbook(target)
    assert (receipts.name, totals.name) == ("收据", "合计")
    assert receipts.cells["A1"].value == "日期"
    assert receipts.cells["B1"].value == "线路"
    assert receipts.cells["D2"].value == "扎因"  # the carrier named in the language asked
    assert totals.cells["A1"].value == "货币"
    for sheet in (receipts, totals):
        assert sheet.right_to_left
        assert sheet.frozen_rows == 1
    widths = receipts.widths
    assert widths[1] == 13  # six CJK characters count double, plus a margin
    assert widths[0] == 11  # yyyy-mm-dd
    assert widths[6] == len("10.000") + 2  # the header "Amount" is as wide
    assert widths[12] == 61  # a long note is cut in view at 60
    assert widths[2] == len("+96596661234") + 1


def test_a_full_sheet_continues_on_the_next(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line = add_line(services, now)
    for day in range(1, 6):
        add_receipt(services, now, line, reference=str(day), paid_on=date(2026, 5, day))
    target = tmp_path / "r.xlsx"
    assert export_receipts_xlsx(services, target, rows_per_sheet=2) == 5
    sheets = read_workbook(target)
    assert [s.name for s in sheets] == ["Receipts", "Receipts (2)", "Receipts (3)", "Totals"]
    references = []
    for sheet in sheets[:3]:
        header, *rows = sheet.rows()
        assert header[0] == "Date"
        assert sheet.frozen_rows == 1
        references += [row[10] for row in rows]
    assert references == ["5", "4", "3", "2", "1"]
    assert by_header(sheets[3]) == [{"Currency": "KWD", "Receipts": 5, "Total": 50}]


def test_filter_is_the_csv_exports(services: Services, now: datetime, tmp_path: Path) -> None:
    one = add_line(services, now)
    two = add_line(services, now, number="+96899123456", carrier="om-omantel")
    for day in (3, 1, 2):
        add_receipt(services, now, one, paid_on=date(2026, 5, day), reference=f"one-{day}")
    add_receipt(services, now, two, currency="OMR", paid_on=date(2026, 5, 2), reference="two")
    flt = ReceiptFilter(line_id=one, date_from=date(2026, 5, 2))
    target = tmp_path / "r.xlsx"
    assert export_receipts_xlsx(services, target, flt) == 2
    receipts, totals = read_workbook(target)
    assert [r[10] for r in receipts.rows()[1:]] == ["one-3", "one-2"]
    assert by_header(totals) == [{"Currency": "KWD", "Receipts": 2, "Total": 20}]


def test_cancelled_or_failed_export_leaves_nothing(
    services: Services, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = add_line(services, now)
    services.lines.conn.executemany(
        "INSERT INTO receipts (line_id, paid_on, kind, amount_minor, currency, created_at) "
        "VALUES (?, '2026-01-01', 'voucher', 1, 'KWD', '2026-01-01')",
        [(line,)] * 5000,
    )
    scratch = tmp_path / "scratch"  # where XlsxWriter keeps its rows meanwhile
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "receipts.xlsx"
    target.write_text("old")
    seen: list[ExportProgress] = []

    def cancel_after_first_batch(p: ExportProgress) -> bool:
        seen.append(p)
        return p.done == 0

    with pytest.raises(ExportCancelledError):
        export_receipts_xlsx(services, target, progress=cancel_after_first_batch)
    assert seen[0] == ExportProgress(0, 5000)
    assert seen[-1].done > 0
    assert target.read_text() == "old"
    assert list(folder.iterdir()) == [target]
    assert list(scratch.iterdir()) == []

    import numberkeeper.services.workbook as workbook

    def full_disk(self: object) -> None:
        raise workbook.FileCreateError(OSError(28, "No space left on device"))

    monkeypatch.setattr(workbook.Workbook, "close", full_disk)
    with pytest.raises(StorageError) as caught:
        export_receipts_xlsx(services, target)
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert list(folder.iterdir()) == [target]
    assert list(scratch.iterdir()) == []


def test_lines_workbook(services: Services, now: datetime, tmp_path: Path) -> None:
    add_line(
        services,
        now,
        label="@home",
        notes="-2 KWD/month",
        linked_accounts="WhatsApp\n银行",
        balance_amount="1.250",
        balance_currency="KWD",
        grace_days="90",
    )
    add_line(services, now, number="+96899123456", carrier="om-omantel", expires="2027-03-01")
    add_line(
        services,
        now,
        number="+96599887766",
        carrier="kw-stc",
        balance_amount="2",
        balance_currency="KWD",
    )
    target = tmp_path / "lines.xlsx"
    assert export_lines_xlsx(services, target) == 3
    lines, balances = read_workbook(target)
    assert (lines.name, balances.name) == ("Lines", "Balances")
    rows = {str(row["Number"]): row for row in by_header(lines)}
    zain = rows["+96596661234"]
    assert zain["Label"] == "@home"
    assert zain["Notes"] == "-2 KWD/month"
    assert zain["Linked accounts"] == "WhatsApp\n银行"
    assert zain["Carrier"] == "Zain"
    assert zain["Grace days"] == 90
    assert zain["Balance"] == 1.25
    assert zain["Expires"] == date_serial(date(2027, 1, 31))
    balance_cell = next(c for c in lines.cells.values() if c.value == 1.25)
    assert balance_cell.number_format == "#,##0.000"
    assert rows["+96899123456"]["Balance"] is None
    assert by_header(balances) == [{"Currency": "KWD", "Lines": 2, "Balance": 3.25}]


@pytest.mark.parametrize(
    "day", [date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1), date(2026, 11, 1)]
)
def test_date_serials_agree_with_xlsxwriter_and_sqlite(day: date, conn: sqlite3.Connection) -> None:
    expected = datetime_to_excel_datetime(day, False, False)
    assert date_serial(day) == expected
    sql = date_serial_sql("?").replace("?", "?1")
    assert conn.execute(f"SELECT {sql}", (day.isoformat(),)).fetchone()[0] == expected


def test_display_width_and_sheet_names() -> None:
    assert display_width("Zain") == 4
    assert display_width("话费 top-up") == 11
    assert display_width("ａｂ") == 4  # full-width forms count double too
    assert display_width("WhatsApp\n银行") == 8
    assert display_width("العربية") == 7
    assert sheet_name("a/b [c]: d?") == "a b  c   d"
    assert sheet_name("R" * 40, 2) == "R" * 27 + " (2)"


def _peak_workbook_bytes(services: Services, rows: int, tmp_path: Path) -> int:
    return peak_export_bytes(services, rows, export_receipts_xlsx, tmp_path / f"{rows}.xlsx")


def test_workbook_streams_with_flat_memory(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    add_line(services, now)
    _peak_workbook_bytes(services, 1_000, tmp_path)  # first use: compiled SQL, caches
    small = _peak_workbook_bytes(services, 4_000, tmp_path)
    large = _peak_workbook_bytes(services, 16_000, tmp_path)
    # Holding the rows would cost about 1 KB each (12 MB more for the larger export): the
    # constant-memory workbook holds one row, one batch from the cursor and the zip buffers.
    assert large < small + 512 * 1024, (small, large)
    assert large < 16 * 1024 * 1024, large
