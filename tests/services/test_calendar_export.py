"""The .ics export (#5), parsed back with the icalendar library."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from export_support import add_line, open_services

from numberkeeper.core.validation import input_from_fields
from numberkeeper.services.calendar_export import export_calendar
from numberkeeper.services.container import Services


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def triggers(event: icalendar.Event) -> list[datetime]:
    return sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))


SHANGHAI = ZoneInfo("Asia/Shanghai")


def shanghai(*when: int) -> datetime:
    """09:00 (or the hour given) on a day in Shanghai, as UTC."""
    year, month, day, *hour = when
    return datetime(year, month, day, *(hour or [9]), tzinfo=SHANGHAI).astimezone(UTC)


def test_events_uids_alarms_and_zones(services: Services, now: datetime, tmp_path: Path) -> None:
    kw = add_line(services, now, label="科威特", expires="2027-01-31", keep_alive_days="30")
    # Its keep-alive falls after the expiry: renewing keeps it, as the reminders say too.
    om = add_line(
        services,
        now,
        number="+96899123456",
        carrier="om-omantel",
        expires="2026-12-15",
        keep_alive_days="60",
    )
    suspended = add_line(
        services,
        now,
        number="+96899123457",
        carrier="om-omantel",
        status="suspended",
        resume_on="2027-03-01",
    )
    add_line(services, now, number="+96899123458", carrier="om-omantel", status="cancelled")
    services.reminders.set_line_lead_days(om, [14, 2])
    target = tmp_path / "numberkeeper.ics"
    assert export_calendar(services, target, now, SHANGHAI) == 6
    found = events(target)
    assert set(found) == {
        f"line-{kw}-expiry@numberkeeper",
        f"line-{kw}-grace-end@numberkeeper",
        f"line-{kw}-keep-alive@numberkeeper",
        f"line-{om}-expiry@numberkeeper",
        f"line-{om}-grace-end@numberkeeper",
        f"line-{suspended}-resume@numberkeeper",
    }
    expiry = found[f"line-{kw}-expiry@numberkeeper"]
    start = expiry.decoded("DTSTART")
    assert start == datetime(2027, 1, 31, 23, 59, tzinfo=ZoneInfo("Asia/Kuwait"))
    assert expiry["DTSTART"].params["TZID"] == "Asia/Kuwait"
    assert "科威特" in str(expiry["SUMMARY"])
    # Alarms at 09:00 in Shanghai (#17), counted from 1 February, the deadline's day there.
    assert triggers(expiry) == [shanghai(2027, 2, 1) - timedelta(days=d) for d in (30, 7, 3, 1)]
    assert {a["TRIGGER"].params["VALUE"] for a in expiry.walk("VALARM")} == {"DATE-TIME"}
    om_expiry = found[f"line-{om}-expiry@numberkeeper"]
    assert om_expiry["DTSTART"].params["TZID"] == "Asia/Muscat"
    # 23:59 in Muscat is 03:59 on the 16th in Shanghai.
    assert triggers(om_expiry) == [shanghai(2026, 12, 2), shanghai(2026, 12, 14)]
    grace = found[f"line-{kw}-grace-end@numberkeeper"]
    assert grace.decoded("DTSTART").date() == date(2027, 1, 31) + timedelta(days=30)
    resume = found[f"line-{suspended}-resume@numberkeeper"]
    assert resume.decoded("DTSTART") == date(2027, 3, 1)
    keep_alive = found[f"line-{kw}-keep-alive@numberkeeper"]
    assert keep_alive.decoded("DTSTART").date() == now.date() + timedelta(days=30)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"Asia/Kuwait", "Asia/Muscat"}


def test_uids_are_stable_and_sequence_grows(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line = add_line(services, now)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_calendar(services, first, now, SHANGHAI)
    later = now + timedelta(days=1)
    typed = input_from_fields(services.lines.get(line).fields)
    services.lines.edit(line, dataclasses.replace(typed, expires="2027-03-31"), later)
    export_calendar(services, second, later, SHANGHAI)
    a, b = events(first), events(second)
    assert set(a) == set(b)
    uid = f"line-{line}-expiry@numberkeeper"
    assert b[uid].decoded("DTSTART").date() == date(2027, 3, 31)
    assert int(b[uid]["SEQUENCE"]) > int(a[uid]["SEQUENCE"])
    assert b[uid].decoded("DTSTAMP") > a[uid].decoded("DTSTAMP")


def test_write_is_atomic(services: Services, now: datetime, tmp_path: Path) -> None:
    add_line(services, now)
    folder = tmp_path / "out"
    folder.mkdir()
    export_calendar(services, folder / "x.ics", now, SHANGHAI)
    assert [p.name for p in folder.iterdir()] == ["x.ics"]
    assert (folder / "x.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
