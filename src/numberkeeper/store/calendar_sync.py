"""The CalDAV account and what the server holds of ours (#17): tables caldav_account and
caldav_events. The password is never here (the OS keyring holds it). Callers own the
transaction; times are ISO 8601 in UTC.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class AccountRow:
    """The stored account and the outcome of its syncs."""

    url: str
    username: str
    calendar_url: str
    calendar_name: str
    connected_at: datetime
    ctag: str | None  # the calendar's change tag when our last sync ended
    last_good_sync: datetime | None
    last_attempt: datetime | None
    problem: str | None  # a core.reach.ReachProblem value; None after a good sync
    detail: str
    failures: int  # failed attempts since the last good sync
    retry_at: datetime | None


@dataclass(frozen=True)
class EventRow:
    """One event of ours on the server: its resource, the digest sent and the ETag got."""

    uid: str
    href: str
    digest: str
    etag: str | None


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def account(conn: sqlite3.Connection) -> AccountRow | None:
    """The account, or None when none is connected."""
    r = conn.execute("SELECT * FROM caldav_account WHERE id = 1").fetchone()
    if r is None:
        return None
    connected = _when(r["connected_at"])
    assert connected is not None
    return AccountRow(
        r["url"],
        r["username"],
        r["calendar_url"],
        r["calendar_name"],
        connected,
        r["ctag"],
        _when(r["last_good_sync"]),
        _when(r["last_attempt"]),
        r["problem"],
        r["detail"],
        r["failures"],
        _when(r["retry_at"]),
    )


def connect_account(
    conn: sqlite3.Connection,
    url: str,
    username: str,
    calendar_url: str,
    calendar_name: str,
    now: datetime,
) -> None:
    """Store a newly connected account; what was known of another calendar is forgotten."""
    conn.execute("DELETE FROM caldav_account")
    conn.execute("DELETE FROM caldav_events")
    conn.execute(
        "INSERT INTO caldav_account (id, url, username, calendar_url, calendar_name, "
        "connected_at) VALUES (1, ?, ?, ?, ?, ?)",
        (url, username, calendar_url, calendar_name, _iso(now)),
    )


def forget_account(conn: sqlite3.Connection) -> None:
    """Forget the account and its events' state."""
    conn.execute("DELETE FROM caldav_account")
    conn.execute("DELETE FROM caldav_events")


def events(conn: sqlite3.Connection) -> dict[str, EventRow]:
    """Our events on the server, by UID."""
    return {
        r["uid"]: EventRow(r["uid"], r["href"], r["digest"], r["etag"])
        for r in conn.execute("SELECT uid, href, digest, etag FROM caldav_events")
    }


def save_events(conn: sqlite3.Connection, written: list[EventRow], deleted: list[str]) -> None:
    """Record events written to the server and UIDs no longer there."""
    conn.executemany(
        "INSERT INTO caldav_events (uid, href, digest, etag) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (uid) DO UPDATE SET href = excluded.href, digest = excluded.digest, "
        "etag = excluded.etag",
        [(e.uid, e.href, e.digest, e.etag) for e in written],
    )
    conn.executemany("DELETE FROM caldav_events WHERE uid = ?", [(uid,) for uid in deleted])


def record_success(conn: sqlite3.Connection, ctag: str | None, now: datetime) -> None:
    """A sync went through at `now`: the calendar's tag, and no problem left."""
    conn.execute(
        "UPDATE caldav_account SET ctag = ?, last_good_sync = ?, last_attempt = ?, "
        "problem = NULL, detail = '', failures = 0, retry_at = NULL WHERE id = 1",
        (ctag, _iso(now), _iso(now)),
    )


def record_failure(
    conn: sqlite3.Connection, problem: str, detail: str, now: datetime, retry_at: datetime
) -> None:
    """A sync failed at `now`; the next automatic try waits until `retry_at`."""
    conn.execute(
        "UPDATE caldav_account SET last_attempt = ?, problem = ?, detail = ?, "
        "failures = failures + 1, retry_at = ?, ctag = NULL WHERE id = 1",
        (_iso(now), problem, detail[:500], _iso(retry_at)),
    )
