"""The push channels' tokens and the CalDAV password never leave the keyring (#17): not into
SQLite (the database and its -wal), a backup, the CSV, .xlsx or .ics exports, the logs (every
logger, at DEBUG), standard output or standard error — through a whole working session with a
real Radicale, a real SMTP server and a json:// receiver on 127.0.0.1, failures included (a
channel away, a server stopped: their sentences carry the server's words, never the secrets).

The .xlsx files and the backup are zip archives: their members are read unpacked, where a
secret would stand in plain bytes."""

from __future__ import annotations

import io
import logging
import sqlite3
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_servers import free_port, json_receiver, running_radicale, smtp_server
from memory_keyring import MemoryKeyring

from numberkeeper.cli import main
from numberkeeper.paths import database_path

PASSWORD = "Cal-PW-7f3e9b1c2d"
HOOK_TOKEN = "HookTok-5a8c4e2f91"
MAIL_TOKEN = "MailTok-c0ffee4242"
AWAY_TOKEN = "AwayTok-77d1e0b3a5"
SECRETS = (PASSWORD, HOOK_TOKEN, MAIL_TOKEN, AWAY_TOKEN)


@pytest.fixture(autouse=True)
def keyring_in_memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    return backend


def unpacked(path: Path) -> Iterator[tuple[str, bytes]]:
    """A file's bytes, and each member's of a zip archive (an .xlsx, a backup) unpacked."""
    blob = path.read_bytes()
    yield str(path), blob
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                yield f"{path}!{member}", archive.read(member)


def leaks(blob: bytes) -> list[str]:
    """The secrets found in `blob`, as UTF-8 or UTF-16 (SQLite may store either)."""
    return [
        s
        for s in SECRETS
        if any(s.encode(codec) in blob for codec in ("utf-8", "utf-16-le", "utf-16-be"))
    ]


def test_no_secret_reaches_a_file_a_log_or_the_terminal(
    data_dir: Path,
    tmp_path: Path,
    keyring_in_memory: MemoryKeyring,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, the libraries' too
    out = tmp_path / "out"
    out.mkdir()
    said: list[str] = []

    def cli(*args: str, stdin: str | None = None) -> int:
        sys.stdin = io.StringIO(stdin or "")
        try:
            return main(["--data-dir", str(data_dir), *args])
        finally:
            sys.stdin = sys.__stdin__
            captured = capfd.readouterr()
            said.extend((captured.out, captured.err))

    assert cli("add-line", "--number", "+96596661234", "--expires", "2026-12-01") == 0
    # A reader kept open: SQLite leaves the -wal file in place, to be searched too.
    reader = sqlite3.connect(database_path(data_dir))
    reader.execute("SELECT count(*) FROM lines").fetchone()
    away = f"json://127.0.0.1:{free_port()}/{AWAY_TOKEN}"
    with (
        running_radicale(tmp_path / "radicale", {"carol": PASSWORD}) as radicale,
        json_receiver() as (port, received),
        smtp_server() as (smtp_port, mails),
    ):
        calendar = ["calendar", "connect", "--url", radicale.url, "--user", "carol"]
        assert cli(*calendar, stdin=PASSWORD + "\n") == 0
        hook = f"json://127.0.0.1:{port}/{HOOK_TOKEN}"
        mail = (
            f"mailto://nk:{MAIL_TOKEN}@example.com?smtp=127.0.0.1&port={smtp_port}"
            "&to=me@example.com"
        )
        assert cli("channel", "add", "Hook", stdin=hook) == 0
        assert cli("channel", "add", "Mail", stdin=mail) == 0
        assert cli("channel", "add", "Away", stdin=away) == 0
        assert cli("channel", "list") == 0
        assert cli("channel", "test", "Hook") == 0
        assert cli("channel", "test", "Away") == 1  # nobody listens there
        at = "2026-11-22T12:00:00+00:00"
        assert cli("remind", "--push", "--at", at) == 1  # Away and Mail (no SMTP AUTH) fail
        renewal = ["--amount", "5", "--currency", "KWD", "--extend", "30d", "--channel", "online"]
        assert cli("renew", "1", *renewal) == 0
        assert cli("calendar", "sync") == 0
        assert cli("calendar", "status", "--json") == 0
        radicale.stop()
        assert cli("calendar", "sync") == 1  # the server away: recorded, told
        assert cli("calendar", "status") == 0
        radicale.start()
        assert cli("calendar", "sync") == 0
        assert len(received) == 2
        assert mails == []
    assert cli("backup", "--to", str(out / "backup.zip")) == 0
    assert cli("export", "receipts", "--csv", str(out / "receipts.csv")) == 0
    assert cli("export", "receipts", "--xlsx", str(out / "receipts.xlsx")) == 0
    assert cli("export", "lines", "--csv", str(out / "lines.csv")) == 0
    assert cli("export", "lines", "--xlsx", str(out / "lines.xlsx")) == 0
    assert cli("export", "calendar", "--ics", str(out / "deadlines.ics")) == 0
    database = database_path(data_dir)
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size > 0
    files = [p for folder in (data_dir, out) for p in sorted(folder.rglob("*")) if p.is_file()]
    assert {p.name for p in files} >= {database.name, wal.name, "backup.zip"}
    found = {name: leaks(blob) for path in files for name, blob in unpacked(path)}
    found["stdout and stderr"] = leaks("".join(said).encode())
    found["logs"] = leaks("\n".join(r.getMessage() for r in caplog.records).encode())
    reader.close()
    assert {where: what for where, what in found.items() if what} == {}
    # The secrets are where they belong.
    assert set(keyring_in_memory.store.values()) == {PASSWORD, hook, mail, away}
    assert "Away\tjson\nHook\tjson\nMail\tmailto\n" in said
