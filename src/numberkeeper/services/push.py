"""Push reminders to the phone through Apprise channels (#17): e-mail, Telegram, ntfy, Bark,
ServerChan and PushPlus (WeChat), WeCom, DingTalk, Feishu, or any Apprise URL.

Every reminder the desktop shows (core.reminders: the same rules) goes to each channel once per
occurrence (a daily reminder, once a day): what was sent to which channel is recorded, so a
restart sends nothing twice. Several due at once — the reminders missed while the app was
closed, or a morning with several lines due — go as one summary message per channel, not a
burst. A failed send is recorded and tried again, backing off, at a later pass.

A channel's name and scheme are stored in SQLite; its URL, which holds its tokens, only in the
OS keyring (never in exports, backups or logs). The words come from the caller (the window's
in the user's language); English by default.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Protocol

from numberkeeper.core.errors import (
    ErrorCode,
    FieldError,
    SecretsUnavailableError,
    ValidationError,
)
from numberkeeper.core.lines import Line
from numberkeeper.core.reach import NotConnectedError, ReachError, ReachProblem, retry_after
from numberkeeper.core.reminder_english import push_english, summary_english
from numberkeeper.core.reminders import Reminder
from numberkeeper.services.apprise_sender import AppriseSender, check_channel_url, scheme_of
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.reminders import ReminderService
from numberkeeper.services.secrets import KeyringVault
from numberkeeper.store import push as store
from numberkeeper.store.db import transaction

MAX_CHANNEL_NAME = 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# (reminder, its line, now) → (title, body): one reminder's message.
Wording = Callable[[Reminder, Line, datetime], tuple[str, str]]
# The number of reminders → the title of a message that carries several.
SummaryWording = Callable[[int], str]


class Sender(Protocol):
    """Sends one message to one channel URL; ReachError when it did not go."""

    def send(self, url: str, title: str, body: str) -> None: ...


def keyring_key(name: str) -> str:
    """The keyring entry (service "NumberKeeper") that holds a channel's URL."""
    return f"push/{name}"


@dataclass(frozen=True)
class Channel:
    """A channel as listed: its name and its URL's scheme (never the URL)."""

    name: str
    scheme: str
    created_at: datetime


@dataclass
class ChannelOutcome:
    """What one pass did for one channel."""

    sent: int = 0  # reminders delivered (a summary counts each it carried)
    messages: int = 0  # messages that went out
    failed: int = 0  # reminders whose message did not go
    problem: ReachProblem | None = None
    detail: str = ""


@dataclass
class PushReport:
    """What one pass did, by channel."""

    channels: dict[str, ChannelOutcome] = field(default_factory=dict)

    @property
    def sent(self) -> int:
        """Reminders delivered over every channel."""
        return sum(c.sent for c in self.channels.values())

    @property
    def failed(self) -> int:
        """Reminders not delivered this time (they will be tried again)."""
        return sum(c.failed for c in self.channels.values())


@speaks_storage
class PushService:
    """The push channels and their sends over one database."""

    def __init__(
        self,
        reminders: ReminderService,
        vault: KeyringVault | None = None,
        sender: Sender | None = None,
    ) -> None:
        self.reminders = reminders
        self.conn = reminders.conn  # Services.rebind points it at a restored database
        self.vault = vault or KeyringVault()
        self.sender: Sender = sender or AppriseSender()

    def channels(self) -> list[Channel]:
        """Every channel: names and schemes only."""
        return [Channel(r.name, r.scheme, r.created_at) for r in store.channels(self.conn)]

    def has_channels(self) -> bool:
        """Whether any channel is set up."""
        return store.has_channels(self.conn)

    def add(self, name: str, url: str, now: datetime) -> Channel:
        """Set up a channel: the URL checked by Apprise and kept in the keyring.

        ValidationError naming `name` (empty, too long, taken) or `url` (not a URL, an unknown
        scheme, malformed); SecretsUnavailableError when the keyring cannot keep it.
        """
        errors: list[FieldError] = []
        try:
            name = self._new_name(name)
        except ValidationError as e:
            errors += e.errors
        try:
            url = check_channel_url(url)
        except ValidationError as e:
            errors += e.errors
        if errors:
            raise ValidationError(errors)
        self.vault.set(keyring_key(name), url)
        try:
            with transaction(self.conn):
                store.add_channel(self.conn, name, scheme_of(url), now)
        except BaseException:
            self.vault.delete(keyring_key(name))  # no URL left behind for a channel not kept
            raise
        return Channel(name, scheme_of(url), now)

    def remove(self, name: str) -> bool:
        """Forget a channel, its URL and its log; False when there was none."""
        known = any(c.name == name for c in store.channels(self.conn))
        if known:
            self.vault.delete(keyring_key(name))
        with transaction(self.conn):
            store.remove_channel(self.conn, name)
        return known

    def test(self, name: str, title: str, body: str) -> None:
        """Send a test message to one channel now (ReachError when it did not go)."""
        self.sender.send(self._url(name), title, body)

    def send_due(
        self,
        now: datetime,
        user_zone: tzinfo,
        wording: Wording = push_english,
        summary: SummaryWording = summary_english,
    ) -> PushReport:
        """Send what is due and not yet sent (or due to be tried again) to every channel."""
        report = PushReport()
        due = self.reminders.due_with_lines(now, user_zone)
        for channel in store.channels(self.conn):
            report.channels[channel.name] = self._send_channel(
                channel.name, due, now, wording, summary
            )
        return report

    def _send_channel(
        self,
        name: str,
        due: list[tuple[Reminder, Line]],
        now: datetime,
        wording: Wording,
        summary: SummaryWording,
    ) -> ChannelOutcome:
        log = store.log(self.conn, name)
        waiting = []
        for reminder, line in due:
            row = log.get((reminder.key, reminder.occurrence))
            if row is None or (not row.sent and (row.retry_at is None or row.retry_at <= now)):
                waiting.append((reminder, line, row.attempts if row else 0))
        outcome = ChannelOutcome()
        if not waiting:
            return outcome
        messages = [wording(r, line, now) for r, line, _ in waiting]
        if len(messages) == 1:
            title, body = messages[0]
        else:
            title = summary(len(messages))
            body = "\n\n".join(f"{t}\n{b}" for t, b in messages)
        keys = [(r.key, r.occurrence) for r, _, _ in waiting]
        try:
            self.sender.send(self._url(name), title, body)
        except (ReachError, SecretsUnavailableError) as e:
            problem = e.problem if isinstance(e, ReachError) else ReachProblem.KEYRING
            attempts = max(a for _, _, a in waiting) + 1
            with transaction(self.conn):
                store.record(self.conn, name, keys, now, problem, now + retry_after(attempts))
            outcome.failed, outcome.problem = len(keys), problem
            outcome.detail = e.detail if isinstance(e, ReachError) else str(e)
            return outcome
        with transaction(self.conn):
            store.record(self.conn, name, keys, now)
        outcome.sent, outcome.messages = len(keys), 1
        return outcome

    def _url(self, name: str) -> str:
        if not any(c.name == name for c in store.channels(self.conn)):
            raise NotConnectedError(f"no channel named {name}")
        url = self.vault.get(keyring_key(name))
        if url is None:
            raise ReachError(ReachProblem.NO_PASSWORD, "the keyring holds no URL for it")
        return url

    def _new_name(self, text: str) -> str:
        name = " ".join(_CONTROL.sub(" ", text).split())
        if not name:
            raise ValidationError.single("name", ErrorCode.REQUIRED)
        if len(name) > MAX_CHANNEL_NAME:
            raise ValidationError.single(
                "name", ErrorCode.TEXT_TOO_LONG, limit=str(MAX_CHANNEL_NAME)
            )
        if any(c.name.casefold() == name.casefold() for c in store.channels(self.conn)):
            raise ValidationError.single("name", ErrorCode.NAME_TAKEN, value=name)
        return name
