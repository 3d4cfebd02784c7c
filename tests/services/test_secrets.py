"""Secrets live in the keyring; SQLite only knows which exist; no value leaks to our files."""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail
from memory_keyring import MemoryKeyring

from numberkeeper.cli import main
from numberkeeper.core.errors import SecretsUnavailableError, Unavailability, ValidationError
from numberkeeper.core.secrets import KEYRING_SERVICE, SecretKind, SecretRef
from numberkeeper.core.validation import LineInput
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.secrets import KeyringVault

PIN = "4821-unique-pin-value"


@pytest.fixture
def backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path, backend: MemoryKeyring) -> Services:
    return Services.open(conn, data_dir, carrier_catalog(), KeyringVault(backend))


@pytest.fixture
def line_id(services: Services, now: datetime) -> int:
    return services.lines.add(LineInput(number="+96596661234", expires="2027-01-01"), now).line.id


def test_kinds_parse_to_keyring_keys() -> None:
    assert SecretRef.parse(3, "PIN").keyring_key == "line-3/pin"
    assert SecretRef.parse(3, "esim-code").kind is SecretKind.ESIM_CODE
    assert SecretRef.parse(3, "other: Bank app").keyring_key == "line-3/other:Bank app"
    for bad in ("pn", "other:", "pin:extra"):
        with pytest.raises(ValidationError):
            SecretRef.parse(3, bad)


def test_set_get_list_delete(
    services: Services, line_id: int, backend: MemoryKeyring, now: datetime
) -> None:
    services.secrets.set(line_id, "pin", PIN + "\n", now)
    services.secrets.set(line_id, "other:Bank app", "hunter2", now)
    assert backend.store[(KEYRING_SERVICE, f"line-{line_id}/pin")] == PIN
    assert services.secrets.get(line_id, "pin") == PIN
    assert [e.ref.label for e in services.secrets.list(line_id)] == ["other:Bank app", "pin"]
    assert services.secrets.delete(line_id, "pin", now) is True
    assert services.secrets.get(line_id, "pin") is None
    assert services.secrets.delete(line_id, "pin", now) is False
    kinds = [e.kind for e in services.lines.history(line_id)]
    assert kinds.count("secret_set") == 2
    assert kinds.count("secret_deleted") == 1


def test_empty_secret_is_refused(services: Services, line_id: int, now: datetime) -> None:
    with pytest.raises(ValidationError):
        services.secrets.set(line_id, "pin", "\n", now)


def test_no_backend_and_locked_are_reported_never_stored_elsewhere(
    conn: sqlite3.Connection, data_dir: Path, now: datetime, backend: MemoryKeyring
) -> None:
    without = Services.open(conn, data_dir, carrier_catalog(), KeyringVault(fail.Keyring()))
    line = without.lines.add(LineInput(number="+96596661234", expires="2027-01-01"), now).line
    status = without.secrets.status()
    assert not status.available
    assert status.reason is Unavailability.NO_BACKEND
    with pytest.raises(SecretsUnavailableError) as caught:
        without.secrets.set(line.id, "pin", PIN, now)
    assert caught.value.reason is Unavailability.NO_BACKEND
    assert without.secrets.list(line.id) == []
    backend.locked = True
    locked = Services.open(conn, data_dir, carrier_catalog(), KeyringVault(backend))
    with pytest.raises(SecretsUnavailableError) as caught:
        locked.secrets.set(line.id, "puk", PIN, now)
    assert caught.value.reason is Unavailability.LOCKED
    assert locked.secrets.list(line.id) == []


def test_purge_deletes_the_secrets(
    services: Services, line_id: int, backend: MemoryKeyring, now: datetime
) -> None:
    services.secrets.set(line_id, "pin", PIN, now)
    services.secrets.set(line_id, "puk", "12345678", now)
    services.purge_line(line_id, now)
    assert backend.store == {}


def test_no_secret_value_reaches_our_files(
    services: Services, line_id: int, now: datetime, data_dir: Path, conn: sqlite3.Connection
) -> None:
    services.secrets.set(line_id, "pin", PIN, now)
    services.secrets.set(line_id, "esim-code", "LPA:1$smdp.example$SECRET-MATCHING-ID", now)
    services.lines.edit(line_id, LineInput(number="+96596661234", expires="2027-02-01"), now)
    conn.execute("PRAGMA wal_checkpoint(FULL)")
    for path in data_dir.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert PIN.encode() not in blob, path
            assert b"SECRET-MATCHING-ID" not in blob, path


def test_cli_reads_the_secret_from_stdin(
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    backend: MemoryKeyring,
) -> None:
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "add-line",
                "--number",
                "+96596661234",
                "--expires",
                "2027-01-01",
            ]
        )
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(PIN + "\n"))
    assert main(["--data-dir", str(data_dir), "secret", "set", "1", "pin"]) == 0
    assert PIN not in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "secret", "get", "1", "pin"]) == 0
    assert capsys.readouterr().out == PIN + "\n"
    assert main(["--data-dir", str(data_dir), "secret", "list", "1"]) == 0
    assert capsys.readouterr().out.startswith("pin\t")
    assert main(["--data-dir", str(data_dir), "secret", "delete", "1", "pin"]) == 0
    assert main(["--data-dir", str(data_dir), "secret", "get", "1", "pin"]) == 1
    assert main(["--data-dir", str(data_dir), "secret", "set", "1", "fax"]) == 2
