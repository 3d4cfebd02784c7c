"""The receipts and lines as a typed workbook (.xlsx) for spreadsheet users (#18).

A CSV cannot carry types: a spreadsheet opening it turns +96550001234 into a number and
10.000 into 10. The workbook keeps them: phone numbers, references and every free text are
text cells (formula-like text stays text), amounts are numbers shown with their currency's own
decimals (KWD 3, CNY 2, JPY 0), dates are date cells. The headers and sheet names are in the
interface language, given by the caller (the GUI's tr(), the CLI's English); the CSV keeps its
stable English headers for re-import. A second sheet sums the amounts per currency.

The receipts are read with the CSV export's query (store/exports.py, `typed=True`) and the
lines with its row mapping (services.exports.line_fields); both are written through a
temporary file and renamed into place, as the CSV is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from numberkeeper.core.money import precision
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.container import Services
from numberkeeper.services.exports import (
    LINE_COLUMNS,
    RECEIPT_COLUMNS,
    ExportProgress,
    line_fields,
    write_batches,
)
from numberkeeper.services.workbook import (
    SHEET_ROWS,
    Column,
    Kind,
    SheetTable,
    atomic_workbook,
    date_serial,
)
from numberkeeper.store import exports as export_store
from numberkeeper.store.db import own_reader


@dataclass(frozen=True)
class WorkbookTexts:
    """The words of one workbook, in the interface language.

    `headers` maps each column (RECEIPT_COLUMNS or LINE_COLUMNS) to its header; a column
    missing from it is headed by its CSV name. `totals_headers`: the currency, how many rows,
    the total. `language` names the carriers ("en", "zh", "ar").
    """

    sheet: str
    totals_sheet: str
    headers: Mapping[str, str]
    totals_headers: tuple[str, str, str]
    language: str = "en"


RECEIPT_TEXTS = WorkbookTexts(
    sheet="Receipts",
    totals_sheet="Totals",
    headers={
        "date": "Date",
        "line_label": "Line",
        "number": "Number",
        "carrier": "Carrier",
        "country": "Country",
        "kind": "Kind",
        "amount": "Amount",
        "currency": "Currency",
        "channel": "Channel",
        "payment_method": "Payment method",
        "reference": "Reference",
        "new_expiry": "New expiry",
        "note": "Note",
        "attachment": "Attachment",
    },
    totals_headers=("Currency", "Receipts", "Total"),
)
"""The receipts workbook's English words (the CLI's)."""

LINE_TEXTS = WorkbookTexts(
    sheet="Lines",
    totals_sheet="Balances",
    headers={
        "number": "Number",
        "expires": "Expires",
        "label": "Label",
        "carrier": "Carrier",
        "kind": "Kind",
        "plan": "Plan",
        "time_zone": "Time zone",
        "grace_days": "Grace days",
        "keep_alive_days": "Keep-alive every (days)",
        "keep_alive_counts": "Keep-alive counts",
        "balance": "Balance",
        "currency": "Currency",
        "balance_checked_on": "Balance checked on",
        "status": "Status",
        "resume_on": "Resume on",
        "linked_accounts": "Linked accounts",
        "notes": "Notes",
        "portal_user": "Portal user",
    },
    totals_headers=("Currency", "Lines", "Balance"),
)
"""The lines workbook's English words (the CLI's)."""

_RECEIPT_KINDS = {"date": Kind.DATE, "amount": Kind.AMOUNT, "new_expiry": Kind.DATE}
_LINE_KINDS = {
    "expires": Kind.DATE,
    "balance_checked_on": Kind.DATE,
    "resume_on": Kind.DATE,
    "grace_days": Kind.INTEGER,
    "keep_alive_days": Kind.INTEGER,
    "balance": Kind.AMOUNT,
}


@dataclass(frozen=True)
class _Sheets:
    """How the sheets are laid out: right to left (Arabic), and rows per sheet (a test's)."""

    right_to_left: bool = False
    rows_per_sheet: int = SHEET_ROWS
    totals: dict[str, list[int]] = field(default_factory=dict)  # currency → [rows, minor sum]


def _columns(
    names: tuple[str, ...], texts: WorkbookTexts, kinds: Mapping[str, Kind]
) -> list[Column]:
    return [Column(texts.headers.get(n, n), kinds.get(n, Kind.TEXT)) for n in names]


def _write_totals(book: object, texts: WorkbookTexts, layout: _Sheets) -> None:
    """The second sheet: per currency, how many rows and their sum, in the currency's format."""
    currency, count, total = texts.totals_headers
    table = SheetTable(
        book,
        texts.totals_sheet,
        [Column(currency, Kind.TEXT), Column(count, Kind.INTEGER), Column(total, Kind.AMOUNT)],
        right_to_left=layout.right_to_left,
    )
    rows = []
    for code, (rows_counted, minor) in sorted(layout.totals.items()):
        digits = precision(code)
        rows.append((code, rows_counted, minor / 10**digits, digits))
    table.write(rows)
    table.finish()


@storage_errors
def export_receipts_xlsx(
    services: Services,
    target: Path,
    flt: ReceiptFilter = ReceiptFilter(),  # noqa: B008 - frozen, so a shared default is safe
    *,
    texts: WorkbookTexts = RECEIPT_TEXTS,
    right_to_left: bool = False,
    progress: Callable[[ExportProgress], bool] | None = None,
    rows_per_sheet: int = SHEET_ROWS,
) -> int:
    """Write the receipts `flt` matches (newest first, as the window shows them) to `target`.

    Returns the number of rows written. Streams, as the CSV export does, with the same
    `progress` contract: False cancels (ExportCancelledError), leaving `target` untouched.
    """
    catalog = services.lines.catalog
    carrier_names = {c.id: c.name(texts.language) for c in catalog.carriers}
    layout = _Sheets(right_to_left, rows_per_sheet)
    with own_reader(services.lines.conn) as conn, atomic_workbook(target) as book:
        # One snapshot for the totals and the rows, so that the two sheets agree.
        own_snapshot = conn is not services.lines.conn and not conn.in_transaction
        if own_snapshot:
            conn.execute("BEGIN")
        for code, count, minor in export_store.receipt_totals(conn, flt):
            layout.totals[code] = [count, minor]
        total = sum(count for count, _minor in layout.totals.values())
        table = SheetTable(
            book,
            texts.sheet,
            _columns(RECEIPT_COLUMNS, texts, _RECEIPT_KINDS),
            right_to_left=right_to_left,
            rows_per_sheet=rows_per_sheet,
        )
        cursor = export_store.receipt_rows(conn, flt, carrier_names, typed=True)
        try:
            done = write_batches(cursor, table.write, total, progress)
        finally:
            if own_snapshot:
                conn.rollback()
        table.finish()
        _write_totals(book, texts, layout)
    return done


def _typed_line(cells: list[str], carrier_names: Mapping[str, str]) -> list[object]:
    """A line's fields as the workbook's cells: dates, integers and the balance typed."""
    values: dict[str, object] = dict(zip(LINE_COLUMNS, cells, strict=True))
    for name, kind in _LINE_KINDS.items():
        text = cells[LINE_COLUMNS.index(name)]
        if not text:
            values[name] = None
        elif kind is Kind.DATE:
            values[name] = date_serial(date.fromisoformat(text))
        elif kind is Kind.INTEGER:
            values[name] = int(text)
    values["carrier"] = carrier_names.get(str(values["carrier"]), values["carrier"])
    digits = precision(str(values["currency"]))
    if values["balance"] is not None:
        values["balance"] = float(Decimal(str(values["balance"])))
    return [*(values[name] for name in LINE_COLUMNS), digits]


def _line_rows(
    services: Services, carrier_names: Mapping[str, str], layout: _Sheets
) -> Iterator[list[object]]:
    """The lines as typed rows, counting each balance into the totals."""
    balance_at = LINE_COLUMNS.index("balance")
    currency_at = LINE_COLUMNS.index("currency")
    for cells in line_fields(services):
        if cells[balance_at] and cells[currency_at]:
            digits = precision(cells[currency_at])
            minor = int(Decimal(cells[balance_at]).scaleb(digits))
            counted = layout.totals.setdefault(cells[currency_at], [0, 0])
            counted[0] += 1
            counted[1] += minor
        yield _typed_line(cells, carrier_names)


@storage_errors
def export_lines_xlsx(
    services: Services,
    target: Path,
    *,
    texts: WorkbookTexts = LINE_TEXTS,
    right_to_left: bool = False,
) -> int:
    """Write every line (archived ones too) to `target`, the balances summed per currency on
    a second sheet; the number of lines written."""
    carrier_names = {c.id: c.name(texts.language) for c in services.lines.catalog.carriers}
    layout = _Sheets(right_to_left)
    with atomic_workbook(target) as book:
        table = SheetTable(
            book,
            texts.sheet,
            _columns(LINE_COLUMNS, texts, _LINE_KINDS),
            right_to_left=right_to_left,
        )
        count = table.write(_line_rows(services, carrier_names, layout))
        table.finish()
        _write_totals(book, texts, layout)
    return count
