"""The receipts exports' query: one join, every cell already formatted by SQLite.

Formatting in SQL keeps the export within 1.5× of a bare SELECT written with csv.writer
(benchmarks/export.py): Python only hands the cursor's tuples to the writer, so memory stays
flat and no `Receipt` object is built per row (#5). The workbook export (#18) runs the same
query with typed cells: dates as spreadsheet serial numbers, amounts as numbers, text as typed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from functools import cache

from numberkeeper.core.money import known_currencies, precision
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.store.receipts import _where

# Leading characters that make a spreadsheet treat a cell as a formula (or hide one).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Cells starting with these get a leading apostrophe: the formula prefixes, and the apostrophe
# itself, so that removing one leading apostrophe always gives back the original text.
ESCAPED_PREFIXES = (*FORMULA_PREFIXES, "'")
_PREFIX_SQL = ", ".join(f"char({ord(c)})" for c in ESCAPED_PREFIXES)


def neutralise_sql(expression: str) -> str:
    """SQL for `expression` with a leading apostrophe if it starts like a formula.

    Mirrors services.exports.neutralise, which documents the rule.
    """
    return (
        f"CASE WHEN substr({expression}, 1, 1) IN ({_PREFIX_SQL}) "
        f"THEN '''' || {expression} ELSE {expression} END"
    )


def _by_precision(value: Callable[[int], str]) -> str:
    """SQL choosing `value(digits)` by receipts.currency's precision (CLDR's, core/money.py).

    Currencies are grouped by precision; most have 2 decimals, the ELSE branch.
    """
    groups: dict[int, list[str]] = {}
    for code in sorted(known_currencies()):
        digits = precision(code)
        if digits != 2 and code.isalpha() and code.isascii():
            groups.setdefault(digits, []).append(code)
    whens = []
    for digits, codes in sorted(groups.items()):
        listed = ", ".join(f"'{c}'" for c in codes)
        whens.append(f"WHEN receipts.currency IN ({listed}) THEN {value(digits)}")
    return f"CASE {' '.join(whens)} ELSE {value(2)} END"


@cache
def _amount_sql() -> str:
    """SQL turning receipts.amount_minor into a plain decimal with the currency's precision."""
    return _by_precision(_decimal_sql)


def _decimal_sql(digits: int) -> str:
    if digits == 0:
        return "printf('%d', receipts.amount_minor)"
    scale = 10**digits
    return (
        f"printf('%d.%0{digits}d', receipts.amount_minor / {scale}, "
        f"receipts.amount_minor % {scale})"
    )


def date_serial_sql(expression: str) -> str:
    """SQL for an ISO date's spreadsheet serial number (days since 1899-12-30), NULL for NULL.

    Spreadsheets count 1900-02-29, which never was: dates before 1900-03-01 are one less.
    Matches services.workbook.date_serial.
    """
    return f"(CAST(julianday({expression}) - 2415018.5 AS INTEGER) - ({expression} < '1900-03-01'))"


def count_receipts(conn: sqlite3.Connection, flt: ReceiptFilter) -> int:
    """How many receipts the filter matches."""
    where, params = _where(flt)
    return int(conn.execute(f"SELECT count(*) FROM receipts{where}", params).fetchone()[0])


def receipt_totals(conn: sqlite3.Connection, flt: ReceiptFilter) -> list[tuple[str, int, int]]:
    """(currency, receipts, sum of minor units) of the receipts the filter matches, by code."""
    where, params = _where(flt)
    sql = (
        f"SELECT currency, count(*), sum(amount_minor) FROM receipts{where} "
        "GROUP BY currency ORDER BY currency"
    )
    return [(str(c), int(n), int(total)) for c, n, total in conn.execute(sql, params)]


def _as_typed(expression: str) -> str:
    return expression


@cache
def _typed_amount_sql() -> str:
    return _by_precision(lambda digits: f"receipts.amount_minor / {10**digits}.0")


def receipt_rows(
    conn: sqlite3.Connection,
    flt: ReceiptFilter,
    carrier_names: Mapping[str, str],
    *,
    typed: bool = False,
) -> sqlite3.Cursor:
    """A cursor over the export's rows as tuples, in the receipts window's order.

    Columns: services.exports.RECEIPT_COLUMNS. `carrier_names` maps a preset id to the name
    to show; other carriers are exported as typed. For the CSV (the default) every cell is a
    string and free-text cells are neutralised. `typed` (the workbook, #18): the dates are
    spreadsheet serial numbers (NULL when empty), the amount a float in major units, text as
    typed, and one more column, the currency's decimals.
    """
    where, params = _where(flt)
    carrier = "carrier"
    carrier_params: list[object] = []
    if carrier_names:
        whens = " ".join("WHEN ? THEN ?" for _ in carrier_names)
        carrier = f"(CASE carrier {whens} ELSE carrier END)"
        for key, name in carrier_names.items():
            carrier_params += [key, name]
    text = _as_typed if typed else neutralise_sql
    date = date_serial_sql if typed else _as_typed
    # Each line's cells are formatted once (a materialised CTE), not once per receipt; CROSS
    # JOIN keeps receipts the outer loop, read in date order through receipts_by_date (no sort
    # of a million rows). The carrier CASE is expanded three times by neutralise_sql, hence
    # its parameters thrice (once when typed).
    line_cells = (
        f"SELECT id, {text('label')} AS label, number, {text(carrier)} AS carrier, country "
        "FROM lines"
    )
    columns = [
        date("receipts.paid_on"),
        "l.label",
        "l.number",
        "l.carrier",
        "l.country",
        "receipts.kind",
        _typed_amount_sql() if typed else _amount_sql(),
        "receipts.currency",
        "coalesce(receipts.channel, '')",
        text("receipts.payment_method"),
        text("receipts.reference"),
        date("receipts.new_expiry") if typed else "coalesce(receipts.new_expiry, '')",
        text("receipts.note"),
        text("coalesce(receipts.attachment_name, '')"),
    ]
    if typed:
        columns.append(_by_precision(str))
    sql = (
        f"WITH l AS MATERIALIZED ({line_cells}) "
        f"SELECT {', '.join(columns)} FROM receipts CROSS JOIN l ON l.id = receipts.line_id"
        f"{where} ORDER BY receipts.paid_on DESC, receipts.id DESC"
    )
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: the writers take them as they are
    return cursor.execute(sql, [*carrier_params * (1 if typed else 3), *params])
