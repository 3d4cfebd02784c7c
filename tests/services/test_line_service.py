"""Line use cases: validation, one transaction, one event, duplicates, archive, and what each
write says it changed."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ErrorCode,
    LineNotFoundError,
    ValidationError,
)
from numberkeeper.core.lines import LineKind
from numberkeeper.core.money import Money
from numberkeeper.core.phones import formatting_version
from numberkeeper.core.validation import LineInput, input_from_fields
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.demo import populate_demo
from numberkeeper.services.lines import LineService
from numberkeeper.store import lines as line_store
from numberkeeper.store.lines import READABLE_VERSION_SETTING

ZAIN = LineInput(
    number="+965 9666 1234",
    expires="2026-12-01",
    label="Bank OTP",
    carrier="Zain",
    balance_amount="1.25",
    balance_currency="kwd",
    linked_accounts="WhatsApp, NBK\nWhatsApp",
)


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    lines = conn.execute("SELECT count(*) FROM lines").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return lines, events


def test_add_stores_e164_preset_defaults_and_one_event(
    service: LineService, conn: sqlite3.Connection, now: datetime
) -> None:
    line = service.add(ZAIN, now).line
    f = line.fields
    assert (f.number, f.country, f.carrier, f.time_zone) == (
        "+96596661234",
        "KW",
        "kw-zain",
        "Asia/Kuwait",
    )
    assert f.expires_on == date(2026, 12, 1)
    assert f.balance is not None
    assert f.balance.amount == Money(1250, "KWD")
    assert f.linked_accounts == ("WhatsApp", "NBK")
    assert f.kind is LineKind.PHYSICAL_SIM
    assert line.created_at == now
    assert counts(conn) == (1, 1)
    [event] = service.history(line.id)
    assert event.kind == "created"
    assert event.details["number"] == "+96596661234"


def test_bad_input_names_every_field_and_writes_nothing(
    service: LineService, conn: sqlite3.Connection, now: datetime
) -> None:
    bad = LineInput(
        number="12345",
        expires="2026-02-31",
        balance_amount="-3",
        balance_currency="KWD",
        grace_days="many",
    )
    with pytest.raises(ValidationError) as caught:
        service.add(bad, now)
    by_field = {e.field: e.code for e in caught.value.errors}
    assert by_field == {
        "number": ErrorCode.NUMBER_UNPARSABLE,
        "expires": ErrorCode.DATE_NO_SUCH_DAY,
        "balance_amount": ErrorCode.AMOUNT_NEGATIVE,
        "grace_days": ErrorCode.INTEGER_INVALID,
    }
    assert caught.value.for_field("expires")[0].message == (
        "2026-02-31 is not a date: February 2026 has no day 31 (it has 28 days)"
    )
    assert counts(conn) == (0, 0)


def test_duplicate_number_is_refused(
    service: LineService, conn: sqlite3.Connection, now: datetime
) -> None:
    first = service.add(ZAIN, now).line
    with pytest.raises(ValidationError) as caught:
        service.add(dataclasses.replace(ZAIN, number="0096596661234", label="again"), now)
    assert caught.value.errors[0].code is ErrorCode.NUMBER_DUPLICATE
    assert caught.value.errors[0].params["line_id"] == str(first.id)
    assert counts(conn) == (1, 1)


def test_edit_records_what_changed(service: LineService, now: datetime) -> None:
    line = service.add(ZAIN, now).line
    later = now + timedelta(hours=1)
    typed = dataclasses.replace(input_from_fields(line.fields), label="Salary account")
    edited = service.edit(line.id, typed, later).line
    assert edited.fields.label == "Salary account"
    assert edited.updated_at == later
    assert edited.created_at == now
    events = service.history(line.id)
    assert [e.kind for e in events] == ["created", "edited"]
    assert events[1].details == {"changed": {"label": ["Bank OTP", "Salary account"]}}


def test_edit_from_a_stale_read_is_refused_and_writes_nothing(
    service: LineService, now: datetime
) -> None:
    line = service.add(ZAIN, now).line
    renewed = dataclasses.replace(input_from_fields(line.fields), expires="2027-06-30")
    service.edit(line.id, renewed, now)  # someone else, after `line` was read
    mine = dataclasses.replace(input_from_fields(line.fields), label="Mine")
    with pytest.raises(ChangedElsewhereError):
        service.edit(line.id, mine, now, read=line.fields)
    kept = service.get(line.id).fields
    assert (kept.label, kept.expires_on) == ("Bank OTP", date(2027, 6, 30))
    assert [e.kind for e in service.history(line.id)] == ["created", "edited"]
    # Read afresh, the change goes through, on top of the other one.
    fresh = service.get(line.id).fields
    again = dataclasses.replace(input_from_fields(fresh), label="Mine")
    edited = service.edit(line.id, again, now, read=fresh).line.fields
    assert (edited.label, edited.expires_on) == ("Mine", date(2027, 6, 30))


def test_a_preset_carrier_of_another_country_is_refused(service: LineService, now) -> None:
    # Zain Kuwait gives Kuwaiti numbers: its zone and currency would be wrong for this one.
    typed = dataclasses.replace(ZAIN, number="+86 138 0013 8000")
    with pytest.raises(ValidationError) as caught:
        service.add(typed, now)
    assert [(e.field, e.code, e.params["number_country"]) for e in caught.value.errors] == [
        ("carrier", ErrorCode.CARRIER_COUNTRY_MISMATCH, "CN")
    ]
    assert service.list_lines() == []
    # Free text is the way for a carrier NumberKeeper has no preset for.
    assert (
        service.add(dataclasses.replace(typed, carrier="China Mobile"), now).line.fields.country
        == "CN"
    )


def test_edit_without_changes_writes_no_event(service: LineService, now: datetime) -> None:
    line = service.add(ZAIN, now).line
    service.edit(line.id, input_from_fields(line.fields), now)
    assert [e.kind for e in service.history(line.id)] == ["created"]


def test_input_round_trip_is_lossless(service: LineService, now: datetime) -> None:
    for line in populate_demo(service, now):
        assert service.edit(line.id, input_from_fields(line.fields), now).line.fields == line.fields


def test_archive_hides_but_keeps(service: LineService, now: datetime) -> None:
    line = service.add(ZAIN, now).line
    service.archive(line.id, now)
    assert service.list_lines() == []
    [archived] = service.list_lines(include_archived=True)
    assert archived.archived_at == now
    service.unarchive(line.id, now)
    assert [ln.id for ln in service.list_lines()] == [line.id]
    assert [e.kind for e in service.history(line.id)] == ["created", "archived", "unarchived"]


def test_each_write_returns_what_it_changed(service: LineService, now: datetime) -> None:
    """The ids of what changed (#14), for the window's one change signal: the line itself;
    nothing for an edit that changed no field."""
    added = service.add(ZAIN, now)
    line = added.line
    assert added.changes == Changes.of(Kind.LINES, lines=(line.id,))
    unchanged = service.edit(line.id, input_from_fields(line.fields), now)
    assert unchanged.line == line
    assert not unchanged.changes
    relabelled = dataclasses.replace(input_from_fields(line.fields), label="Work")
    edited = service.edit(line.id, relabelled, now)
    assert (edited.line.fields.label, edited.changes) == ("Work", added.changes)
    archived = service.archive(line.id, now)
    assert (archived.line.archived_at, archived.changes) == (now, added.changes)
    restored = service.unarchive(line.id, now)
    assert (restored.line.archived_at, restored.changes) == (None, added.changes)


def test_unknown_line(service: LineService, now: datetime) -> None:
    with pytest.raises(LineNotFoundError):
        service.get(99)
    with pytest.raises(LineNotFoundError):
        service.archive(99, now)


def test_demo_has_what_the_issue_promises(service: LineService, now: datetime) -> None:
    from numberkeeper.core.phases import Phase, timing

    lines = populate_demo(service, now)
    phases = [timing(ln.fields, now).phase for ln in lines]
    carriers = {ln.fields.carrier for ln in lines}
    assert {"kw-zain", "kw-ooredoo", "om-omantel"} <= carriers
    assert {ln.fields.kind for ln in lines} == set(LineKind)
    assert Phase.IN_GRACE in phases
    assert Phase.SUSPENDED in phases
    three_days = [
        ln
        for ln in lines
        if timedelta(days=2) < timing(ln.fields, now).until_expiry <= timedelta(days=4)
    ]
    assert len(three_days) == 1


def test_the_readable_number_is_stored_with_the_number(service: LineService, now: datetime):
    line = service.add(ZAIN, now).line
    assert line.number_readable == "+965 9666 1234"
    typed = dataclasses.replace(
        input_from_fields(line.fields), number="+968 9012 3456", carrier="om-omantel"
    )
    edited = service.edit(line.id, typed, now).line
    assert edited.number_readable == "+968 9012 3456"
    assert service.list_lines()[0].number_readable == "+968 9012 3456"


def test_readable_numbers_follow_the_phone_number_library(
    service: LineService, conn: sqlite3.Connection, now: datetime
) -> None:
    line = service.add(ZAIN, now).line
    assert service.refresh_readable_numbers() == 0  # as written, but the release is recorded
    assert line_store.readable_numbers_version(conn) == formatting_version()
    # A line written under an older release that formatted it differently:
    conn.execute("UPDATE lines SET number_readable = '+965 96661234' WHERE id = ?", (line.id,))
    conn.execute("UPDATE settings SET value = '0.0' WHERE key = ?", (READABLE_VERSION_SETTING,))
    assert service.refresh_readable_numbers() == 1
    assert service.get(line.id).number_readable == "+965 9666 1234"
    assert service.refresh_readable_numbers() == 0  # the release is recorded: nothing to do
