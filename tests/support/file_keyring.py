"""A keyring backend in a JSON file named by NUMBERKEEPER_TEST_KEYRING, for tests that run the
command line as its own process (PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring): a test
keyring two processes share. Plain text — for tests only, never for real secrets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors


class FileKeyring(keyring.backend.KeyringBackend):
    """Passwords in a JSON file: {"service\\x00user": password}."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["NUMBERKEEPER_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._read()
        stored[f"{service}\x00{username}"] = password
        self.path.write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._read()
        if stored.pop(f"{service}\x00{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self.path.write_text(json.dumps(stored), encoding="utf-8")
