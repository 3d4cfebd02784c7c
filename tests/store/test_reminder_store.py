"""Reminder state and settings in SQLite (#4), through the store and the service."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.reminders import (
    DEFAULT_LEAD_DAYS,
    ReminderKind,
    ReminderSettings,
    SnoozeOption,
)
from numberkeeper.core.validation import LineInput
from numberkeeper.paths import database_path
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineNotFoundError, LineService
from numberkeeper.services.reminders import ReminderService
from numberkeeper.store import reminders as store
from numberkeeper.store.db import connect, transaction
from numberkeeper.store.migrations import SCHEMA_VERSION, user_version

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
KEY = "1:lead:30:2026-12-01"


@pytest.fixture
def reminders(service: LineService) -> ReminderService:
    service.add(
        LineInput(number="+96596661234", carrier="kw-zain", expires="2026-12-01", label="Zain"),
        NOW,
    )
    return ReminderService(service)


def test_migration_creates_the_reminder_tables(conn: sqlite3.Connection) -> None:
    assert user_version(conn) == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "reminder_acks",
        "reminder_snoozes",
        "reminder_notifications",
        "reminder_lead_days",
        "settings",
    } <= tables
    state = store.load_state(conn)
    assert (state.acknowledged, dict(state.snoozed_until), dict(state.notified_at)) == (
        frozenset(),
        {},
        {},
    )
    assert store.load_settings(conn) == ReminderSettings()


def test_state_round_trip(reminders: ReminderService) -> None:
    conn = reminders.conn
    later = NOW + timedelta(hours=1)
    with transaction(conn):
        store.acknowledge(conn, [KEY, KEY], NOW)
        store.snooze(conn, ["1:final_days:2026-12-01"], later)
        store.snooze(conn, ["1:final_days:2026-12-01"], later + timedelta(hours=1))
        store.mark_notified(conn, [KEY], NOW)
        store.mark_notified(conn, [KEY], later)
    state = store.load_state(conn)
    assert state.acknowledged == frozenset({KEY})
    assert dict(state.snoozed_until) == {"1:final_days:2026-12-01": later + timedelta(hours=1)}
    assert dict(state.notified_at) == {KEY: later}
    assert state.notified_at[KEY].tzinfo is not None


def test_acknowledged_stays_acknowledged_after_reopening(data_dir: Path) -> None:
    conn = connect(database_path(data_dir))
    services = Services.open(conn, data_dir, carrier_catalog())
    services.lines.add(LineInput(number="+96596661234", expires="2026-12-01"), NOW)
    [due] = services.reminders.due(NOW)
    assert due.key == KEY
    services.reminders.acknowledge([due.key], NOW)
    assert services.reminders.due(NOW) == []
    conn.close()

    conn = connect(database_path(data_dir))
    services = Services.open(conn, data_dir, carrier_catalog())
    assert services.reminders.due(NOW) == []
    assert [r.kind for r in services.reminders.due(NOW + timedelta(days=3))] == [ReminderKind.LEAD]
    assert services.reminders.state().acknowledged == frozenset({KEY})
    conn.close()


def test_service_due_next_check_snooze_and_notified(reminders: ReminderService) -> None:
    [due] = reminders.due(NOW)
    assert reminders.next_check(NOW) == datetime(2026, 11, 24, 20, 59, tzinfo=UTC)  # lead 7
    until = reminders.snooze([due.key], SnoozeOption.TOMORROW_MORNING, NOW, ZoneInfo("Asia/Kuwait"))
    assert until == datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    assert reminders.due(NOW) == []
    assert reminders.next_check(NOW) == until
    [back] = reminders.due(until)
    reminders.mark_notified([back.key], until)
    assert reminders.state().notified_at == {back.key: until}
    [(reminder, line)] = reminders.due_with_lines(until)
    assert (reminder, line.fields.label) == (back, "Zain")


def test_unknown_keys_are_refused_and_nothing_is_written(reminders: ReminderService) -> None:
    for bad in ("99:lead:30:2026-12-01", "garbage"):
        with pytest.raises(ValidationError) as e:
            reminders.acknowledge([KEY, bad], NOW)
        assert e.value.errors[0].field == "key"
    assert reminders.state().acknowledged == frozenset()


def test_lead_day_settings(reminders: ReminderService) -> None:
    assert reminders.settings().lead_days == DEFAULT_LEAD_DAYS
    assert reminders.set_default_lead_days([14, 60, 14]).lead_days == (60, 14)
    settings = reminders.set_line_lead_days(1, [8], NOW)
    assert dict(settings.per_line) == {1: (8,)}
    assert [e.kind for e in reminders.lines.history(1)][-1] == "reminder_lead_days"
    assert [r.key for r in reminders.due(NOW)] == []  # 9 days before expiry: lead 8 not yet
    assert [r.key for r in reminders.due(NOW + timedelta(days=2))] == ["1:lead:8:2026-12-01"]
    assert dict(reminders.set_line_lead_days(1, None).per_line) == {}
    for bad, code in (([366], ErrorCode.INTEGER_OUT_OF_RANGE), ([True], ErrorCode.INTEGER_INVALID)):
        with pytest.raises(ValidationError) as e:
            reminders.set_default_lead_days(bad)
        assert e.value.errors[0].code is code
    with pytest.raises(LineNotFoundError):
        reminders.set_line_lead_days(7, [1])
    assert reminders.settings() == ReminderSettings((60, 14), {})


def test_save_settings_replaces_everything(reminders: ReminderService) -> None:
    conn = reminders.conn
    with transaction(conn):
        store.save_settings(conn, ReminderSettings((5,), {1: (9, 2)}))
    assert store.load_settings(conn) == ReminderSettings((5,), {1: (9, 2)})
    with transaction(conn):
        store.save_settings(conn, ReminderSettings())
    assert store.load_settings(conn) == ReminderSettings()


def test_purging_a_line_drops_its_reminder_rows(reminders: ReminderService) -> None:
    reminders.acknowledge([KEY], NOW)
    reminders.snooze(["1:lead:7:2026-12-01"], SnoozeOption.DAY, NOW, UTC)
    reminders.mark_notified([KEY], NOW)
    reminders.set_line_lead_days(1, [3])
    with transaction(reminders.conn):
        reminders.conn.execute("DELETE FROM lines WHERE id = 1")
    state = reminders.state()
    assert (state.acknowledged, dict(state.snoozed_until), dict(state.notified_at)) == (
        frozenset(),
        {},
        {},
    )
    assert dict(reminders.settings().per_line) == {}


def test_services_container_has_reminders(conn: sqlite3.Connection, data_dir: Path) -> None:
    services = Services.open(conn, data_dir, carrier_catalog())
    assert isinstance(services.reminders, ReminderService)
    assert services.reminders.lines is services.lines
