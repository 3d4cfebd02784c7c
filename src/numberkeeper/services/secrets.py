"""Carrier passwords, PINs, PUKs and eSIM codes in the OS keyring — never in NumberKeeper's
own database, exports, logs or backups. The database records only which secrets exist.

Keyring calls can block (an unlock prompt); the GUI runs them off its thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from numberkeeper.core.errors import SecretsUnavailableError, Unavailability
from numberkeeper.core.secrets import KEYRING_SERVICE, SecretRef, check_secret_value
from numberkeeper.services.boundary import speaks_storage
from numberkeeper.services.lines import LineService
from numberkeeper.store import events, secret_index
from numberkeeper.store import lines as line_store
from numberkeeper.store.db import transaction

if TYPE_CHECKING:
    # keyring is imported on first use: importing it costs ~100 ms of start-up (#2's target).
    import keyring.backend


@dataclass(frozen=True)
class KeyringStatus:
    """Whether secrets can be stored, and with which backend."""

    available: bool
    reason: Unavailability | None
    backend: str
    detail: str = ""


class KeyringVault:
    """The OS keyring behind one service name; every error becomes SecretsUnavailableError."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The backend in use (the one keyring chose, unless one was given)."""
        import keyring

        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> KeyringStatus:
        """Usable or not, without touching any stored secret."""
        import keyring.core
        from keyring.backends import fail

        backend = self.backend
        if self._backend is None and isinstance(backend, fail.Keyring):
            # keyring picks its backend once per process: look again, so a Secret Service
            # started since is found when the user reopens the line's window (#6).
            keyring.core.init_backend()
            backend = self.backend
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if isinstance(backend, fail.Keyring):
            return KeyringStatus(
                False, Unavailability.NO_BACKEND, name, "no keyring backend is available"
            )
        return KeyringStatus(True, None, name)

    def get(self, key: str) -> str | None:
        """The stored value, or None if there is none."""
        with _unavailable_on_error():
            return self.backend.get_password(KEYRING_SERVICE, key)

    def set(self, key: str, value: str) -> None:
        """Store or replace a value."""
        with _unavailable_on_error():
            self.backend.set_password(KEYRING_SERVICE, key, value)

    def delete(self, key: str) -> None:
        """Remove a value; one that is already gone is not an error."""
        import keyring.errors

        with _unavailable_on_error():
            try:
                self.backend.delete_password(KEYRING_SERVICE, key)
            except keyring.errors.PasswordDeleteError:
                return


@contextlib.contextmanager
def _unavailable_on_error() -> Iterator[None]:
    """Turn the backend's errors into SecretsUnavailableError with a reason the UI can word."""
    import keyring.errors

    try:
        yield
    except keyring.errors.KeyringLocked as e:
        raise SecretsUnavailableError(Unavailability.LOCKED, str(e)) from e
    except keyring.errors.NoKeyringError as e:
        raise SecretsUnavailableError(Unavailability.NO_BACKEND, str(e)) from e
    except keyring.errors.KeyringError as e:
        raise SecretsUnavailableError(Unavailability.ERROR, str(e)) from e


@dataclass(frozen=True)
class SecretEntry:
    """A secret known to exist (its value stays in the keyring)."""

    ref: SecretRef
    updated_at: datetime


@speaks_storage
class SecretsService:
    """Per-line secrets: values in the keyring, their existence in SQLite."""

    def __init__(self, lines: LineService, vault: KeyringVault | None = None) -> None:
        self.lines = lines
        self.conn: sqlite3.Connection = lines.conn
        self.vault = vault or KeyringVault()

    def status(self) -> KeyringStatus:
        """Whether the keyring can be used now."""
        return self.vault.status()

    def list(self, line_id: int) -> list[SecretEntry]:
        """The secrets a line has (names only)."""
        self.lines.get(line_id)
        return [SecretEntry(ref, at) for ref, at in secret_index.for_line(self.conn, line_id)]

    def slot(self, line_id: int, kind: str) -> SecretRef:
        """The secret `kind` names on an existing line (refuses an unknown line or kind)."""
        self.lines.get(line_id)
        return SecretRef.parse(line_id, kind)

    def set(self, line_id: int, kind: str, value: str, now: datetime) -> SecretRef:
        """Store a secret in the keyring, then record that it exists."""
        ref = self.slot(line_id, kind)
        cleaned = check_secret_value(value)
        self.vault.set(ref.keyring_key, cleaned)
        self.record_set(ref, now)
        return ref

    def get(self, line_id: int, kind: str) -> str | None:
        """A secret's value from the keyring (None if it was never stored)."""
        return self.vault.get(self.slot(line_id, kind).keyring_key)

    def delete(self, line_id: int, kind: str, now: datetime) -> bool:
        """Remove a secret from the keyring and the index; False if there was none."""
        ref = self.slot(line_id, kind)
        self.vault.delete(ref.keyring_key)
        return self.record_deleted(ref, now)

    def delete_all(self, line_id: int, now: datetime) -> int:
        """Remove every secret of a line (cancel or purge); how many there were."""
        refs = [r for r, _ in secret_index.for_line(self.conn, line_id)]
        for ref in refs:
            self.vault.delete(ref.keyring_key)
        return self.record_all_deleted(line_id, refs, now)

    # The GUI runs the keyring half of set/delete/delete_all on a worker thread and the SQLite
    # half below on its own thread, so one connection is never used by two threads (#6).

    def record_set(self, ref: SecretRef, now: datetime) -> None:
        """Record that `ref`'s value was just stored in the keyring."""
        with transaction(self.conn):
            secret_index.upsert(self.conn, ref, now)
            events.add(self.conn, ref.line_id, now, "secret_set", {"kind": ref.label})

    def record_deleted(self, ref: SecretRef, now: datetime) -> bool:
        """Record that `ref`'s value was just removed from the keyring; False if none was known."""
        known = ref in {r for r, _ in secret_index.for_line(self.conn, ref.line_id)}
        with transaction(self.conn):
            secret_index.remove(self.conn, ref)
            if known:
                events.add(self.conn, ref.line_id, now, "secret_deleted", {"kind": ref.label})
        return known

    def record_all_deleted(self, line_id: int, refs: Sequence[SecretRef], now: datetime) -> int:
        """Record that these secrets of a line were just removed from the keyring."""
        with transaction(self.conn):
            for ref in refs:
                secret_index.remove(self.conn, ref)
            # A purge removes the line right after; then there is no history to add to.
            if refs and line_store.get(self.conn, line_id) is not None:
                events.add(
                    self.conn, line_id, now, "secrets_deleted", {"kinds": [r.label for r in refs]}
                )
        return len(refs)
