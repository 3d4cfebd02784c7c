"""The "Portal & secrets" part of the line's dialog: the portal user name, and the password,
PIN, PUK, eSIM activation code and named secrets kept in the OS keyring (#6).

- Values are never loaded with the window: only a click on Show or Copy reads one, through the
  `KeyringWorker` (off the GUI thread, with a time limit). A value shown is masked again and
  dropped from the field after `reveal_ms`; a saved value is dropped from the field at once.
- Copy puts the value on the clipboard for `clipboard_clear_ms` (clipboard.py).
- No keyring, a locked one, or an error: the secret fields are disabled and one sentence says why
  and what to do; the portal user name (not a secret, saved with the line) and the rest of the
  dialog keep working. Nothing is ever stored anywhere else.
- A line not saved yet has no id to name its secrets by: the panel then offers only the portal
  user name and says "Save the line first to add its secrets." (storing them on Save would leave
  orphans in the keyring whenever saving the line fails).

SQLite (which secrets exist) is read and written on the GUI thread; only keyring calls run on
the worker, so one connection is never used by two threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import (
    KeyringTimeoutError,
    LineNotFoundError,
    NumberKeeperError,
    SecretsUnavailableError,
    Unavailability,
    ValidationError,
)
from numberkeeper.core.secrets import SecretKind, SecretRef, check_secret_value
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.common.messages import field_error_text, write_error_text
from numberkeeper.gui.secrets.clipboard import CLIPBOARD_CLEAR_MS, copy_secret
from numberkeeper.gui.secrets.field import NewSecretRow, SecretField, fixed_secret_titles
from numberkeeper.gui.secrets.keyring_text import keyring_problem_text
from numberkeeper.gui.secrets.keyring_worker import KeyringWorker
from numberkeeper.services.secrets import KeyringStatus, SecretsService

REVEAL_MS = 5_000


class SecretsPanel(QWidget):
    """The portal user name and the line's secrets (`line_id` None: a line not saved yet)."""

    settled = Signal()  # a keyring call was answered, failed or timed out

    def __init__(
        self,
        secrets: SecretsService | None,
        clock: Clock,
        line_id: int | None,
        portal_user: str = "",
        parent: QWidget | None = None,
        *,
        worker: KeyringWorker | None = None,
        reveal_ms: int = REVEAL_MS,
        clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._clock = clock
        self.line_id = line_id
        self.reveal_ms = reveal_ms
        self.clipboard_clear_ms = clipboard_clear_ms
        self.worker = worker or KeyringWorker(self)
        self.available: bool | None = None  # None: not known yet
        self.rows: dict[str, SecretField] = {}

        self.portal_user_edit = LeftToRightEdit(portal_user)
        self.portal_user_edit.setPlaceholderText(
            self.tr("The name you sign in to the carrier with")
        )
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top.addRow(self.tr("Portal user name:"), self.portal_user_edit)

        self.hint = QLabel(
            self.tr(
                "Passwords, PINs, PUKs and eSIM codes are kept in your system’s keyring, never "
                "in NumberKeeper’s own files."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notice = ErrorLabel()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.check_keyring)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.retry_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.fields = QWidget()
        self._form = QFormLayout(self.fields)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row_holder = NewSecretRow()
        self.other_name_edit = self._add_row_holder.name_edit
        self.add_other_button = self._add_row_holder.add_button
        self._add_row_holder.requested.connect(self.add_other_from_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(notice_row)
        layout.addWidget(self.fields)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        if secrets is None or line_id is None:
            self.fields.setVisible(False)
            self.hint.setVisible(secrets is not None)
            self.hint.setText(self.tr("Save the line first to add its secrets."))
            return
        for kind, (title, label) in fixed_secret_titles().items():
            self._add_field(SecretRef(line_id, kind), title, label)
        esim = self.rows[SecretKind.ESIM_CODE.value]
        esim.edit.setToolTip(self.tr("The LPA string from the QR code, e.g. LPA:1$…"))
        self._other_heading = QLabel(self.tr("Other secrets:"))
        self._form.addRow(self._other_heading, self._add_row_holder)
        try:
            known = secrets.list(line_id)
        except LineNotFoundError:
            known = []
        for entry in known:
            if entry.ref.kind is SecretKind.OTHER:
                self._add_other_field(entry.ref.name)
            self.rows[entry.ref.label].set_stored(True)
        self.fields.setEnabled(False)
        self.check_keyring()

    # -- the portal user name ----------------------------------------------------------------

    def portal_user(self) -> str:
        """The portal user name as typed (saved with the line, not in the keyring)."""
        return self.portal_user_edit.text()

    # -- keyring state -----------------------------------------------------------------------

    def check_keyring(self) -> None:
        """Ask (off the GUI thread) whether the keyring can be used; enable the fields if so."""
        if self._secrets is None or self.line_id is None:
            return
        self.retry_button.setEnabled(False)
        self._call(self._secrets.status, self._status_known, None)

    def _status_known(self, status: KeyringStatus) -> None:
        if not status.available:
            reason = status.reason or Unavailability.ERROR
            self.show_problem(SecretsUnavailableError(reason, status.detail))
            return
        self.available = True
        self.notice.show_messages([])
        self.retry_button.setVisible(False)
        self.fields.setEnabled(True)

    def show_problem(self, error: Exception) -> None:
        """Say why the keyring cannot be used; disable the secrets unless it merely timed out."""
        self.notice.show_messages([keyring_problem_text(error)])
        self.retry_button.setVisible(True)
        self.retry_button.setEnabled(True)
        self.status_label.clear()
        if not isinstance(error, KeyringTimeoutError):
            self.available = False
            for row in self.rows.values():
                row.conceal()
            self.fields.setEnabled(False)

    def problem_text(self) -> str:
        """The sentence shown about the keyring, or "" while there is none."""
        return " ".join(self.notice.messages)

    def secrets_enabled(self) -> bool:
        """Whether the secret fields can be used."""
        return self.fields.isEnabled()

    # -- rows ----------------------------------------------------------------------------------

    def _add_field(self, ref: SecretRef, title: str, label: str) -> SecretField:
        row = SecretField(ref, title)
        row.show_button.clicked.connect(lambda: self.toggle_show(row))
        row.copy_button.clicked.connect(lambda: self.copy(row))
        row.save_button.clicked.connect(lambda: self.save(row))
        row.delete_button.clicked.connect(lambda: self.delete(row))
        row.reveal_timer.timeout.connect(row.conceal)
        self.rows[ref.label] = row
        self._form.addRow(label, row)
        return row

    def _add_other_field(self, name: str) -> SecretField:
        assert self.line_id is not None
        ref = SecretRef(self.line_id, SecretKind.OTHER, name)
        row = self._add_field(ref, name, name + ":")
        row.delete_button.setText(self.tr("Remove"))
        return row

    def add_other_from_edit(self) -> None:
        """Add a row for the named secret typed in the name field."""
        name = self.other_name_edit.text().strip()
        if self.line_id is None or not name:
            return
        try:
            ref = SecretRef.parse(self.line_id, "other:" + name)
        except ValidationError as e:
            self._say(field_error_text(e.errors[0]))
            return
        row = self.rows.get(ref.label) or self._add_other_field(ref.name)
        self.other_name_edit.clear()
        row.edit.setFocus()

    def _remove_row(self, row: SecretField) -> None:
        self.rows.pop(row.kind_text, None)
        self._form.removeRow(row)

    # -- what the buttons do --------------------------------------------------------------------

    def toggle_show(self, row: SecretField) -> None:
        """Show the value for `reveal_ms` (reading it from the keyring if needed), or hide it."""
        if row.is_revealed():
            row.conceal()
            return
        if row.edit.text():
            row.reveal(None, self.reveal_ms)
            return
        self._read(row, lambda value: row.reveal(value, self.reveal_ms))

    def copy(self, row: SecretField) -> None:
        """Copy the value to the clipboard, which is cleared again later if it still holds it."""
        if row.edit.text():
            self._copied(row, row.edit.text())
            return
        self._read(row, lambda value: self._copied(row, value))

    def _copied(self, row: SecretField, value: str) -> None:
        copy_secret(value, self.clipboard_clear_ms)
        seconds = max(1, round(self.clipboard_clear_ms / 1000))
        self._say(
            self.tr("{secret} copied. The clipboard is cleared in %n second(s).", "", seconds),
            secret=row.title,
        )

    def _read(self, row: SecretField, then: Callable[[str], None]) -> None:
        assert self._secrets is not None
        vault, key = self._secrets.vault, row.ref.keyring_key

        def done(value: str | None) -> None:
            if value is None:
                self._say(self.tr("The keyring holds no value for {secret}."), secret=row.title)
                return
            then(value)

        self._call(lambda: vault.get(key), done, row)

    def save(self, row: SecretField) -> None:
        """Store what is typed in the keyring, then record that it exists."""
        assert self._secrets is not None
        secrets = self._secrets
        try:
            ref = secrets.slot(row.ref.line_id, row.kind_text)
            value = check_secret_value(row.edit.text())
        except ValidationError as e:
            self._say(field_error_text(e.errors[0]))
            return
        except LineNotFoundError as e:
            self._say(write_error_text(e))
            return
        vault, key = secrets.vault, ref.keyring_key
        replacing = row.stored  # the keyring already holds a value of this secret

        def show_stored() -> None:
            if self.rows.get(ref.label) is row:
                row.settle(stored=True)

        def recorded() -> bool:
            """Record the stored value; if that fails, say so, and leave no unknown secret."""
            try:
                secrets.record_set(ref, self._clock())
            except NumberKeeperError as e:  # locked, or the line deleted
                if replacing:
                    # The new value replaced a recorded one: only its history entry is
                    # missing. Taking it out of the keyring would lose both values.
                    show_stored()
                    self._say(
                        self.tr(
                            "{secret} saved in the keyring, but its history entry was not "
                            "written: {reason}"
                        ),
                        secret=row.title,
                        reason=write_error_text(e),
                    )
                    return False
                # A new secret: none may stay in the keyring that the app does not know of.
                # The typed value stays in the field for a retry.
                # Taken back; nobody waits for the answer.
                self.worker.submit(lambda: vault.delete(key), lambda _r: None, lambda _e: None)
                self._say(write_error_text(e))
                return False
            show_stored()
            return True

        def stored(_result: object) -> None:
            recorded()

        def saved(_result: object) -> None:
            if recorded():
                self._say(self.tr("{secret} saved in the keyring."), secret=row.title)

        # A value stored after the time limit is still recorded, so it is never orphaned.
        self._call(lambda: vault.set(key, value), saved, row, on_late=stored)

    def delete(self, row: SecretField) -> None:
        """Delete the secret from the keyring (after asking), or drop an unsaved named row."""
        assert self._secrets is not None
        secrets = self._secrets
        if not row.stored:
            if row.ref.kind is SecretKind.OTHER:
                self._remove_row(row)
            return
        ask = self.tr("Delete {secret} of this line from the keyring? This cannot be undone.")
        if not prompts.confirm(self, self.tr("Delete secret"), fill(ask, secret=row.title)):
            return
        ref, vault = row.ref, secrets.vault

        def deleted(_result: object) -> None:
            try:
                secrets.record_deleted(ref, self._clock())
            except NumberKeeperError as e:  # the keyring's copy is gone
                self._say(write_error_text(e))
                return
            row.settle(stored=False)
            if ref.kind is SecretKind.OTHER:
                self._remove_row(row)
            self._say(self.tr("{secret} deleted from the keyring."), secret=row.title)

        self._call(lambda: vault.delete(ref.keyring_key), deleted, row)

    # -- plumbing ---------------------------------------------------------------------------------

    def _call(
        self,
        call: Callable[[], Any],
        on_result: Callable[[Any], None],
        row: SecretField | None,
        on_late: Callable[[Any], None] | None = None,
    ) -> None:
        """Run a keyring call on the worker; the row is busy until it is answered."""
        if row is not None:
            row.set_busy(True)
        self.status_label.clear()

        def finish() -> None:
            if row is not None:
                row.set_busy(False)
            self.retry_button.setEnabled(True)

        def succeeded(result: Any) -> None:
            finish()
            on_result(result)
            self.settled.emit()

        def failed(error: Exception) -> None:
            finish()
            self.show_problem(error)
            self.settled.emit()

        self.worker.submit(call, succeeded, failed, on_late)

    def _say(self, text: str, **values: object) -> None:
        self.status_label.setText(fill(text, **values) if values else text)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab or closing the window masks every value and drops those read."""
        for row in self.rows.values():
            row.conceal()
        super().hideEvent(event)
