"""Calendar sync over CalDAV (#17) against a real Radicale server started on 127.0.0.1, read
back with the `caldav` client as a phone would see it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import icalendar
import niquests
import pytest
from export_support import add_line
from local_servers import Radicale, canned_http, running_radicale
from memory_keyring import MemoryKeyring

from numberkeeper.core.errors import ValidationError
from numberkeeper.core.reach import NotConnectedError, ReachError, ReachProblem
from numberkeeper.core.reminders import reminder_instant
from numberkeeper.core.secrets import KEYRING_SERVICE
from numberkeeper.core.validation import input_from_fields
from numberkeeper.services.caldav_server import CalendarServer
from numberkeeper.services.calendar_sync import PASSWORD_KEY
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import CancelInput

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "radicale-password-7f3a"


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with running_radicale(
        tmp_path_factory.mktemp("radicale"), {"alice": PASSWORD, "bob": "b0b"}
    ) as server:
        yield server


@pytest.fixture
def services(reaching: Services) -> Services:
    return reaching


@pytest.fixture
def calendar_name(request: pytest.FixtureRequest) -> str:
    """A calendar of its own per test, on the shared server."""
    return "NK " + request.node.name[:40]


@pytest.fixture
def connected(services: Services, radicale: Radicale, calendar_name: str, now: datetime) -> str:
    """Connected to a fresh calendar of alice's; its address."""
    account = services.calendar_sync.connect(radicale.url, "alice", PASSWORD, calendar_name, now)
    return account.calendar_url


def phone(radicale: Radicale, calendar_url: str) -> caldav.Calendar:
    """The calendar as another client (a phone) sees it."""
    client = caldav.DAVClient(
        url=radicale.url, username="alice", password=PASSWORD, enable_rfc6764=False
    )
    return client.calendar(url=calendar_url)


def on_server(radicale: Radicale, calendar_url: str) -> dict[str, icalendar.Event]:
    """Every event in the calendar, by UID, parsed from what the server holds."""
    found = {}
    for item in phone(radicale, calendar_url).get_events():
        for event in icalendar.Calendar.from_ical(item.data).walk("VEVENT"):
            found[str(event["UID"])] = event
    return found


def sync(services: Services, now: datetime):  # type: ignore[no-untyped-def]
    return services.calendar_sync.sync(now, SHANGHAI)


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every HTTP request the app makes: its method and the size of its body."""
    sent: list[tuple[str, int]] = []
    original = niquests.Session.request

    def recording(self, method, url, *args, **kwargs):  # type: ignore[no-untyped-def]
        data = kwargs.get("data")
        sent.append((method, len(data) if data else 0))
        return original(self, method, url, *args, **kwargs)

    monkeypatch.setattr(niquests.Session, "request", recording)
    return sent


def test_first_sync_puts_every_deadline_with_its_alarms(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    kw = add_line(services, now, label="Bank OTP", expires="2027-01-31", grace_days="30")
    om = add_line(services, now, number="+96899123456", carrier="om-omantel", expires="2026-12-15")
    report = sync(services, now)
    assert (report.written, report.deleted) == (4, 0)
    events = on_server(radicale, connected)
    assert set(events) == {
        f"line-{kw}-expiry@numberkeeper",
        f"line-{kw}-grace-end@numberkeeper",
        f"line-{om}-expiry@numberkeeper",
        f"line-{om}-grace-end@numberkeeper",
    }
    expiry = events[f"line-{kw}-expiry@numberkeeper"]
    assert expiry.decoded("DTSTART") == datetime(
        2027, 1, 31, 23, 59, tzinfo=ZoneInfo("Asia/Kuwait")
    )
    assert "Bank OTP" in str(expiry["SUMMARY"])
    # Absolute alarms at 09:00 in Shanghai, the user's zone (#17 §1b).
    deadline = expiry.decoded("DTSTART")
    assert sorted(a.decoded("TRIGGER") for a in expiry.walk("VALARM")) == [
        reminder_instant(deadline, d, time(9), SHANGHAI) for d in (30, 7, 3, 1)
    ]
    status = services.calendar_sync.status()
    assert (status.last_good_sync, status.problem, status.events) == (now, None, 4)


def test_a_sync_with_nothing_changed_sends_no_body(
    services: Services, connected: str, now: datetime, wire: list[tuple[str, int]]
) -> None:
    add_line(services, now)
    sync(services, now)
    wire.clear()
    report = sync(services, now + timedelta(hours=1))
    assert report.sent_nothing
    assert report.unchanged == 2
    # The calendar's change tag, asked without a body (twice: the first answer is the 401
    # that names the server's way of logging in).
    assert wire == [("PROPFIND", 0), ("PROPFIND", 0)]


def test_after_a_renewal_only_the_moved_events_are_written(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    line = add_line(services, now, expires="2027-01-31")
    other = add_line(services, now, number="+96596661235", expires="2027-03-01")
    sync(services, now)
    typed = input_from_fields(services.lines.get(line).fields)
    services.lines.edit(line, dataclasses.replace(typed, expires="2027-04-30"), now)
    report = sync(services, now)
    assert (report.written, report.deleted, report.unchanged) == (2, 0, 2)
    events = on_server(radicale, connected)
    assert events[f"line-{line}-expiry@numberkeeper"].decoded("DTSTART").date().isoformat() == (
        "2027-04-30"
    )
    assert events[f"line-{other}-expiry@numberkeeper"].decoded("DTSTART").month == 3
    assert len(events) == 4  # moved, not doubled


def test_cancelling_deletes_and_a_foreign_event_is_never_touched(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    foreign = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
        "UID:dentist-42@phone.example\r\nDTSTAMP:20261101T000000Z\r\n"
        "DTSTART:20261203T020000Z\r\nDURATION:PT1H\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    phone(radicale, connected).save_event(foreign)
    before = on_server(radicale, connected)["dentist-42@phone.example"].to_ical()
    line = add_line(services, now)
    kept = add_line(services, now, number="+96596661235")
    sync(services, now)
    services.status.cancel(line, CancelInput(last_four="1234"), now)
    report = sync(services, now)
    assert report.deleted == 2
    events = on_server(radicale, connected)
    assert set(events) == {
        "dentist-42@phone.example",
        f"line-{kept}-expiry@numberkeeper",
        f"line-{kept}-grace-end@numberkeeper",
    }
    assert events["dentist-42@phone.example"].to_ical() == before
    services.lines.archive(kept, now)
    sync(services, now)
    assert set(on_server(radicale, connected)) == {"dentist-42@phone.example"}


def test_an_edit_on_the_phone_is_overwritten(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    line = add_line(services, now, label="Bank OTP")
    sync(services, now)
    uid = f"line-{line}-expiry@numberkeeper"
    [item] = [o for o in phone(radicale, connected).get_events() if uid in o.data]
    item.data = item.data.replace("Bank OTP", "Changed on the phone")
    item.save()
    report = sync(services, now)
    assert report.written == 1
    assert "Bank OTP" in str(on_server(radicale, connected)[uid]["SUMMARY"])


def test_a_new_reminder_hour_moves_every_alarm(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    line = add_line(services, now)
    sync(services, now)
    services.reminders.set_hour("19:30")
    assert sync(services, now).written == 2
    expiry = on_server(radicale, connected)[f"line-{line}-expiry@numberkeeper"]
    assert {a.decoded("TRIGGER").astimezone(SHANGHAI).time() for a in expiry.walk("VALARM")} == {
        time(19, 30)
    }


def test_lost_state_converges_without_duplicates(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    """As after restoring an older backup: what the database says the server holds is wrong."""
    add_line(services, now)
    sync(services, now)
    services.lines.conn.execute("DELETE FROM caldav_events")
    services.lines.conn.execute("UPDATE caldav_account SET ctag = 'from a backup'")
    sync(services, now)
    assert len(on_server(radicale, connected)) == 2
    assert sync(services, now).sent_nothing


def test_server_stopped_mid_sync_is_retried_and_converges(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    for i in range(4):
        add_line(services, now, number=f"+9659666123{i}")
    real_put = CalendarServer.put
    puts = []

    def put_then_stop(server: CalendarServer, url: str, body: bytes) -> str | None:
        puts.append(url)
        if len(puts) == 3:
            radicale.stop()  # the server goes away in the middle of the sync
        return real_put(server, url, body)

    services.calendar_sync._server = lambda *a: _Patched(*a, put=put_then_stop)
    try:
        with pytest.raises(ReachError) as e:
            sync(services, now)
    finally:
        radicale.start()
    assert e.value.problem is ReachProblem.UNREACHABLE
    status = services.calendar_sync.status()
    assert status.problem is ReachProblem.UNREACHABLE
    assert status.retry_at == now + timedelta(minutes=1)
    assert status.events == 2  # the two written before it stopped are recorded
    assert not services.calendar_sync.due(now + timedelta(seconds=30))
    assert services.calendar_sync.due(now + timedelta(minutes=1))
    services.calendar_sync._server = CalendarServer
    report = sync(services, now + timedelta(minutes=1))
    assert report.written == 6
    assert len(on_server(radicale, connected)) == 8
    assert services.calendar_sync.status().problem is None


class _Patched(CalendarServer):
    def __init__(self, url: str, user: str, password: str, put) -> None:  # type: ignore[no-untyped-def]
        super().__init__(url, user, password)
        self._put = put

    def put(self, url: str, body: bytes) -> str | None:
        return self._put(self, url, body)  # type: ignore[no-any-return]


def test_a_wrong_password_is_told_and_nothing_is_kept(
    services: Services, radicale: Radicale, keyring_backend: MemoryKeyring, now: datetime
) -> None:
    with pytest.raises(ReachError) as e:
        services.calendar_sync.connect(radicale.url, "alice", "wrong", None, now)
    assert e.value.problem is ReachProblem.AUTH
    assert services.calendar_sync.status().account is None
    assert keyring_backend.store == {}


def test_a_password_changed_on_the_server_is_a_sync_problem_nothing_lost(
    services: Services,
    radicale: Radicale,
    connected: str,
    keyring_backend: MemoryKeyring,
    now: datetime,
) -> None:
    add_line(services, now)
    sync(services, now)
    keyring_backend.store[(KEYRING_SERVICE, PASSWORD_KEY)] = "an old password"
    with pytest.raises(ReachError) as e:
        sync(services, now)
    assert e.value.problem is ReachProblem.AUTH
    status = services.calendar_sync.status()
    assert (status.problem, status.last_good_sync, status.events) == (ReachProblem.AUTH, now, 2)
    assert len(on_server(radicale, connected)) == 2


def test_the_password_is_only_in_the_keyring(
    services: Services, connected: str, keyring_backend: MemoryKeyring, data_dir: Path
) -> None:
    assert keyring_backend.store == {(KEYRING_SERVICE, PASSWORD_KEY): PASSWORD}
    services.lines.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert services.calendar_sync.disconnect()
    assert keyring_backend.store == {}
    assert services.calendar_sync.status().account is None


def test_choosing_an_existing_calendar_by_name(
    services: Services, radicale: Radicale, connected: str, calendar_name: str, now: datetime
) -> None:
    assert calendar_name in services.calendar_sync.calendars(radicale.url, "alice", PASSWORD)
    again = services.calendar_sync.connect(
        radicale.url, "alice", PASSWORD, calendar_name.upper(), now
    )
    assert again.calendar_url == connected


def test_bad_input_is_refused_by_field(services: Services, radicale: Radicale, now: datetime):
    with pytest.raises(ValidationError) as e:
        services.calendar_sync.connect("caldav.example", "", "", None, now)
    assert [x.field for x in e.value.errors] == ["url", "user", "password"]
    with pytest.raises(ValidationError) as e:
        services.calendar_sync.connect("https://u:pw@example.com/", "u", "p", None, now)
    assert e.value.errors[0].code.value == "url_has_password"
    principal = radicale.url + "alice/"  # a collection, but not a calendar
    with pytest.raises(ReachError) as r:
        services.calendar_sync.connect(radicale.url, "alice", PASSWORD, principal, now)
    assert r.value.problem is ReachProblem.NOT_A_CALENDAR
    with pytest.raises(NotConnectedError):
        sync(services, now)


@pytest.mark.parametrize(
    ("status", "problem"),
    [
        (200, ReachProblem.NOT_CALDAV),
        (404, ReachProblem.NOT_CALDAV),
        (500, ReachProblem.SERVER_ERROR),
    ],
)
def test_a_server_answering_html_or_failing_is_told(
    services: Services, now: datetime, status: int, problem: ReachProblem
) -> None:
    with (
        canned_http(status, b"<html><body>Sign in</body></html>") as url,
        pytest.raises(ReachError) as e,
    ):
        services.calendar_sync.connect(url, "alice", "pw", None, now)
    assert e.value.problem is problem
    assert services.calendar_sync.status().account is None


def test_a_server_that_never_answers_times_out(services: Services, now: datetime) -> None:
    services.calendar_sync._server = lambda *a: CalendarServer(*a, timeout=1)
    with canned_http(silent=True) as url, pytest.raises(ReachError) as e:
        services.calendar_sync.connect(url, "alice", "pw", None, now)
    assert e.value.problem is ReachProblem.TIMEOUT


def test_html_where_the_calendar_was_is_recorded_and_repaired_later(
    services: Services, radicale: Radicale, connected: str, now: datetime
) -> None:
    add_line(services, now)
    sync(services, now)
    conn = services.lines.conn
    with canned_http(200, b"<html>maintenance</html>") as url:
        conn.execute("UPDATE caldav_account SET url = ?, calendar_url = ?", (url, url + "cal/"))
        with pytest.raises(ReachError) as e:
            sync(services, now)
    assert e.value.problem is ReachProblem.NOT_CALDAV
    assert services.calendar_sync.status().events == 2  # nothing forgotten
    conn.execute("UPDATE caldav_account SET url = ?, calendar_url = ?", (radicale.url, connected))
    assert sync(services, now + timedelta(minutes=5)).sent_nothing
    assert services.calendar_sync.status().problem is None
