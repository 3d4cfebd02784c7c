"""Schema migrations keyed on `PRAGMA user_version`, each applied in its own transaction.

A database whose user_version is above the newest migration was written by a newer
NumberKeeper: it is refused and left untouched. A step is an SQL statement, or a function of
the connection for what SQL cannot compute (run inside the same transaction).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.store.base import transaction

Step = str | Callable[[sqlite3.Connection], None]

# Our mark in the file's header ("NKpr"), set when a database is created and by migration 6 on
# the databases made before it: a file without it is another program's (#15, store/identity.py).
APPLICATION_ID = 0x4E4B7072


def _store_readable_numbers(conn: sqlite3.Connection) -> None:
    """Fill lines.number_readable for the lines written before it existed."""
    from numberkeeper.core.phones import formatting_version
    from numberkeeper.store.lines import rewrite_readable_numbers

    rewrite_readable_numbers(conn, formatting_version())


# Append only: migration N (1-based) brings the schema from version N-1 to N.
MIGRATIONS: list[list[Step]] = [
    [
        """
        CREATE TABLE lines (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            country TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            carrier TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('sim', 'esim', 'virtual')),
            plan TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
            keep_alive_days INTEGER CHECK (keep_alive_days IS NULL OR keep_alive_days > 0),
            keep_alive_counts TEXT NOT NULL DEFAULT '[]',
            balance_minor INTEGER CHECK (balance_minor IS NULL OR balance_minor >= 0),
            balance_currency TEXT,
            balance_checked_on TEXT,
            status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'cancelled')),
            resume_on TEXT,
            linked_accounts TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            archived_at TEXT,
            CHECK ((balance_minor IS NULL) = (balance_currency IS NULL))
        )
        """,
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        )
        """,
        "CREATE INDEX events_by_line ON events(line_id, at)",
    ],
    [
        # Renewal chains (core.validity.ValidityChain), receipts, keep-alive log, checklists.
        "ALTER TABLE lines ADD COLUMN chain_anchor TEXT",
        "ALTER TABLE lines ADD COLUMN chain_unit TEXT",
        "ALTER TABLE lines ADD COLUMN chain_count INTEGER",
        """
        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE receipts (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            paid_on TEXT NOT NULL,
            kind TEXT NOT NULL
                CHECK (kind IN ('renewal', 'suspension_fee', 'voucher', 'other')),
            amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
            currency TEXT NOT NULL,
            channel TEXT,
            payment_method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            sms_confirmed INTEGER NOT NULL DEFAULT 0,
            previous_expiry TEXT,
            new_expiry TEXT,
            attachment_sha256 TEXT REFERENCES attachments(sha256),
            attachment_name TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX receipts_by_line ON receipts(line_id, paid_on)",
        "CREATE INDEX receipts_by_date ON receipts(paid_on)",
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('top_up', 'call', 'sms', 'data')),
            on_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX activities_by_line ON activities(line_id, on_date)",
        """
        CREATE TABLE checklist_runs (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            step TEXT NOT NULL,
            answers TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL CHECK (state IN ('open', 'finished', 'abandoned')),
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        # At most one open run per line and errand.
        "CREATE UNIQUE INDEX one_open_run ON checklist_runs(line_id, action) WHERE state = 'open'",
    ],
    [
        # Which secrets exist per line; the values live only in the OS keyring (#6).
        """
        CREATE TABLE secrets (
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('password', 'pin', 'puk', 'esim-code', 'other')),
            name TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (line_id, kind, name)
        )
        """,
        # The carrier portal's user name is not secret; it sits with the line.
        "ALTER TABLE lines ADD COLUMN portal_user TEXT NOT NULL DEFAULT ''",
    ],
    [
        # Reminders (#4): what the user did with each reminder, keyed by core.reminders'
        # Reminder.key, with the key's line id so purging a line drops its rows.
        """
        CREATE TABLE reminder_acks (
            key TEXT PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE reminder_snoozes (
            key TEXT PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            until TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE reminder_notifications (
            key TEXT PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES lines(id) ON DELETE CASCADE,
            at TEXT NOT NULL
        )
        """,
        "CREATE INDEX reminder_acks_by_line ON reminder_acks(line_id)",
        "CREATE INDEX reminder_snoozes_by_line ON reminder_snoozes(line_id)",
        "CREATE INDEX reminder_notifications_by_line ON reminder_notifications(line_id)",
        # Per-line lead times before expiry (a JSON list of days), overriding the default.
        """
        CREATE TABLE reminder_lead_days (
            line_id INTEGER PRIMARY KEY REFERENCES lines(id) ON DELETE CASCADE,
            lead_days TEXT NOT NULL
        )
        """,
        # Small application settings as JSON, e.g. 'reminders.lead_days' → '[30, 7, 3, 1]'.
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
    ],
    [
        # The number formatted for reading, written with the number, so that listing the
        # lines needs no phone-number library (start-up: #2).
        "ALTER TABLE lines ADD COLUMN number_readable TEXT NOT NULL DEFAULT ''",
        _store_readable_numbers,
    ],
    [
        # The mark (#15): databases written before it are recognised by their exact schema
        # (store/identity.py) and marked here; new ones carry it from their first write.
        f"PRAGMA application_id = {APPLICATION_ID}",
    ],
    [
        # Reaching the phone (#17). The CalDAV account (one): the server, the user name and the
        # calendar, never the password (the OS keyring holds it), and how the syncs went.
        """
        CREATE TABLE caldav_account (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            url TEXT NOT NULL,
            username TEXT NOT NULL,
            calendar_url TEXT NOT NULL,
            calendar_name TEXT NOT NULL DEFAULT '',
            connected_at TEXT NOT NULL,
            ctag TEXT,
            last_good_sync TEXT,
            last_attempt TEXT,
            problem TEXT,
            detail TEXT NOT NULL DEFAULT '',
            failures INTEGER NOT NULL DEFAULT 0,
            retry_at TEXT
        )
        """,
        # What the server holds of ours: each event's resource, the digest of what was sent
        # and the ETag it got, so a sync with nothing changed sends nothing.
        """
        CREATE TABLE caldav_events (
            uid TEXT PRIMARY KEY,
            href TEXT NOT NULL,
            digest TEXT NOT NULL,
            etag TEXT
        )
        """,
        # Push channels: their names and schemes only; each URL (with its tokens) is in the
        # OS keyring.
        """
        CREATE TABLE push_channels (
            name TEXT PRIMARY KEY,
            scheme TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        # What was sent to which channel: one row per reminder occurrence, so a restart sends
        # nothing twice; a failed send keeps its attempts and when to try again.
        """
        CREATE TABLE push_log (
            channel TEXT NOT NULL REFERENCES push_channels(name) ON DELETE CASCADE,
            key TEXT NOT NULL,
            occurrence TEXT NOT NULL,
            line_id INTEGER REFERENCES lines(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('sent', 'failed')),
            attempts INTEGER NOT NULL,
            at TEXT NOT NULL,
            retry_at TEXT,
            problem TEXT,
            PRIMARY KEY (channel, key, occurrence)
        )
        """,
        "CREATE INDEX push_log_by_line ON push_log(line_id)",
    ],
]

# The first schema version whose databases carry APPLICATION_ID.
MARKED_FROM = 6

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; StorageError (TOO_NEW) if a newer NumberKeeper wrote it."""
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        detail = f"{current}; this version knows up to {SCHEMA_VERSION}"
        raise StorageError(StorageProblem.TOO_NEW, path, detail)
    return current


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the database to SCHEMA_VERSION, one transaction per migration."""
    current = check_version(conn, path)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with transaction(conn):
            # Read again under the write lock: another process (the GUI and a CLI started
            # together) may have applied this migration since the first read.
            if user_version(conn) >= version:
                continue
            for step in MIGRATIONS[version - 1]:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
            # PRAGMA does not take parameters; version is an int from our own list.
            conn.execute(f"PRAGMA user_version = {int(version)}")
