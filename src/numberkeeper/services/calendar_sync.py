"""Keeping the deadlines in the user's own calendar over CalDAV (#17), so the phone's alarms
ring when this computer is off.

The events are the .ics export's (services.calendar_export: same UIDs, alarms, zones). The app
is the source of truth for its own events: what the server holds of ours is overwritten or
deleted to match; an event whose UID is not ours is never touched. A sync with nothing changed
on either side costs one PROPFIND without a body (the calendar's change tag against the one
stored) and sends no event; otherwise the server's ETags are compared with the stored ones, so
an event edited on the phone, or state that a restored backup brought back, is put right.

The account's URL and user name are stored in SQLite; its password only in the OS keyring. A
failed sync is recorded (a ReachProblem code, the server's words, when to try again, backing
off) and raised; what was written before the failure is recorded too, and the next sync goes
on from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from numberkeeper.core.errors import (
    ErrorCode,
    FieldError,
    SecretsUnavailableError,
    ValidationError,
)
from numberkeeper.core.lines import Line
from numberkeeper.core.reach import (
    NotConnectedError,
    ReachError,
    ReachProblem,
    check_server_url,
    retry_after,
)
from numberkeeper.core.secrets import check_secret_value
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.caldav_server import CalendarServer, resource_url
from numberkeeper.services.calendar_events import (
    CalendarEvent,
    calendar_events,
    english_summary,
    event_calendar,
    is_our_uid,
)
from numberkeeper.services.lines import LineService
from numberkeeper.services.reminders import ReminderService
from numberkeeper.services.secrets import KeyringVault
from numberkeeper.store import calendar_sync as store
from numberkeeper.store.db import transaction

# The keyring entry (service "NumberKeeper") that holds the CalDAV password.
PASSWORD_KEY = "caldav/password"
DEFAULT_CALENDAR = "NumberKeeper"
MAX_NAME = 200

# A sync asked for by a change (not forced) that finds nothing changed here, this soon after a
# good sync, asks the server nothing: the window hears its own worker's writes as changes
# made elsewhere (#15's database watch), and must not answer each with a sync.
QUIET = timedelta(minutes=5)

ServerFactory = Callable[[str, str, str], CalendarServer]
Summary = Callable[[Line, str], str]


@dataclass(frozen=True)
class CalendarAccount:
    """A connected account: the server, the user, and the calendar the events go to."""

    url: str
    username: str
    calendar_url: str
    calendar_name: str


@dataclass(frozen=True)
class SyncStatus:
    """How calendar sync stands, for a status line."""

    account: CalendarAccount | None
    last_good_sync: datetime | None = None
    last_attempt: datetime | None = None
    problem: ReachProblem | None = None
    detail: str = ""
    failures: int = 0
    retry_at: datetime | None = None
    events: int = 0  # events of ours the server holds, as last synced


@dataclass(frozen=True)
class SyncReport:
    """What one sync did."""

    written: int
    deleted: int
    unchanged: int

    @property
    def sent_nothing(self) -> bool:
        """Whether the server was only asked, never written to."""
        return self.written == 0 and self.deleted == 0


@dataclass(frozen=True)
class Connected:
    """What connecting did: the account, then its first sync's report — or why that sync
    failed (the account stays connected; the failure is recorded and the next sync retries)."""

    account: CalendarAccount
    report: SyncReport | None
    error: ReachError | SecretsUnavailableError | None = None


@speaks_storage
class CalendarSyncService:
    """The CalDAV account and its syncs over one database."""

    def __init__(
        self,
        lines: LineService,
        reminders: ReminderService,
        vault: KeyringVault | None = None,
        server: ServerFactory = CalendarServer,
    ) -> None:
        self.lines = lines
        self.reminders = reminders
        self.conn = lines.conn  # Services.rebind points it at a restored database
        self.vault = vault or KeyringVault()
        self._server = server

    def status(self) -> SyncStatus:
        """The account (None when none is connected) and how its syncs went."""
        row = store.account(self.conn)
        if row is None:
            return SyncStatus(None)
        account = CalendarAccount(row.url, row.username, row.calendar_url, row.calendar_name)
        return SyncStatus(
            account,
            row.last_good_sync,
            row.last_attempt,
            ReachProblem(row.problem) if row.problem else None,
            row.detail,
            row.failures,
            row.retry_at,
            len(store.events(self.conn)),
        )

    def calendars(self, url: str, username: str, password: str) -> list[str]:
        """The names of an account's calendars (to choose one before connecting)."""
        url, username, password = _checked(url, username, password)
        with self._server(url, username, password) as server:
            server.check()
            return [name for name, _ in server.calendars()]

    def connect(
        self, url: str, username: str, password: str, calendar: str | None, now: datetime
    ) -> CalendarAccount:
        """Log in, choose the calendar (by name, made when missing; or by its address), keep
        the password in the keyring and the rest here. Nothing is synced yet.

        ValidationError for what was typed wrong; ReachError when the server says no;
        SecretsUnavailableError when the keyring cannot keep the password.
        """
        url, username, password = _checked(url, username, password)
        wanted = (calendar or "").strip() or DEFAULT_CALENDAR
        if len(wanted) > MAX_NAME:
            raise ValidationError.single("calendar", ErrorCode.TEXT_TOO_LONG, limit=str(MAX_NAME))
        with self._server(url, username, password) as server:
            server.check()
            if wanted.lower().startswith(("http://", "https://")):
                calendar_url, name = check_server_url(wanted, "calendar"), ""
                if not server.collection(calendar_url).is_calendar:
                    raise ReachError(ReachProblem.NOT_A_CALENDAR, calendar_url)
            else:
                found = [(n, u) for n, u in server.calendars() if n.casefold() == wanted.casefold()]
                name = found[0][0] if found else wanted
                calendar_url = found[0][1] if found else server.make_calendar(wanted)
        self.vault.set(PASSWORD_KEY, password)
        with transaction(self.conn):
            store.connect_account(self.conn, url, username, calendar_url, name, now)
        return CalendarAccount(url, username, calendar_url, name)

    def connect_and_sync(
        self,
        url: str,
        username: str,
        password: str,
        calendar: str | None,
        now: datetime,
        user_zone: tzinfo,
        summary: Summary = english_summary,
    ) -> Connected:
        """What "Connect" does in the window and `calendar connect` on the command line:
        `connect`, then a first sync. Raises as `connect` does; a failed first sync is in the
        result, not raised, since the account is connected all the same."""
        account = self.connect(url, username, password, calendar, now)
        try:
            return Connected(account, self.sync(now, user_zone, summary))
        except (ReachError, SecretsUnavailableError) as e:
            return Connected(account, None, e)

    def disconnect(self) -> bool:
        """Forget the account and take its password out of the keyring (the server's events
        stay: delete the calendar there to remove them). False when none was connected."""
        if store.account(self.conn) is None:
            return False
        self.vault.delete(PASSWORD_KEY)
        with transaction(self.conn):
            store.forget_account(self.conn)
        return True

    def due(self, now: datetime) -> bool:
        """Whether an automatic sync may run now: connected, and not waiting after failures."""
        row = store.account(self.conn)
        return row is not None and (row.retry_at is None or row.retry_at <= now)

    def sync(
        self,
        now: datetime,
        user_zone: tzinfo,
        summary: Summary = english_summary,
        force: bool = True,
    ) -> SyncReport:
        """Bring the server's events of ours in line with the lines (see the module docstring).

        `user_zone` is the zone the app runs in (the alarms' hour); `summary` words the titles.
        Not `force`d (a change asked for it), nothing changed here and a good sync less than
        QUIET ago: nothing is asked of the server. NotConnectedError without an account;
        ReachError (recorded first) when it fails.
        """
        row = store.account(self.conn)
        if row is None:
            raise NotConnectedError("no calendar is connected")
        lines, settings = self.lines.list_lines(), self.reminders.settings()
        desired = {e.uid: e for e in calendar_events(lines, settings, user_zone, summary)}
        if not force and _quiet(row, desired, store.events(self.conn), now):
            return SyncReport(0, 0, len(desired))
        try:
            password = self.vault.get(PASSWORD_KEY)
            if password is None:
                raise ReachError(ReachProblem.NO_PASSWORD, "the keyring holds no password")
            with self._server(row.url, row.username, password) as server:
                return _Sync(self, server, row, desired, now).run()
        except ReachError as e:
            self._failed(e.problem, e.detail, now)
            raise
        except SecretsUnavailableError as e:
            self._failed(ReachProblem.KEYRING, e.detail, now)
            raise

    def _failed(self, problem: ReachProblem, detail: str, now: datetime) -> None:
        row = store.account(self.conn)
        failures = (row.failures if row else 0) + 1
        with transaction(self.conn):
            store.record_failure(self.conn, problem, detail, now, now + retry_after(failures))


class _Sync:
    """One sync: what to write and delete, then writing it, recording as it goes."""

    def __init__(
        self,
        service: CalendarSyncService,
        server: CalendarServer,
        account: store.AccountRow,
        desired: dict[str, CalendarEvent],
        now: datetime,
    ) -> None:
        self.conn = service.conn
        self.server = server
        self.account = account
        self.desired = desired
        self.now = now
        self.known = store.events(self.conn)

    def run(self) -> SyncReport:
        url = self.account.calendar_url
        collection = self.server.collection(url)
        if not collection.is_calendar:
            raise ReachError(ReachProblem.NOT_A_CALENDAR, url)
        changed = [e for e in self.desired.values() if not self._same(e)]
        gone = [uid for uid in self.known if uid not in self.desired]
        # Unchanged since our last sync ended, by its change tag: our records are the truth.
        untouched = collection.ctag is not None and collection.ctag == self.account.ctag
        if untouched and not changed and not gone:
            self._done(collection.ctag)
            return SyncReport(0, 0, len(self.desired))
        adopted: list[store.EventRow] = []
        if untouched:
            to_put = changed
            to_delete = {uid: self.known[uid].href for uid in gone}
        else:
            to_put, to_delete, adopted = self._compare(self.server.listing(url))
        written: list[store.EventRow] = []
        deleted: list[str] = []
        try:
            for event in to_put:
                known = self.known.get(event.uid)
                href = known.href if known else resource_url(url, event.uid)
                body = event_calendar(event, self.now).to_ical()
                etag = self.server.put(href, body)
                written.append(store.EventRow(event.uid, href, event.digest, etag))
            for uid, href in to_delete.items():
                self.server.delete(href)
                deleted.append(uid)
        finally:
            # Recorded also when the server stopped half-way: the next sync goes on from here.
            stale = [uid for uid in gone if uid not in to_delete]
            with transaction(self.conn):
                store.save_events(self.conn, adopted + written, deleted + stale)
        self._done(self.server.collection(url).ctag)
        return SyncReport(len(written), len(deleted), len(self.desired) - len(to_put))

    def _same(self, event: CalendarEvent) -> bool:
        known = self.known.get(event.uid)
        return known is not None and known.digest == event.digest

    def _compare(
        self, listing: dict[str, tuple[str, str | None]]
    ) -> tuple[list[CalendarEvent], dict[str, str], list[store.EventRow]]:
        """From the server's listing: what to write, what to delete (ours only), and ETags to
        adopt for events it holds as we sent them."""
        on_server = {
            name[: -len(".ics")]: entry
            for name, entry in listing.items()
            if name.endswith(".ics") and is_our_uid(name[: -len(".ics")])
        }
        to_put, adopted = [], []
        for event in self.desired.values():
            known, there = self.known.get(event.uid), on_server.get(event.uid)
            if known is None or there is None or known.digest != event.digest:
                to_put.append(event)
            elif known.etag is None:
                adopted.append(store.EventRow(event.uid, there[0], known.digest, there[1]))
            elif there[1] != known.etag:
                to_put.append(event)  # changed on the server (the phone): ours again
        to_delete = {uid: href for uid, (href, _) in on_server.items() if uid not in self.desired}
        return to_put, to_delete, adopted

    def _done(self, ctag: str | None) -> None:
        with transaction(self.conn):
            store.record_success(self.conn, ctag, self.now)


def _quiet(
    row: store.AccountRow,
    desired: dict[str, CalendarEvent],
    known: dict[str, store.EventRow],
    now: datetime,
) -> bool:
    """A good sync is recent and nothing it sent has changed here since."""
    last = row.last_good_sync
    if row.problem is not None or last is None or now - last >= QUIET:
        return False
    return desired.keys() == known.keys() and all(
        known[uid].digest == event.digest for uid, event in desired.items()
    )


def _checked(url: str, username: str, password: str) -> tuple[str, str, str]:
    """The account's fields as typed, each refused under its own name."""
    errors: list[FieldError] = []
    checks: tuple[Callable[[], object], ...] = (
        lambda: check_server_url(url),
        lambda: _username(username),
        lambda: check_secret_value(password, "password"),
    )
    for check in checks:
        try:
            check()
        except ValidationError as e:
            errors += e.errors
    if errors:
        raise ValidationError(errors)
    return check_server_url(url), username.strip(), check_secret_value(password, "password")


def _username(text: str) -> str:
    name = text.strip()
    if not name:
        raise ValidationError.single("user", ErrorCode.REQUIRED)
    if len(name) > MAX_NAME:
        raise ValidationError.single("user", ErrorCode.TEXT_TOO_LONG, limit=str(MAX_NAME))
    return name
