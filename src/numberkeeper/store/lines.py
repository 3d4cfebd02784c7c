"""The lines table: mapping rows to `Line` and back. Callers own the transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from numberkeeper.core.lines import (
    ActivityKind,
    Balance,
    KeepAliveRule,
    Line,
    LineFields,
    LineKind,
    LineStatus,
)
from numberkeeper.core.money import Money
from numberkeeper.core.validity import PeriodUnit, ValidityChain
from numberkeeper.store import activities

_COLUMNS = (
    "number, country, label, carrier, kind, plan, time_zone, expires_on, grace_days, "
    "keep_alive_days, keep_alive_counts, balance_minor, balance_currency, balance_checked_on, "
    "status, resume_on, linked_accounts, notes, portal_user"
)


def _field_values(f: LineFields) -> tuple[object, ...]:
    rule = f.keep_alive
    return (
        f.number,
        f.country,
        f.label,
        f.carrier,
        f.kind.value,
        f.plan,
        f.time_zone,
        f.expires_on.isoformat(),
        f.grace_days,
        rule.every_days if rule else None,
        json.dumps(sorted(k.value for k in rule.counts) if rule else []),
        f.balance.amount.minor if f.balance else None,
        f.balance.amount.currency if f.balance else None,
        _iso(f.balance.checked_on) if f.balance else None,
        f.status.value,
        _iso(f.resume_on),
        json.dumps(list(f.linked_accounts), ensure_ascii=False),
        f.notes,
        f.portal_user,
    )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _row_to_line(row: sqlite3.Row, latest: dict[ActivityKind, date] | None = None) -> Line:
    rule = None
    if row["keep_alive_days"] is not None:
        counts = frozenset(ActivityKind(k) for k in json.loads(row["keep_alive_counts"]))
        rule = KeepAliveRule(row["keep_alive_days"], counts or frozenset(ActivityKind))
    balance = None
    if row["balance_minor"] is not None:
        balance = Balance(
            Money(row["balance_minor"], row["balance_currency"]), _date(row["balance_checked_on"])
        )
    expires_on = date.fromisoformat(row["expires_on"])
    fields = LineFields(
        number=row["number"],
        country=row["country"],
        expires_on=expires_on,
        time_zone=row["time_zone"],
        label=row["label"],
        carrier=row["carrier"],
        kind=LineKind(row["kind"]),
        plan=row["plan"],
        grace_days=row["grace_days"],
        keep_alive=rule,
        balance=balance,
        status=LineStatus(row["status"]),
        resume_on=_date(row["resume_on"]),
        linked_accounts=tuple(json.loads(row["linked_accounts"])),
        notes=row["notes"],
        portal_user=row["portal_user"],
    )
    archived = row["archived_at"]
    chain = None
    if row["chain_anchor"]:
        chain = ValidityChain(
            date.fromisoformat(row["chain_anchor"]),
            PeriodUnit(row["chain_unit"]),
            row["chain_count"],
        )
    last_activity = None
    if rule is not None and latest:
        counted = [d for kind, d in latest.items() if kind in rule.counts]
        last_activity = max(counted) if counted else None
    return Line(
        id=row["id"],
        fields=fields,
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        archived_at=datetime.fromisoformat(archived) if archived else None,
        last_activity_on=last_activity,
        chain=chain,
    )


def insert(conn: sqlite3.Connection, fields: LineFields, now: datetime) -> int:
    """Insert a line; return its id."""
    placeholders = ", ".join("?" * (len(_COLUMNS.split(",")) + 2))
    cur = conn.execute(
        f"INSERT INTO lines ({_COLUMNS}, created_at, updated_at) VALUES ({placeholders})",
        (*_field_values(fields), now.isoformat(), now.isoformat()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update(conn: sqlite3.Connection, line_id: int, fields: LineFields, now: datetime) -> None:
    """Overwrite a line's fields."""
    assignments = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
    conn.execute(
        f"UPDATE lines SET {assignments}, updated_at = ? WHERE id = ?",
        (*_field_values(fields), now.isoformat(), line_id),
    )


def set_archived(conn: sqlite3.Connection, line_id: int, at: datetime | None) -> None:
    """Archive (hide from the default view) or, with `at=None`, restore a line."""
    conn.execute(
        "UPDATE lines SET archived_at = ?, updated_at = COALESCE(?, updated_at) WHERE id = ?",
        (at.isoformat() if at else None, at.isoformat() if at else None, line_id),
    )


def get(conn: sqlite3.Connection, line_id: int) -> Line | None:
    """One line by id, archived or not."""
    row = conn.execute("SELECT * FROM lines WHERE id = ?", (line_id,)).fetchone()
    if row is None:
        return None
    return _row_to_line(row, activities.latest_by_kind(conn, line_id).get(line_id))


def find_by_number(conn: sqlite3.Connection, e164: str) -> Line | None:
    """The line holding this E.164 number, if any."""
    row = conn.execute("SELECT * FROM lines WHERE number = ?", (e164,)).fetchone()
    return _row_to_line(row) if row else None


def list_lines(conn: sqlite3.Connection, include_archived: bool = False) -> list[Line]:
    """All lines, by id; archived ones only when asked for."""
    where = "" if include_archived else "WHERE archived_at IS NULL"
    latest = activities.latest_by_kind(conn)
    rows = conn.execute(f"SELECT * FROM lines {where} ORDER BY id")
    return [_row_to_line(r, latest.get(r["id"])) for r in rows]


def set_validity(
    conn: sqlite3.Connection,
    line_id: int,
    expires_on: date,
    chain: ValidityChain | None,
    now: datetime,
) -> None:
    """Record a new expiry and the renewal chain that produced it."""
    conn.execute(
        "UPDATE lines SET expires_on = ?, chain_anchor = ?, chain_unit = ?, chain_count = ?, "
        "updated_at = ? WHERE id = ?",
        (
            expires_on.isoformat(),
            chain.anchor.isoformat() if chain else None,
            chain.unit.value if chain else None,
            chain.count if chain else None,
            now.isoformat(),
            line_id,
        ),
    )


def set_balance(
    conn: sqlite3.Connection, line_id: int, balance: Money, checked_on: date, now: datetime
) -> None:
    """Record the balance as checked on a date."""
    conn.execute(
        "UPDATE lines SET balance_minor = ?, balance_currency = ?, balance_checked_on = ?, "
        "updated_at = ? WHERE id = ?",
        (balance.minor, balance.currency, checked_on.isoformat(), now.isoformat(), line_id),
    )


def set_status(
    conn: sqlite3.Connection,
    line_id: int,
    status: LineStatus,
    resume_on: date | None,
    now: datetime,
) -> None:
    """Change a line's status (and the resume date of a suspension)."""
    conn.execute(
        "UPDATE lines SET status = ?, resume_on = ?, updated_at = ? WHERE id = ?",
        (status.value, resume_on.isoformat() if resume_on else None, now.isoformat(), line_id),
    )


def delete(conn: sqlite3.Connection, line_id: int) -> None:
    """Purge a line with its events, receipts, activities and checklist runs (cascade)."""
    conn.execute("DELETE FROM lines WHERE id = ?", (line_id,))
