"""The receipts table. Callers own the transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import (
    Attachment,
    Channel,
    Receipt,
    ReceiptFields,
    ReceiptFilter,
    ReceiptKind,
)

_COLUMNS = (
    "line_id, paid_on, kind, amount_minor, currency, channel, payment_method, reference, "
    "sms_confirmed, previous_expiry, new_expiry, attachment_sha256, attachment_name, note"
)


def _values(f: ReceiptFields) -> tuple[object, ...]:
    return (
        f.line_id,
        f.paid_on.isoformat(),
        f.kind.value,
        f.amount.minor,
        f.amount.currency,
        f.channel.value if f.channel else None,
        f.payment_method,
        f.reference,
        int(f.sms_confirmed),
        f.previous_expiry.isoformat() if f.previous_expiry else None,
        f.new_expiry.isoformat() if f.new_expiry else None,
        f.attachment.sha256 if f.attachment else None,
        f.attachment.original_name if f.attachment else None,
        f.note,
    )


def _receipt(row: sqlite3.Row) -> Receipt:
    attachment = None
    if row["attachment_sha256"]:
        attachment = Attachment(
            row["attachment_sha256"], row["attachment_name"] or "", row["attachment_size"] or 0
        )
    return Receipt(
        id=row["id"],
        fields=ReceiptFields(
            line_id=row["line_id"],
            paid_on=date.fromisoformat(row["paid_on"]),
            kind=ReceiptKind(row["kind"]),
            amount=Money(row["amount_minor"], row["currency"]),
            channel=Channel(row["channel"]) if row["channel"] else None,
            payment_method=row["payment_method"],
            reference=row["reference"],
            sms_confirmed=bool(row["sms_confirmed"]),
            previous_expiry=date.fromisoformat(row["previous_expiry"])
            if row["previous_expiry"]
            else None,
            new_expiry=date.fromisoformat(row["new_expiry"]) if row["new_expiry"] else None,
            attachment=attachment,
            note=row["note"],
        ),
        created_at=datetime.fromisoformat(row["created_at"]),
    )


_SELECT = (
    "SELECT receipts.*, attachments.size AS attachment_size FROM receipts "
    "LEFT JOIN attachments ON attachments.sha256 = receipts.attachment_sha256"
)


def insert(conn: sqlite3.Connection, fields: ReceiptFields, now: datetime) -> int:
    """Insert a receipt (its attachment row must exist); return its id."""
    marks = ", ".join("?" * (_COLUMNS.count(",") + 2))
    cur = conn.execute(
        f"INSERT INTO receipts ({_COLUMNS}, created_at) VALUES ({marks})",
        (*_values(fields), now.isoformat()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update(conn: sqlite3.Connection, receipt_id: int, fields: ReceiptFields) -> None:
    """Overwrite a receipt's fields."""
    assignments = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
    conn.execute(f"UPDATE receipts SET {assignments} WHERE id = ?", (*_values(fields), receipt_id))


def delete(conn: sqlite3.Connection, receipt_id: int) -> None:
    """Remove a receipt (its attachment file stays: other receipts may share it)."""
    conn.execute("DELETE FROM receipts WHERE id = ?", (receipt_id,))


def get(conn: sqlite3.Connection, receipt_id: int) -> Receipt | None:
    """One receipt by id."""
    row = conn.execute(f"{_SELECT} WHERE receipts.id = ?", (receipt_id,)).fetchone()
    return _receipt(row) if row else None


def _where(flt: ReceiptFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.line_id is not None:
        clauses.append("receipts.line_id = ?")
        params.append(flt.line_id)
    if flt.date_from is not None:
        clauses.append("receipts.paid_on >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        clauses.append("receipts.paid_on <= ?")
        params.append(flt.date_to.isoformat())
    if flt.currency:
        clauses.append("receipts.currency = ?")
        params.append(flt.currency.upper())
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def iter_receipts(conn: sqlite3.Connection, flt: ReceiptFilter) -> Iterator[Receipt]:
    """Receipts matching the filter, newest payment first, streamed row by row."""
    where, params = _where(flt)
    for row in conn.execute(f"{_SELECT}{where} ORDER BY paid_on DESC, receipts.id DESC", params):
        yield _receipt(row)


def ensure_attachment(conn: sqlite3.Connection, sha256: str, size: int) -> None:
    """Record that a content-addressed file exists in the attachments folder."""
    conn.execute("INSERT OR IGNORE INTO attachments (sha256, size) VALUES (?, ?)", (sha256, size))
