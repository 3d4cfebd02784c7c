"""The CalDAV account dialog (#17): connect a server (iCloud, Fastmail, Nextcloud, Radicale …),
choose or make the calendar, see when it last synced and why a sync failed, sync now,
disconnect. Connecting and syncing run on the worker: the dialog never waits on the network.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import ValidationError
from numberkeeper.gui.calendar.calendar_sync_ui import CalendarSyncUi
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.inline_errors import InlineErrors
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.reminders.reach_texts import reach_error_text, sync_status_text
from numberkeeper.services.calendar_sync import DEFAULT_CALENDAR, SyncStatus
from numberkeeper.services.container import Services

FIELDS = ("url", "user", "password", "calendar")


class CalendarDialog(QDialog):
    """Connect a CalDAV account and follow its syncs."""

    def __init__(self, sync_ui: CalendarSyncUi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync_ui = sync_ui
        self.setWindowTitle(self.tr("Calendar sync"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "NumberKeeper keeps every deadline, with its alarms at your reminder hour, in a "
                "calendar on your CalDAV server: iCloud, Fastmail, Nextcloud, Radicale … "
                "Subscribe to that calendar on your phone: its alarms ring even when this "
                "computer is off."
            ),
            self,
        )
        notes = QLabel(
            self.tr(
                "The events are NumberKeeper's: an edit made on the phone is replaced at the "
                "next sync, and other events in that calendar are never touched. Google "
                "Calendar needs an OAuth sign-in, which NumberKeeper does not support yet."
            ),
            self,
        )
        for label in (intro, notes):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.url_edit = LeftToRightEdit(parent=self)
        self.url_edit.setPlaceholderText("https://caldav.icloud.com")
        self.user_edit = LeftToRightEdit(parent=self)
        self.password_edit = LeftToRightEdit(parent=self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("an app-specific password where asked"))
        self.calendar_edit = QLineEdit(self)
        self.calendar_edit.setPlaceholderText(DEFAULT_CALENDAR)
        form = QFormLayout()
        self.general_error = ErrorLabel(self)
        self.errors = InlineErrors(self.general_error)
        self.errors.add_row(form, self.tr("&Server:"), self.url_edit, "url")
        self.errors.add_row(form, self.tr("&User name:"), self.user_edit, "user")
        self.errors.add_row(form, self.tr("&Password:"), self.password_edit, "password")
        self.errors.add_row(form, self.tr("&Calendar:"), self.calendar_edit, "calendar")
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("syncStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.connect_button = self._button(self.tr("C&onnect"), self.connect_account)
        self.sync_button = self._button(self.tr("Sync &now"), self.sync_now)
        self.disconnect_button = self._button(self.tr("&Disconnect…"), self.disconnect_account)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        sync_ui.status_changed.connect(self._show_status)
        self._show_status(sync_ui.status, fill=True)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    @property
    def services(self) -> Services:
        """The window's services."""
        return self.sync_ui.services

    def _show_status(self, status: SyncStatus, fill: bool = False) -> None:
        connected = status.account is not None
        if fill and status.account is not None:
            self.url_edit.setText(status.account.url)
            self.user_edit.setText(status.account.username)
            self.calendar_edit.setText(status.account.calendar_name)
        text = sync_status_text(status)
        if connected and self.sync_ui.busy():
            text = self.tr("Syncing…") + " " + text
        self.status_label.setText(text)
        self.connect_button.setText(self.tr("C&onnect again") if connected else self.tr("C&onnect"))
        self.sync_button.setEnabled(connected)
        self.disconnect_button.setEnabled(connected)

    def _working(self, busy: bool) -> None:
        for button in (self.connect_button, self.sync_button, self.disconnect_button):
            button.setEnabled(not busy)
        if busy:
            self.status_label.setText(self.tr("Connecting…"))

    def connect_account(self) -> None:
        """Log in, choose the calendar and sync a first time (on the worker)."""
        self.errors.touch_all()
        self.errors.show([])
        self._working(True)
        self.sync_ui.connect_account(
            self.url_edit.text(),
            self.user_edit.text(),
            self.password_edit.text(),
            self.calendar_edit.text(),
            self._connected,
        )

    def _connected(self, _done: object, error: Exception | None) -> None:
        self._working(False)
        if error is None:
            # Connected; the first sync's outcome, good or not, is in the status it records.
            self.password_edit.clear()
            self.sync_ui.refresh_status()
            return
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
            self.errors.focus_first(error.errors, FIELDS)
        else:
            self.general_error.show_messages([reach_error_text(error)])
        self._show_status(self.sync_ui.status)
        if not isinstance(error, ValidationError):
            self.status_label.setText(self.tr("Not connected."))

    def sync_now(self) -> None:
        """Sync on the worker; the status follows."""
        self.sync_ui.sync()
        self.status_label.setText(self.tr("Syncing…"))

    def disconnect_account(self) -> None:
        """Forget the account and its password (after asking)."""
        if not prompts.confirm(
            self,
            self.tr("Disconnect the calendar?"),
            self.tr(
                "NumberKeeper forgets the account and takes its password out of the keyring. "
                "The events stay in the calendar: delete the calendar on the server to remove "
                "them."
            ),
        ):
            return
        self._working(True)
        self.sync_ui.worker.run(
            "calendar-disconnect",
            lambda own: own.calendar_sync.disconnect(),
            self._disconnected,
        )

    def _disconnected(self, _result: object, error: Exception | None) -> None:
        self._working(False)
        if error is not None:
            self.general_error.show_messages([reach_error_text(error)])
        self.sync_ui.refresh_status()
