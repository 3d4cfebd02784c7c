"""The push channels dialog (#17): the channels reminders are sent to (names and kinds; their
addresses stay in the keyring), adding one, sending a test, removing one — and the hour of the
user's day at which every reminder falls due (desktop, pushes and calendar alarms alike).
Tests, adds and removes run on the worker: the dialog never waits on the network or keyring.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import failure_text
from numberkeeper.gui.reminders.channel_form import ChannelFormDialog, kind_name
from numberkeeper.gui.reminders.push_texts import test_message
from numberkeeper.gui.reminders.push_ui import PushUi
from numberkeeper.gui.reminders.reach_texts import problem_text, reach_error_text
from numberkeeper.local_zone import local_zone
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.channel_urls import KIND_OF_SCHEME
from numberkeeper.services.push import PushReport


class ChannelsDialog(QDialog):
    """The push channels and the reminder hour."""

    def __init__(self, push_ui: PushUi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.push_ui = push_ui
        self.services = push_ui.services
        self.worker = push_ui.worker
        self.form: ChannelFormDialog | None = None
        self.setWindowTitle(self.tr("Push channels"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every reminder the desktop shows is also sent once to each channel below, so "
                "it reaches your phone: e-mail, Telegram, ntfy, Bark, WeChat (ServerChan, "
                "PushPlus), WeCom, DingTalk, Feishu. Their addresses hold tokens: they are kept "
                "in the system keyring. Reminders missed while NumberKeeper was closed come as "
                "one summary."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        # Said inside the empty list, where a blank box would leave the user guessing (#16).
        self.empty_hint = QLabel(
            self.tr("No channels yet. Add one to get each reminder on your phone too."),
            self.list.viewport(),
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        QVBoxLayout(self.list.viewport()).addWidget(self.empty_hint)
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("&Add…"), self.add_channel)
        self.test_button = self._button(row, self.tr("Send a &test"), self.send_test)
        self.remove_button = self._button(row, self.tr("&Remove…"), self.remove_channel)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("pushStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        hour_row = QHBoxLayout()
        self.hour_edit = QTimeEdit(self)
        # Typed and read left to right in Latin digits, as the other values are (#18): made
        # right to left, Qt writes the sections reversed ("٠٠:٠٩" for 09:00, read as 00:09). The
        # display format is set after the direction: the sections are laid out when it is.
        self.hour_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.hour_edit.setLocale(QLocale.c())
        self.hour_edit.setDisplayFormat("HH:mm")
        hour_label = QLabel(self.tr("Reminders fall due at"), self)
        hour_label.setBuddy(self.hour_edit)
        hour_row.addWidget(hour_label)
        hour_row.addWidget(self.hour_edit)
        self.zone_label = QLabel(self)
        hour_row.addWidget(self.zone_label, 1)
        layout.addLayout(hour_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._update_buttons)
        push_ui.sent.connect(self._show_report)
        self._load_hour()
        self.hour_edit.editingFinished.connect(self.save_hour)
        self.reload()
        if push_ui.last_report is not None:
            self._show_report(push_ui.last_report)

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def reload(self) -> None:
        """List the channels again."""
        self.list.clear()
        for channel in self.services.push.channels():
            kind = KIND_OF_SCHEME.get(channel.scheme)
            shown = kind_name(kind) if kind is not None else channel.scheme
            item = QListWidgetItem(fill(self.tr("{name} — {kind}"), name=channel.name, kind=shown))
            item.setData(256, channel.name)  # Qt.UserRole
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty_hint.setVisible(not self.list.count())
        self._update_buttons()

    def selected(self) -> str | None:
        """The name of the channel selected."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(256))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.test_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_channel(self) -> None:
        """Open the form for a new channel."""
        self.form = ChannelFormDialog(self.worker, self.push_ui.clock, self)
        self.form.accepted.connect(self._added)
        self.form.open()

    def _added(self) -> None:
        assert self.form is not None
        name = self.form.added
        self.reload()
        if name:
            self.status.setText(fill(self.tr("{name} added."), name=name))
            self.push_ui.send()  # what is due now goes to it too

    def send_test(self) -> None:
        """Send a test message to the selected channel, on the worker."""
        name = self.selected()
        if name is None:
            return
        title, body = test_message()
        self.error.show_messages([])
        self.status.setText(fill(self.tr("Sending a test to {name}…"), name=name))
        self.worker.run(
            "channel-test",
            lambda own: own.push.test(name, title, body),
            lambda _result, error: self._tested(name, error),
        )

    def _tested(self, name: str, error: Exception | None) -> None:
        if error is None:
            self.status.setText(fill(self.tr("A test message went to {name}."), name=name))
        else:
            self.status.setText(fill(self.tr("No test message went to {name}."), name=name))
            self.error.show_messages([reach_error_text(error)])

    def remove_channel(self) -> None:
        """Remove the selected channel (after asking), its address from the keyring too."""
        name = self.selected()
        if name is None or not prompts.confirm(
            self,
            self.tr("Remove the channel?"),
            fill(self.tr("Reminders are no longer sent to {name}."), name=name),
        ):
            return
        self.worker.run("channel-remove", lambda own: own.push.remove(name), self._removed)

    def _removed(self, _result: object, error: Exception | None) -> None:
        if error is not None:
            self.error.show_messages([reach_error_text(error)])
        self.reload()

    def _load_hour(self) -> None:
        settings = self.services.reminders.settings()
        self.hour_edit.setTime(QTime(settings.hour.hour, settings.hour.minute))
        zone = settings.zone or str(local_zone())
        self.zone_label.setText(
            fill(
                self.tr("of your day ({zone}): on the desktop, in pushes and in calendar alarms."),
                zone=zone,
            )
        )

    def save_hour(self) -> None:
        """Keep the reminder hour; everything that reminds follows it."""
        chosen = self.hour_edit.time()
        hour = time(chosen.hour(), chosen.minute())
        if hour == self.services.reminders.settings().hour:
            return
        try:
            self.services.reminders.set_hour(hour, self.services.reminders.settings().zone)
        except NumberKeeperError as e:
            self.error.show_messages([failure_text(e)])
            return
        # Every reminder moved: the desktop's, the pushes', the calendar's alarms.
        change_signal(self.services).tell(Changes.any_of(Kind.REMINDERS))

    def _show_report(self, report: PushReport) -> None:
        problems = [
            fill(
                self.tr("{name}: {problem}"),
                name=name,
                problem=problem_text(outcome.problem, outcome.detail),
            )
            for name, outcome in report.channels.items()
            if outcome.problem is not None
        ]
        self.error.show_messages(problems)
