"""Reminder state and settings in SQLite (#4), through the store and the service."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from numberkeeper.core.errors import ErrorCode, LineNotFoundError, ValidationError
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
from numberkeeper.services.lines import LineService
from numberkeeper.services.reminders import ReminderService
from numberkeeper.store import reminders as store
from numberkeeper.store.db import connect, transaction
from numberkeeper.store.migrations import SCHEMA_VERSION, user_version

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
KEY = "1:lead:30:2026-12-01"
KUWAIT = ZoneInfo("Asia/Kuwait")  # where the user lives in these tests


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
    [due] = services.reminders.due(NOW, KUWAIT)
    assert due.key == KEY
    services.reminders.acknowledge([due.key], NOW)
    assert services.reminders.due(NOW, KUWAIT) == []
    conn.close()

    conn = connect(database_path(data_dir))
    services = Services.open(conn, data_dir, carrier_catalog())
    assert services.reminders.due(NOW, KUWAIT) == []
    assert [r.kind for r in services.reminders.due(NOW + timedelta(days=3), KUWAIT)] == [
        ReminderKind.LEAD
    ]
    assert services.reminders.state().acknowledged == frozenset({KEY})
    conn.close()


def test_service_due_next_check_snooze_and_notified(reminders: ReminderService) -> None:
    [due] = reminders.due(NOW, KUWAIT)
    # Lead 7: 09:00 in Kuwait, seven days before the deadline's day (#17).
    assert reminders.next_check(NOW, KUWAIT) == datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    until = reminders.snooze([due.key], SnoozeOption.TOMORROW_MORNING, NOW, KUWAIT)
    assert until == datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    assert reminders.due(NOW, KUWAIT) == []
    assert reminders.next_check(NOW, KUWAIT) == until
    [back] = reminders.due(until, KUWAIT)
    reminders.mark_notified([back.key], until)
    assert reminders.state().notified_at == {back.key: until}
    [(reminder, line)] = reminders.due_with_lines(until, KUWAIT)
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
    assert [r.key for r in reminders.due(NOW, KUWAIT)] == []  # 9 days before expiry: lead 8 not yet
    assert [r.key for r in reminders.due(NOW + timedelta(days=2), KUWAIT)] == [
        "1:lead:8:2026-12-01"
    ]
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


def test_the_reminder_hour_and_zone_are_kept_and_checked(reminders: ReminderService) -> None:
    assert (reminders.settings().hour, reminders.settings().zone) == (time(9, 0), None)
    settings = reminders.set_hour("7:30", "Asia/Shanghai")
    assert (settings.hour, settings.zone) == (time(7, 30), "Asia/Shanghai")
    # 7:30 in Shanghai, seven of its days before 2 December (23:59 on 1 December in Kuwait).
    assert reminders.next_check(NOW, KUWAIT) == datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    with pytest.raises(ValidationError) as e:
        reminders.set_hour("25:00", "Mars/Olympus")
    assert [(x.field, x.code) for x in e.value.errors] == [
        ("hour", ErrorCode.TIME_INVALID),
        ("zone", ErrorCode.TIME_ZONE_UNKNOWN),
    ]
    assert reminders.settings().hour == time(7, 30)  # nothing written
    assert reminders.set_hour(time(21, 0), "").zone is None
    with transaction(reminders.conn):
        store.save_settings(reminders.conn, ReminderSettings(hour=time(6, 5), zone="UTC"))
    assert store.load_settings(reminders.conn) == ReminderSettings(hour=time(6, 5), zone="UTC")


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
