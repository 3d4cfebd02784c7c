"""The "Portal & secrets" part of the line's dialog: the portal user name, and the password,
PIN, PUK, eSIM activation code and named secrets kept in the OS keyring (#6).

- Values are never loaded with the window: only a click on Show or Copy reads one, through the
  `KeyringWorker` (off the GUI thread, with a time limit). A value shown is masked again and
  dropped from the field after `reveal_ms`; a saved value is dropped from the field at once.
- Copy puts the value on the clipboard and clears the clipboard after `clipboard_clear_ms`, but
  only if it still holds that value (the user may have copied something else meanwhile). The
  clearing outlives the window; only a digest of the value is kept to compare.
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

import hashlib
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import ValidationError
from numberkeeper.core.secrets import SecretKind, SecretRef, check_secret_value
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import field_error_text, write_error_text
from numberkeeper.gui.secrets.keyring_worker import KeyringTimeoutError, KeyringWorker
from numberkeeper.services.lines import LineNotFoundError
from numberkeeper.services.secrets import (
    KeyringStatus,
    SecretsService,
    SecretsUnavailableError,
    Unavailability,
)

REVEAL_MS = 5_000
CLIPBOARD_CLEAR_MS = 30_000
FIXED_KINDS = (SecretKind.PASSWORD, SecretKind.PIN, SecretKind.PUK, SecretKind.ESIM_CODE)


def keyring_problem_text(error: Exception) -> str:
    """One sentence for why the keyring cannot be used now, and what to do about it."""
    # Literal strings in translate() calls, so pyside6-lupdate extracts each of them.
    if isinstance(error, KeyringTimeoutError):
        return QCoreApplication.translate(
            "SecretsPanel",
            "The keyring did not answer within {seconds} seconds. If it asked you to unlock "
            "it, do so and try again.",
        ).format(seconds=f"{error.timeout_ms / 1000:g}")
    if isinstance(error, SecretsUnavailableError):
        if error.reason is Unavailability.NO_BACKEND:
            return QCoreApplication.translate(
                "SecretsPanel",
                "No keyring service is available. Install and start a Secret Service such as "
                "GNOME Keyring or KWallet (Linux), then reopen this window.",
            )
        if error.reason is Unavailability.LOCKED:
            return QCoreApplication.translate(
                "SecretsPanel",
                "The keyring is locked. Unlock it (your login password) and try again.",
            )
        detail = error.detail
    else:
        detail = str(error) or type(error).__name__
    return QCoreApplication.translate(
        "SecretsPanel",
        "The keyring reported an error ({detail}); try again, or check your keyring service.",
    ).format(detail=detail)


def copy_secret(value: str, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
    """Put a secret on the clipboard; clear it after `clear_after_ms` if it is still there."""
    clipboard = QGuiApplication.clipboard()
    data = QMimeData()
    data.setText(value)
    # Clipboard managers that honour it (KDE's Klipper) keep no history of this entry.
    data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
    _ClipboardClearer(clipboard, _digest(value), clear_after_ms)


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8")).digest()


def _ignore(_value: object) -> None:
    """A keyring answer nobody waits for (taking back a value that could not be recorded)."""


class _ClipboardClearer(QObject):
    """Clears the clipboard once, later, if it still holds the copied secret.

    Owned by the application, not by a window, so closing the dialog does not cancel it; on
    quit it clears at once. It keeps a digest of the secret, never the secret.
    """

    def __init__(self, clipboard: QClipboard, digest: bytes, delay_ms: int) -> None:
        super().__init__(QCoreApplication.instance())
        self._clipboard = clipboard
        self._digest = digest
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._timer.start(delay_ms)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds the secret; then this object is done."""
        if self._digest and _digest(self._clipboard.text()) == self._digest:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        self._digest = b""
        self._timer.stop()
        self.deleteLater()


class SecretField(QWidget):
    """One secret of the line: a masked field and its Show, Copy, Save and Delete buttons."""

    def __init__(self, ref: SecretRef, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.title = title
        self.stored = False
        self.busy = False
        self.loaded = False  # the field holds a value read from the keyring, not one typed
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(title)
        self.show_button = QPushButton(self.tr("Show"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button, text in (
            (self.show_button, self.tr("Show {secret} for a few seconds")),
            (self.copy_button, self.tr("Copy {secret} to the clipboard")),
            (self.save_button, self.tr("Save {secret} in the keyring")),
            (self.delete_button, self.tr("Delete {secret} from the keyring")),
        ):
            button.setAutoDefault(False)  # Enter in a field must not save the whole line
            button.setToolTip(text.format(secret=title))
            button.setAccessibleName(text.format(secret=title))
        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        for button in (self.show_button, self.copy_button, self.save_button, self.delete_button):
            layout.addWidget(button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.update_state()

    @property
    def kind_text(self) -> str:
        """The kind as the service names it: "pin", "other:Bank app"."""
        return self.ref.label

    def is_revealed(self) -> bool:
        """Whether the value is readable on screen."""
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal

    def reveal(self, value: str | None, duration_ms: int) -> None:
        """Show the value (`value` read from the keyring, or None for what is typed)."""
        if value is not None:
            self.edit.setText(value)
            self.loaded = True
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.show_button.setText(self.tr("Hide"))
        self.reveal_timer.start(duration_ms)

    def conceal(self) -> None:
        """Mask the field again, and drop a value that was only read to be shown."""
        self.reveal_timer.stop()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Show"))
        if self.loaded:
            self.edit.clear()
            self.loaded = False
        self.update_state()

    def set_stored(self, stored: bool) -> None:
        """The keyring holds a value for this secret (or not)."""
        self.stored = stored
        self.update_state()

    def set_busy(self, busy: bool) -> None:
        """A keyring call for this secret is under way."""
        self.busy = busy
        self.update_state()

    def update_state(self) -> None:
        """Enable what makes sense now; say in the empty field whether a value is stored."""
        typed = bool(self.edit.text()) and not self.loaded
        has_value = self.stored or bool(self.edit.text())
        self.edit.setReadOnly(self.busy)
        self.edit.setPlaceholderText(
            self.tr("Stored in the keyring") if self.stored else self.tr("Not stored")
        )
        self.show_button.setEnabled(not self.busy and has_value)
        self.copy_button.setEnabled(not self.busy and has_value)
        self.save_button.setEnabled(not self.busy and typed)
        self.delete_button.setEnabled(
            not self.busy and (self.stored or self.ref.kind is SecretKind.OTHER)
        )

    def _typed(self, _text: str) -> None:
        self.loaded = False  # what the field holds now is the user's
        self.update_state()


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

        self.portal_user_edit = QLineEdit(portal_user)
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
        self.other_name_edit = QLineEdit()
        self.other_name_edit.setPlaceholderText(self.tr("Name, e.g. Bank app PIN"))
        self.add_other_button = QPushButton(self.tr("Add secret"))
        self.add_other_button.setAutoDefault(False)
        self.add_other_button.setEnabled(False)
        self.other_name_edit.textChanged.connect(
            lambda text: self.add_other_button.setEnabled(bool(text.strip()))
        )
        self.other_name_edit.returnPressed.connect(self.add_other_from_edit)
        self.add_other_button.clicked.connect(self.add_other_from_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.other_name_edit, 1)
        add_row.addWidget(self.add_other_button)
        self._add_row_holder = QWidget()
        self._add_row_holder.setLayout(add_row)
        add_row.setContentsMargins(0, 0, 0, 0)

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
        titles = {
            SecretKind.PASSWORD: self.tr("Portal password"),
            SecretKind.PIN: self.tr("SIM PIN"),
            SecretKind.PUK: self.tr("PUK"),
            SecretKind.ESIM_CODE: self.tr("eSIM activation code"),
        }
        labels = {
            SecretKind.PASSWORD: self.tr("Portal password:"),
            SecretKind.PIN: self.tr("SIM PIN:"),
            SecretKind.PUK: self.tr("PUK:"),
            SecretKind.ESIM_CODE: self.tr("eSIM activation code:"),
        }
        for kind in FIXED_KINDS:
            self._add_field(SecretRef(line_id, kind), titles[kind], labels[kind])
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
        self._set_fields_enabled(False)
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
        self._set_fields_enabled(True)

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
            self._set_fields_enabled(False)

    def problem_text(self) -> str:
        """The sentence shown about the keyring, or "" while there is none."""
        return " ".join(self.notice.messages)

    def secrets_enabled(self) -> bool:
        """Whether the secret fields can be used."""
        return self.fields.isEnabled()

    def _set_fields_enabled(self, enabled: bool) -> None:
        self.fields.setEnabled(enabled)

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
            self.tr(
                "{secret} copied. The clipboard is cleared in %n second(s).", "", seconds
            ).format(secret=row.title)
        )

    def _read(self, row: SecretField, then: Callable[[str], None]) -> None:
        assert self._secrets is not None
        vault, key = self._secrets.vault, row.ref.keyring_key

        def done(value: str | None) -> None:
            if value is None:
                self._say(
                    self.tr("The keyring holds no value for {secret}.").format(secret=row.title)
                )
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
                row.edit.clear()
                row.conceal()
                row.set_stored(True)

        def recorded() -> bool:
            """Record the stored value; if that fails, say so, and leave no unknown secret."""
            try:
                secrets.record_set(ref, self._clock())
            except (sqlite3.Error, LineNotFoundError) as e:  # locked, or the line deleted
                if replacing:
                    # The new value replaced a recorded one: only its history entry is
                    # missing. Taking it out of the keyring would lose both values.
                    show_stored()
                    self._say(
                        self.tr(
                            "{secret} saved in the keyring, but its history entry was not "
                            "written: {reason}"
                        ).format(secret=row.title, reason=write_error_text(e))
                    )
                    return False
                # A new secret: none may stay in the keyring that the app does not know of.
                # The typed value stays in the field for a retry.
                self.worker.submit(lambda: vault.delete(key), _ignore, _ignore)
                self._say(write_error_text(e))
                return False
            show_stored()
            return True

        def stored(_result: object) -> None:
            recorded()

        def saved(_result: object) -> None:
            if recorded():
                self._say(self.tr("{secret} saved in the keyring.").format(secret=row.title))

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
        if not prompts.confirm(
            self,
            self.tr("Delete secret"),
            self.tr("Delete {secret} of this line from the keyring? This cannot be undone.").format(
                secret=row.title
            ),
        ):
            return
        ref, vault = row.ref, secrets.vault

        def deleted(_result: object) -> None:
            try:
                secrets.record_deleted(ref, self._clock())
            except (sqlite3.Error, LineNotFoundError) as e:  # the keyring's copy is gone
                self._say(write_error_text(e))
                return
            row.edit.clear()
            row.conceal()
            row.set_stored(False)
            if ref.kind is SecretKind.OTHER:
                self._remove_row(row)
            self._say(self.tr("{secret} deleted from the keyring.").format(secret=row.title))

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

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the tab or closing the window masks every value and drops those read."""
        for row in self.rows.values():
            row.conceal()
        super().hideEvent(event)
