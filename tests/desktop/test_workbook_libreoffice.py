"""LibreOffice reads the typed workbook export exactly (#18).

A real consumer, headless: `soffice --convert-to` turns the .xlsx into a CSV of every sheet as
shown (what a user sees) and into a flat OpenDocument file (what LibreOffice understood each
cell to be). "Exactly" means: the number +96550001234, a reference and formula-like text are
text cells with their characters unchanged; an amount is a number cell whose value is the
amount (10 for KWD 10.000, 1234.567 for OMR 1,234.567) and which shows the currency's own
decimals (10.000, 0.07, 500); a date is a date cell of that day; Chinese and Arabic text come
back character for character; the Arabic layout's sheets are right to left.
"""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from export_support import add_line, add_receipt, libreoffice_convert, open_services

from numberkeeper.services.container import Services
from numberkeeper.services.workbook_exports import export_lines_xlsx, export_receipts_xlsx

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
# 44 comma, 34 quote, 76 UTF-8, 1 first line, …, 9th: cells as shown, 12th: -1 every sheet.
CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def typed_cells(fods: Path) -> dict[str, list[list[tuple[str, str]]]]:
    """Each sheet's rows as (value type, value) pairs, as LibreOffice read them."""
    root = ElementTree.parse(fods).getroot()
    sheets = {}
    for table in root.iter(f"{TABLE}table"):
        rows = []
        for row in table.iter(f"{TABLE}table-row"):
            cells: list[tuple[str, str]] = []
            for cell in row.iter(f"{TABLE}table-cell"):
                kind = cell.get(f"{OFFICE}value-type", "")
                value = {
                    "float": cell.get(f"{OFFICE}value", ""),
                    "date": cell.get(f"{OFFICE}date-value", ""),
                }.get(kind) or "\n".join("".join(p.itertext()) for p in cell.iter(f"{TEXT}p"))
                repeat = int(cell.get(f"{TABLE}number-columns-repeated", "1"))
                cells += [(kind, value)] * min(repeat, 20)
            while cells and cells[-1] == ("", ""):
                cells.pop()
            if cells:
                rows.append(cells)
        sheets[str(table.get(f"{TABLE}name"))] = rows
    return sheets


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def test_libreoffice_reads_the_receipts_workbook_exactly(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line = add_line(services, now, number="+96550001234", label="科威特 Zain 主号")
    add_receipt(
        services,
        now,
        line,
        amount=10_000,
        reference="+96512345678",
        note="话费充值 — خط",
        paid_on=date(2026, 5, 3),
        new_expiry=date(2026, 8, 3),  # type: ignore[arg-type]
    )
    add_receipt(services, now, line, amount=1_234_567, currency="OMR", note="=1+1")
    add_receipt(services, now, line, amount=7, currency="CNY", note="<r>x</r>", reference="007")
    add_receipt(services, now, line, amount=500, currency="JPY", note="-1")
    source = tmp_path / "receipts.xlsx"
    export_receipts_xlsx(services, source)
    profile = tmp_path / "profile"
    libreoffice_convert(source, CSV_EVERY_SHEET, tmp_path / "csv", profile)
    libreoffice_convert(source, "fods", tmp_path / "fods", profile)

    shown = read_csv(tmp_path / "csv" / "receipts-Receipts.csv")
    zain = ["科威特 Zain 主号", "+96550001234", "Zain", "KW", "voucher"]
    assert shown == [
        [
            "Date",
            "Line",
            "Number",
            "Carrier",
            "Country",
            "Kind",
            "Amount",
            "Currency",
            "Channel",
            "Payment method",
            "Reference",
            "New expiry",
            "Note",
            "Attachment",
        ],
        ["2026-11-01", *zain, "500", "JPY", "", "", "", "", "-1", ""],
        ["2026-11-01", *zain, "0.07", "CNY", "", "", "007", "", "<r>x</r>", ""],
        ["2026-11-01", *zain, "1,234.567", "OMR", "", "", "", "", "=1+1", ""],
        [
            "2026-05-03",
            *zain,
            "10.000",
            "KWD",
            "",
            "",
            "+96512345678",
            "2026-08-03",
            "话费充值 — خط",
            "",
        ],
    ]
    assert read_csv(tmp_path / "csv" / "receipts-Totals.csv") == [
        ["Currency", "Receipts", "Total"],
        ["CNY", "1", "0.07"],
        ["JPY", "1", "500"],
        ["KWD", "1", "10.000"],
        ["OMR", "1", "1,234.567"],
    ]

    typed = typed_cells(tmp_path / "fods" / "receipts.fods")
    kwd = typed["Receipts"][4]
    assert kwd[0] == ("date", "2026-05-03")
    assert kwd[11] == ("date", "2026-08-03")
    assert kwd[2] == ("string", "+96550001234")
    assert kwd[6] == ("float", "10")  # the value; its format shows 10.000
    assert kwd[10] == ("string", "+96512345678")
    assert typed["Receipts"][3][6] == ("float", "1234.567")
    assert typed["Receipts"][3][12] == ("string", "=1+1")  # text, not a formula
    assert typed["Receipts"][2][10] == ("string", "007")
    assert typed["Totals"][3] == [("string", "KWD"), ("float", "1"), ("float", "10")]


def test_libreoffice_reads_the_lines_workbook_right_to_left(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    add_line(
        services,
        now,
        label="خط العمل",
        linked_accounts="WhatsApp\n银行",
        balance_amount="1.250",
        balance_currency="KWD",
        grace_days="90",
    )
    source = tmp_path / "lines.xlsx"
    export_lines_xlsx(services, source, right_to_left=True)
    profile = tmp_path / "profile"
    libreoffice_convert(source, "fods", tmp_path / "fods", profile)
    fods = tmp_path / "fods" / "lines.fods"
    typed = typed_cells(fods)
    header, row = typed["Lines"]
    cells = dict(zip((value for _kind, value in header), row, strict=False))
    assert cells["Number"] == ("string", "+96596661234")
    assert cells["Expires"] == ("date", "2027-01-31")
    assert cells["Label"] == ("string", "خط العمل")
    assert cells["Linked accounts"] == ("string", "WhatsApp\n银行")
    assert cells["Grace days"] == ("float", "90")
    assert cells["Balance"] == ("float", "1.25")
    assert typed["Balances"][1] == [("string", "KWD"), ("float", "1"), ("float", "1.25")]
    # Both sheets' table styles lay them out right to left.
    root = ElementTree.parse(fods).getroot()
    modes = {
        str(props.get(f"{STYLE}writing-mode")) for props in root.iter(f"{STYLE}table-properties")
    }
    assert modes == {"rl-tb"}
