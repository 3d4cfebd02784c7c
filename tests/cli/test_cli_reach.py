"""`numberkeeper-cli calendar …`, `channel …`, `remind --push` and `reminder-hour` (#17), with a
real Radicale, a real SMTP server and a json:// receiver on 127.0.0.1."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import icalendar
import pytest
from local_servers import (
    Radicale,
    canned_http,
    free_port,
    json_receiver,
    running_radicale,
    smtp_server,
)
from memory_keyring import MemoryKeyring

from numberkeeper.cli import main

PASSWORD = "cli-radicale-pw"
TOKEN = "hook-t0ken-abc123"


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with running_radicale(tmp_path_factory.mktemp("radicale"), {"carol": PASSWORD}) as server:
        yield server


@pytest.fixture(autouse=True)
def keyring_in_memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # where the user lives: 09:00 there
    return backend


def cli(data_dir: Path, *args: str, stdin: str | None = None) -> int:
    """Run the command line in this process, `stdin` as its standard input."""
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        return main(["--data-dir", str(data_dir), *args])
    finally:
        sys.stdin = sys.__stdin__


@pytest.fixture
def lines(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for number, expires, label in (("+96596661234", "2026-12-01", "Bank"),):
        args = ["add-line", "--number", number, "--expires", expires, "--label", label]
        assert cli(data_dir, *args) == 0
    capsys.readouterr()


def test_connect_sync_status_and_read_back_after_exit(
    data_dir: Path, lines: None, radicale: Radicale, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["calendar", "connect", "--url", radicale.url, "--user", "carol", "--calendar", "Phone"]
    assert cli(data_dir, *args, stdin=PASSWORD + "\n") == 0
    assert capsys.readouterr().out.splitlines() == [
        "connected to “Phone” as carol",
        "synced: 2 written, 0 deleted, 0 unchanged",
    ]
    assert cli(data_dir, "calendar", "sync") == 0
    assert capsys.readouterr().out == "synced: 0 written, 0 deleted, 2 unchanged\n"
    assert cli(data_dir, "calendar", "status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["user"], status["calendar"], status["events"], status["problem"]) == (
        "carol",
        "Phone",
        2,
        None,
    )
    assert PASSWORD not in json.dumps(status)
    # The command has exited: what a phone reads from the server.
    client = caldav.DAVClient(url=radicale.url, username="carol", password=PASSWORD)
    [calendar] = [c for c in client.principal().calendars() if c.get_display_name() == "Phone"]
    events = {}
    for item in calendar.get_events():
        for event in icalendar.Calendar.from_ical(item.data).walk("VEVENT"):
            events[str(event["UID"])] = event
    expiry = events["line-1-expiry@numberkeeper"]
    assert expiry.decoded("DTSTART") == datetime(
        2026, 12, 1, 23, 59, tzinfo=ZoneInfo("Asia/Kuwait")
    )
    alarms = sorted(a.decoded("TRIGGER") for a in expiry.walk("VALARM"))
    shanghai = ZoneInfo("Asia/Shanghai")
    assert [a.astimezone(shanghai).strftime("%m-%d %H:%M") for a in alarms] == [
        "11-02 09:00",
        "11-25 09:00",
        "11-29 09:00",
        "12-01 09:00",
    ]
    assert cli(data_dir, "calendar", "disconnect") == 0
    assert cli(data_dir, "calendar", "status") == 0
    assert "no calendar connected" in capsys.readouterr().out


def test_calendar_refusals_are_one_line(
    data_dir: Path, radicale: Radicale, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["calendar", "connect", "--url", radicale.url, "--user", "carol"]
    assert cli(data_dir, *args, stdin="wrong\n") == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "numberkeeper-cli: connecting failed (the user name or password was refused)"
    )
    assert err.count("\n") == 1
    bad = ["calendar", "connect", "--url", "caldav.example.com", "--user", "carol"]
    assert cli(data_dir, *bad, stdin="pw\n") == 2
    assert "--url: caldav.example.com is not a web address" in capsys.readouterr().err
    assert cli(data_dir, "calendar", "sync") == 2
    assert "no calendar is connected" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("closed", "(the server cannot be reached): Failed to establish a new connection: "),
        ("500", "(the server failed): 500 on http://127.0.0.1:"),
        ("html", "(no CalDAV server answers at that address): no calendar-access in its DAV"),
        ("dav-html", "(no CalDAV server answers at that address): "),
    ],
)
def test_a_server_that_is_not_a_calendar_server_is_one_plain_line(
    data_dir: Path, answer: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No library's warning beside it, no object addresses, no traceback."""
    page = b"<html><body>Welcome to nginx!</body></html>"
    with canned_http(500 if answer == "500" else 200, page, dav=answer == "dav-html") as url:
        if answer == "closed":
            url = f"http://127.0.0.1:{free_port()}/"
        args = ["calendar", "connect", "--url", url, "--user", "carol"]
        assert cli(data_dir, *args, stdin="pw\n") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"numberkeeper-cli: connecting failed {said}"), err
    assert err.count("\n") == 1
    assert "object at 0x" not in err
    assert "<" not in err  # not the error page's HTML either
    assert "Traceback" not in err


def test_channels_and_remind_push(
    data_dir: Path,
    lines: None,
    keyring_in_memory: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with json_receiver() as (port, received), smtp_server() as (smtp_port, mails):
        hook = f"json://127.0.0.1:{port}/{TOKEN}"
        mail = f"mailto://nk@example.com?smtp=127.0.0.1&port={smtp_port}&to=me@example.com"
        assert cli(data_dir, "channel", "add", "Hook", stdin=hook + "\n") == 0
        assert cli(data_dir, "channel", "add", "Mail", stdin=mail) == 0
        capsys.readouterr()
        assert cli(data_dir, "channel", "list") == 0
        listed = capsys.readouterr().out
        assert listed == "Hook\tjson\nMail\tmailto\n"
        at = "2026-11-22T12:00:00+00:00"
        assert cli(data_dir, "remind", "--push", "--at", at) == 0
        assert capsys.readouterr().out == "sent 2 reminder(s) over 2 channel(s)\n"
        assert cli(data_dir, "remind", "--push", "--at", at) == 0
        assert capsys.readouterr().out == "sent 0 reminder(s) over 2 channel(s)\n"
        assert (len(received), len(mails)) == (1, 1)
        assert received[0]["title"].startswith("Bank expires in")
        assert cli(data_dir, "channel", "test", "Hook") == 0
        assert received[-1]["title"] == "NumberKeeper test"
        assert cli(data_dir, "channel", "remove", "Mail") == 0
    assert list(keyring_in_memory.store.values()) == [hook]


def test_an_unreachable_channel_fails_the_run_and_is_retried(
    data_dir: Path, lines: None, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    assert cli(data_dir, "channel", "add", "Later", stdin=f"json://127.0.0.1:{port}/{TOKEN}") == 0
    capsys.readouterr()
    assert cli(data_dir, "remind", "--push", "--at", "2026-11-22T12:00:00+00:00") == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "numberkeeper-cli: Later: 1 reminder(s) not sent (the message did not go)"
    )
    assert TOKEN not in err
    with json_receiver(port) as (_, received):
        assert cli(data_dir, "remind", "--push", "--at", "2026-11-22T12:05:00+00:00") == 0
    assert len(received) == 1


def test_channel_refusals(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "channel", "add", "Phone", stdin="foo://bar") == 2
    assert capsys.readouterr().err == (
        "numberkeeper-cli: URL (standard input): foo is not a kind of channel NumberKeeper can "
        "send to\n"
    )
    assert cli(data_dir, "channel", "add", "Phone", stdin="tgram://") == 2
    assert capsys.readouterr().err == (
        "numberkeeper-cli: URL (standard input): tgram://… is not a channel address "
        "NumberKeeper can use: a part it needs (a token, a host or a recipient) is missing or "
        "malformed\n"
    )
    assert cli(data_dir, "channel", "test", "Nothing") == 2
    assert cli(data_dir, "channel", "remove", "Nothing") == 2


def test_pushes_speak_the_window_s_language(data_dir: Path, lines: None, tmp_path: Path) -> None:
    """`remind --push` from a timer, as its own process, in the window's language."""
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.container import Services

    services = Services.open_folder(data_dir, carrier_catalog())
    services.reminders.set_language("zh_CN")  # as the window does when it starts
    services.close()
    support = Path(__file__).resolve().parents[1] / "support"
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "NUMBERKEEPER_TEST_KEYRING": str(tmp_path / "keyring.json"),
        "PYTHONPATH": os.pathsep.join([str(support), os.environ.get("PYTHONPATH", "")]),
    }

    def run(*args: str, stdin: str = "") -> str:
        command = [sys.executable, "-m", "numberkeeper.cli", "--data-dir", str(data_dir), *args]
        done = subprocess.run(command, input=stdin, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    with json_receiver() as (port, received):
        run("channel", "add", "Hook", stdin=f"json://127.0.0.1:{port}/x")
        run("add-line", "--number", "+96596661235", "--expires", "2026-11-25", "--label", "Work")
        assert run("remind", "--push", "--at", "2026-11-22T12:00:00+00:00").startswith("sent 2")
    [summary] = received
    assert summary["title"] == "NumberKeeper：2 条提醒"
    assert "Bank" in summary["message"]
    assert "到期" in summary["message"]


def test_reminder_hour(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "reminder-hour") == 0
    assert capsys.readouterr().out.startswith("reminders fall due at 09:00 in this computer's zone")
    assert cli(data_dir, "reminder-hour", "7:30", "--zone", "Asia/Shanghai") == 0
    assert capsys.readouterr().out == "reminders fall due at 07:30 in Asia/Shanghai\n"
    assert cli(data_dir, "reminder-hour", "--local") == 0
    assert "07:30 in this computer's zone" in capsys.readouterr().out
    assert cli(data_dir, "reminder-hour", "25:00") == 2
    assert "25:00 is not a time of day" in capsys.readouterr().err
