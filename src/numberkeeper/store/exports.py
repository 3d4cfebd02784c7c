"""The receipts CSV export's query: one join, every cell already formatted by SQLite.

Formatting in SQL keeps the export within 1.5× of a bare SELECT written with csv.writer
(benchmarks/export.py): Python only hands the cursor's tuples to the writer, so memory stays
flat and no `Receipt` object is built per row (#5).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
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


@cache
def _amount_sql() -> str:
    """SQL turning receipts.amount_minor into a plain decimal with the currency's precision.

    Currencies are grouped by precision (CLDR's, see core/money.py); most have 2 decimals.
    """
    groups: dict[int, list[str]] = {}
    for code in sorted(known_currencies()):
        digits = precision(code)
        if digits != 2 and code.isalpha() and code.isascii():
            groups.setdefault(digits, []).append(code)
    whens = []
    for digits, codes in sorted(groups.items()):
        listed = ", ".join(f"'{c}'" for c in codes)
        whens.append(f"WHEN receipts.currency IN ({listed}) THEN {_decimal_sql(digits)}")
    return f"CASE {' '.join(whens)} ELSE {_decimal_sql(2)} END"


def _decimal_sql(digits: int) -> str:
    if digits == 0:
        return "printf('%d', receipts.amount_minor)"
    scale = 10**digits
    return (
        f"printf('%d.%0{digits}d', receipts.amount_minor / {scale}, "
        f"receipts.amount_minor % {scale})"
    )


def count_receipts(conn: sqlite3.Connection, flt: ReceiptFilter) -> int:
    """How many receipts the filter matches."""
    where, params = _where(flt)
    return int(conn.execute(f"SELECT count(*) FROM receipts{where}", params).fetchone()[0])


def receipt_rows(
    conn: sqlite3.Connection, flt: ReceiptFilter, carrier_names: Mapping[str, str]
) -> sqlite3.Cursor:
    """A cursor over the export's rows as tuples of strings, in the receipts window's order.

    Columns: services.exports.RECEIPT_COLUMNS. `carrier_names` maps a preset id to the name
    to show; other carriers are exported as typed. Free-text cells are neutralised.
    """
    where, params = _where(flt)
    carrier = "carrier"
    carrier_params: list[object] = []
    if carrier_names:
        whens = " ".join("WHEN ? THEN ?" for _ in carrier_names)
        carrier = f"(CASE carrier {whens} ELSE carrier END)"
        for key, name in carrier_names.items():
            carrier_params += [key, name]
    # Each line's cells are formatted once (a materialised CTE), not once per receipt; CROSS
    # JOIN keeps receipts the outer loop, read in date order through receipts_by_date (no sort
    # of a million rows). The
    # carrier CASE is expanded three times by neutralise_sql, hence its parameters thrice.
    line_cells = (
        f"SELECT id, {neutralise_sql('label')} AS label, number, "
        f"{neutralise_sql(carrier)} AS carrier, country FROM lines"
    )
    columns = ", ".join(
        (
            "receipts.paid_on",
            "l.label",
            "l.number",
            "l.carrier",
            "l.country",
            "receipts.kind",
            _amount_sql(),
            "receipts.currency",
            "coalesce(receipts.channel, '')",
            neutralise_sql("receipts.payment_method"),
            neutralise_sql("receipts.reference"),
            "coalesce(receipts.new_expiry, '')",
            neutralise_sql("receipts.note"),
            neutralise_sql("coalesce(receipts.attachment_name, '')"),
        )
    )
    sql = (
        f"WITH l AS MATERIALIZED ({line_cells}) "
        f"SELECT {columns} FROM receipts CROSS JOIN l ON l.id = receipts.line_id"
        f"{where} ORDER BY receipts.paid_on DESC, receipts.id DESC"
    )
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: csv.writer takes them as they are
    return cursor.execute(sql, [*carrier_params * 3, *params])
