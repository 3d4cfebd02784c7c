"""The lines table: mapping rows to `Line` and back. Callers own the transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from typing import Any

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
from numberkeeper.store import activities, settings

_COLUMNS = (
    "number, country, label, carrier, kind, plan, time_zone, expires_on, grace_days, "
    "keep_alive_days, keep_alive_counts, balance_minor, balance_currency, balance_checked_on, "
    "status, resume_on, linked_accounts, notes, portal_user, number_readable"
)


def _field_values(f: LineFields) -> tuple[object, ...]:
    from numberkeeper.core.phones import format_readable

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
        # Kept with the number so showing the lines needs no phone-number library (#2).
        format_readable(f.number),
    )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# What _row_to_line reads, in this order: rows are unpacked as tuples, which is several times
# faster than looking columns up by name in a sqlite3.Row (start-up reads every line: #2).
_READ_COLUMNS = (
    f"id, {_COLUMNS}, created_at, updated_at, archived_at, chain_anchor, chain_unit, chain_count"
)
_SELECT = f"SELECT {_READ_COLUMNS} FROM lines"
_NO_ACCOUNTS = "[]"
# Stored values to members by dictionary: calling an Enum class costs more than the rest of
# reading a row (the columns' CHECK constraints allow only these values).
_KINDS = {kind.value: kind for kind in LineKind}
_STATUSES = {status.value: status for status in LineStatus}


def _row_to_line(row: tuple[Any, ...], latest: dict[ActivityKind, date] | None = None) -> Line:
    (
        line_id,
        number,
        country,
        label,
        carrier,
        kind,
        plan,
        time_zone,
        expires_on,
        grace_days,
        keep_alive_days,
        keep_alive_counts,
        balance_minor,
        balance_currency,
        balance_checked_on,
        status,
        resume_on,
        linked_accounts,
        notes,
        portal_user,
        number_readable,
        created_at,
        updated_at,
        archived_at,
        chain_anchor,
        chain_unit,
        chain_count,
    ) = row
    rule = None
    if keep_alive_days is not None:
        counts = frozenset(ActivityKind(k) for k in json.loads(keep_alive_counts))
        rule = KeepAliveRule(keep_alive_days, counts or frozenset(ActivityKind))
    balance = None
    if balance_minor is not None:
        balance = Balance(Money(balance_minor, balance_currency), _date(balance_checked_on))
    fields = LineFields(
        number=number,
        country=country,
        expires_on=date.fromisoformat(expires_on),
        time_zone=time_zone,
        label=label,
        carrier=carrier,
        kind=_KINDS[kind],
        plan=plan,
        grace_days=grace_days,
        keep_alive=rule,
        balance=balance,
        status=_STATUSES[status],
        resume_on=_date(resume_on),
        linked_accounts=(
            () if linked_accounts == _NO_ACCOUNTS else tuple(json.loads(linked_accounts))
        ),
        notes=notes,
        portal_user=portal_user,
    )
    chain = None
    if chain_anchor:
        chain = ValidityChain(date.fromisoformat(chain_anchor), PeriodUnit(chain_unit), chain_count)
    last_activity = None
    if rule is not None and latest:
        counted = [d for kind, d in latest.items() if kind in rule.counts]
        last_activity = max(counted) if counted else None
    return Line(
        id=line_id,
        fields=fields,
        created_at=datetime.fromisoformat(created_at),
        updated_at=datetime.fromisoformat(updated_at),
        archived_at=datetime.fromisoformat(archived_at) if archived_at else None,
        last_activity_on=last_activity,
        chain=chain,
        number_readable=number_readable,
    )


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
    """`sql` run with plain tuples for rows, whatever the connection's row factory."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


_INSERT = (
    f"INSERT INTO lines ({_COLUMNS}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_COLUMNS.split(',')) + 2))})"
)


def insert(conn: sqlite3.Connection, fields: LineFields, now: datetime) -> int:
    """Insert a line; return its id."""
    cur = conn.execute(_INSERT, row_of(fields, now))
    assert cur.lastrowid is not None
    return cur.lastrowid


def row_of(fields: LineFields, now: datetime) -> tuple[object, ...]:
    """A new line's row, worked out before any lock is taken (`insert_rows`)."""
    return (*_field_values(fields), now.isoformat(), now.isoformat())


def insert_rows(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> int:
    """Insert many lines made by `row_of` at once; the id of the first (the others follow it
    one by one). A large import holds the write lock only for this (#15). The caller holds the
    transaction: no other writer can take ids in between."""
    # Without AUTOINCREMENT a new row's id is the largest id + 1: in one transaction, rows
    # inserted one after the other get consecutive ids.
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM lines").fetchone()[0])
    conn.executemany(_INSERT, rows)
    return first


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
    row = _rows(conn, f"{_SELECT} WHERE id = ?", (line_id,)).fetchone()
    if row is None:
        return None
    return _row_to_line(row, activities.latest_by_kind(conn, line_id).get(line_id))


def find_by_number(conn: sqlite3.Connection, e164: str) -> Line | None:
    """The line holding this E.164 number, if any."""
    row = _rows(conn, f"{_SELECT} WHERE number = ?", (e164,)).fetchone()
    return _row_to_line(row) if row else None


def ids_by_number(conn: sqlite3.Connection) -> dict[str, int]:
    """Every kept line's id by its E.164 number, archived lines too (one query)."""
    return dict(conn.execute("SELECT number, id FROM lines").fetchall())


# The phone-number library release the stored readable numbers were made with.
READABLE_VERSION_SETTING = "lines.readable_numbers_version"


def readable_numbers_version(conn: sqlite3.Connection) -> str | None:
    """The library release the stored readable numbers follow (None: not recorded yet)."""
    return settings.get(conn, READABLE_VERSION_SETTING)


def rewrite_readable_numbers(conn: sqlite3.Connection, version: str) -> int:
    """Format every line's number again and record `version`; how many lines changed."""
    from numberkeeper.core.phones import format_readable

    rows = conn.execute("SELECT id, number, number_readable FROM lines").fetchall()
    changed = [
        (fresh, line_id)
        for line_id, number, stored in rows
        if (fresh := format_readable(number)) != stored
    ]
    conn.executemany("UPDATE lines SET number_readable = ? WHERE id = ?", changed)
    settings.put(conn, READABLE_VERSION_SETTING, version)
    return len(changed)


def list_lines(conn: sqlite3.Connection, include_archived: bool = False) -> list[Line]:
    """All lines, by id; archived ones only when asked for."""
    where = "" if include_archived else "WHERE archived_at IS NULL"
    latest = activities.latest_by_kind(conn)
    rows = _rows(conn, f"{_SELECT} {where} ORDER BY id")
    return [_row_to_line(r, latest.get(r[0])) for r in rows]


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
