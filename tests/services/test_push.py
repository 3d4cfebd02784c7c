"""Push reminders through Apprise (#17), to a real SMTP server (aiosmtpd) and a local receiver
for Apprise's json:// URLs, both started on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from export_support import add_line
from local_servers import free_port, json_receiver, smtp_server
from memory_keyring import MemoryKeyring

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.reach import ReachError, ReachProblem
from numberkeeper.core.secrets import KEYRING_SERVICE
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.push import keyring_key
from numberkeeper.services.secrets import KeyringVault
from numberkeeper.store.db import connect

KUWAIT = ZoneInfo("Asia/Kuwait")
TOKEN = "tok3n-5e3ret-77"


@pytest.fixture
def services(reaching: Services) -> Services:
    return reaching


@pytest.fixture
def receiver() -> Iterator[tuple[int, list[dict[str, Any]]]]:
    with json_receiver() as found:
        yield found


@pytest.fixture
def mailbox() -> Iterator[tuple[int, list[Any]]]:
    with smtp_server() as found:
        yield found


@pytest.fixture
def channels(
    services: Services,
    receiver: tuple[int, list[dict[str, Any]]],
    mailbox: tuple[int, list[Any]],
    now: datetime,
) -> None:
    """Two channels: a JSON web hook and e-mail over plain SMTP."""
    services.push.add("Hook", f"json://127.0.0.1:{receiver[0]}/{TOKEN}", now)
    services.push.add(
        "Mail", f"mailto://nk@example.com?smtp=127.0.0.1&port={mailbox[0]}&to=me@example.com", now
    )


def send(services: Services, now: datetime):  # type: ignore[no-untyped-def]
    return services.push.send_due(now, KUWAIT)


def test_one_message_per_reminder_per_channel_and_none_after_a_restart(
    services: Services,
    channels: None,
    receiver: tuple[int, list[dict[str, Any]]],
    mailbox: tuple[int, list[Any]],
    data_dir: Path,
    keyring_backend: MemoryKeyring,
    now: datetime,
) -> None:
    add_line(services, now, label="Bank OTP", expires="2026-12-01")  # lead 30 is due
    report = send(services, now)
    assert (report.sent, report.failed) == (2, 0)
    [hooked] = receiver[1]
    assert hooked["title"].startswith("Bank OTP expires in")
    assert "+96596661234" in hooked["message"]
    [mail] = mailbox[1]
    assert mail["Subject"].startswith("Bank OTP expires in")
    assert send(services, now + timedelta(hours=1)).sent == 0
    # Started again, on the same data: nothing is sent twice.
    services.close()
    again = Services.open(
        connect(data_dir / "numberkeeper.sqlite3"),
        data_dir,
        carrier_catalog(),
        KeyringVault(keyring_backend),
    )
    assert again.push.send_due(now + timedelta(hours=2), KUWAIT).sent == 0
    assert (len(receiver[1]), len(mailbox[1])) == (1, 1)
    # The next stage is a new reminder: one message more on each channel.
    assert again.push.send_due(datetime(2026, 11, 24, 9, tzinfo=KUWAIT), KUWAIT).sent == 2
    assert len(receiver[1]) == 2
    again.close()


def test_reminders_due_together_go_as_one_summary_per_channel(
    services: Services,
    channels: None,
    receiver: tuple[int, list[dict[str, Any]]],
    mailbox: tuple[int, list[Any]],
    now: datetime,
) -> None:
    """What fell due while the app was closed comes as one message, not a burst."""
    for i, label in enumerate(("Bank", "Family", "Work")):
        add_line(services, now, number=f"+9659666123{i}", label=label, expires="2026-11-25")
    report = send(services, now)
    assert (report.sent, report.channels["Hook"].messages) == (6, 1)
    [summary] = receiver[1]
    assert summary["title"] == "NumberKeeper: 3 reminders"
    assert all(name in summary["message"] for name in ("Bank", "Family", "Work"))
    assert len(mailbox[1]) == 1
    assert send(services, now).sent == 0


def test_daily_reminders_go_once_a_day(
    services: Services, channels: None, receiver: tuple[int, list[dict[str, Any]]], now: datetime
) -> None:
    add_line(services, now, expires="2026-11-24")  # the last days: repeats daily
    send(services, now)
    assert send(services, now + timedelta(hours=5)).sent == 0
    assert send(services, now + timedelta(days=1)).sent == 2
    assert len(receiver[1]) == 2


def test_an_unreachable_channel_is_retried_and_then_delivered(
    services: Services, now: datetime
) -> None:
    port = free_port()  # nothing listens there yet
    services.push.add("Later", f"json://127.0.0.1:{port}/{TOKEN}", now)
    add_line(services, now, expires="2026-12-01")
    report = send(services, now)
    outcome = report.channels["Later"]
    assert (outcome.sent, outcome.failed, outcome.problem) == (0, 1, ReachProblem.SEND_FAILED)
    assert TOKEN not in outcome.detail
    row = services.lines.conn.execute("SELECT state, attempts, retry_at, problem FROM push_log")
    assert tuple(row.fetchone()) == (
        "failed",
        1,
        (now + timedelta(minutes=1)).isoformat(),
        "send_failed",
    )
    with json_receiver(port) as (_, received):
        assert send(services, now + timedelta(seconds=30)).sent == 0  # waits its minute
        assert received == []
        assert send(services, now + timedelta(minutes=1)).sent == 1
        assert len(received) == 1
    assert send(services, now + timedelta(minutes=5)).sent == 0


def test_bad_urls_and_names_are_refused_where_typed(services: Services, now: datetime) -> None:
    for url, code in (
        ("foo://bar", ErrorCode.SCHEME_UNKNOWN),
        ("json://", ErrorCode.CHANNEL_URL_INVALID),
        ("tgram://", ErrorCode.CHANNEL_URL_INVALID),
        ("telegram bot token", ErrorCode.CHANNEL_URL_INVALID),
        ("", ErrorCode.REQUIRED),
    ):
        with pytest.raises(ValidationError) as e:
            services.push.add("Phone", url, now)
        assert [(x.field, x.code) for x in e.value.errors] == [("url", code)], url
    services.push.add("Phone", "ntfy://numberkeeper-test-topic", now)
    with pytest.raises(ValidationError) as e:
        services.push.add(" phone ", "ntfy://other", now)
    assert e.value.errors[0].code is ErrorCode.NAME_TAKEN
    assert [c.name for c in services.push.channels()] == ["Phone"]


def test_urls_live_in_the_keyring_only(
    services: Services, keyring_backend: MemoryKeyring, data_dir: Path, now: datetime
) -> None:
    url = f"tgram://123456789:{TOKEN}/987654321"
    services.push.add("Telegram", url, now)
    assert keyring_backend.store == {(KEYRING_SERVICE, keyring_key("Telegram")): url}
    [channel] = services.push.channels()
    assert (channel.name, channel.scheme) == ("Telegram", "tgram")
    services.lines.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    assert services.push.remove("Telegram")
    assert keyring_backend.store == {}
    assert not services.push.remove("Telegram")


def test_send_a_test(
    services: Services, channels: None, receiver: tuple[int, list[dict[str, Any]]], now: datetime
) -> None:
    services.push.test("Hook", "NumberKeeper test", "It works.")
    assert receiver[1] == [{"version": "1.0", "title": "NumberKeeper test", "message": "It works.",
                            "attachments": [], "type": "info"}]  # fmt: skip
    port = free_port()
    services.push.add("Gone", f"json://127.0.0.1:{port}/x", now)
    with pytest.raises(ReachError) as e:
        services.push.test("Gone", "t", "b")
    assert e.value.problem is ReachProblem.SEND_FAILED


def test_what_apprise_says_is_kept_without_the_url_s_tokens() -> None:
    from numberkeeper.services.apprise_sender import redact

    url = "tgram://123456789:AAE-secret_bot_token/987654321?format=markdown"
    said = "Failed to send to 123456789:AAE-secret_bot_token chat 987654321: 401 Unauthorized"
    assert redact(said, url) == "Failed to send to ***:*** chat ***: 401 Unauthorized"
