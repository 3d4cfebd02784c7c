"""Adding a push channel (#17): a name, a kind — e-mail, Telegram, ntfy, Bark, ServerChan,
PushPlus, WeCom, DingTalk, Feishu, or any Apprise URL — and the few fields that kind needs,
each explained. The URL is built from them (services.channel_urls), checked by Apprise and kept
in the keyring, on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import FieldError, ValidationError
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit
from numberkeeper.gui.common.messages import field_error_text
from numberkeeper.gui.reminders.reach_texts import reach_error_text
from numberkeeper.gui.reminders.reach_worker import ReachWorker
from numberkeeper.services.channel_urls import FIELDS, ChannelKind, channel_url

_T = "ChannelForm"
KIND_NAMES = {
    ChannelKind.EMAIL: QT_TRANSLATE_NOOP("ChannelForm", "E-mail (SMTP)"),
    ChannelKind.TELEGRAM: QT_TRANSLATE_NOOP("ChannelForm", "Telegram bot"),
    ChannelKind.NTFY: QT_TRANSLATE_NOOP("ChannelForm", "ntfy"),
    ChannelKind.BARK: QT_TRANSLATE_NOOP("ChannelForm", "Bark (iPhone)"),
    ChannelKind.SERVERCHAN: QT_TRANSLATE_NOOP("ChannelForm", "ServerChan (WeChat)"),
    ChannelKind.PUSHPLUS: QT_TRANSLATE_NOOP("ChannelForm", "PushPlus (WeChat)"),
    ChannelKind.WECOM: QT_TRANSLATE_NOOP("ChannelForm", "WeCom group bot"),
    ChannelKind.DINGTALK: QT_TRANSLATE_NOOP("ChannelForm", "DingTalk group bot"),
    ChannelKind.FEISHU: QT_TRANSLATE_NOOP("ChannelForm", "Feishu group bot"),
    ChannelKind.OTHER: QT_TRANSLATE_NOOP("ChannelForm", "Other (an Apprise URL)"),
}
HINTS = {
    ChannelKind.EMAIL: QT_TRANSLATE_NOOP(
        "ChannelForm", "Your mail provider's SMTP server; many need an app password for it."
    ),
    ChannelKind.TELEGRAM: QT_TRANSLATE_NOOP(
        "ChannelForm", "Make a bot with @BotFather for its token; @userinfobot tells your chat ID."
    ),
    ChannelKind.NTFY: QT_TRANSLATE_NOOP(
        "ChannelForm", "Subscribe to the topic in the ntfy app. Pick a topic nobody can guess."
    ),
    ChannelKind.BARK: QT_TRANSLATE_NOOP("ChannelForm", "The device key is in the Bark app."),
    ChannelKind.SERVERCHAN: QT_TRANSLATE_NOOP(
        "ChannelForm", "Log in at sct.ftqq.com with WeChat for your SendKey."
    ),
    ChannelKind.PUSHPLUS: QT_TRANSLATE_NOOP(
        "ChannelForm", "Log in at pushplus.plus with WeChat for your token."
    ),
    ChannelKind.WECOM: QT_TRANSLATE_NOOP(
        "ChannelForm", "Add a group bot in WeCom; its key is the end of its webhook address."
    ),
    ChannelKind.DINGTALK: QT_TRANSLATE_NOOP(
        "ChannelForm",
        "Add a custom group bot in DingTalk: its access token, and its signing secret.",
    ),
    ChannelKind.FEISHU: QT_TRANSLATE_NOOP(
        "ChannelForm",
        "Add a custom bot to a Feishu group; the token is the end of its webhook address.",
    ),
    ChannelKind.OTHER: QT_TRANSLATE_NOOP(
        "ChannelForm", "Any Apprise URL, e.g. ntfy://topic or mailtos://… (see Apprise's wiki)."
    ),
}
FIELD_LABELS = {
    "smtp_host": QT_TRANSLATE_NOOP("ChannelForm", "SMTP server:"),
    "smtp_port": QT_TRANSLATE_NOOP("ChannelForm", "Port:"),
    "smtp_user": QT_TRANSLATE_NOOP("ChannelForm", "User name:"),
    "smtp_password": QT_TRANSLATE_NOOP("ChannelForm", "Password:"),
    "from_address": QT_TRANSLATE_NOOP("ChannelForm", "From:"),
    "to_address": QT_TRANSLATE_NOOP("ChannelForm", "To:"),
    "bot_token": QT_TRANSLATE_NOOP("ChannelForm", "Bot token:"),
    "chat_id": QT_TRANSLATE_NOOP("ChannelForm", "Chat ID:"),
    "server": QT_TRANSLATE_NOOP("ChannelForm", "Server:"),
    "topic": QT_TRANSLATE_NOOP("ChannelForm", "Topic:"),
    "device_key": QT_TRANSLATE_NOOP("ChannelForm", "Device key:"),
    "send_key": QT_TRANSLATE_NOOP("ChannelForm", "SendKey:"),
    "token": QT_TRANSLATE_NOOP("ChannelForm", "Token:"),
    "bot_key": QT_TRANSLATE_NOOP("ChannelForm", "Bot key:"),
    "secret": QT_TRANSLATE_NOOP("ChannelForm", "Signing secret (if set):"),
    "url": QT_TRANSLATE_NOOP("ChannelForm", "Apprise URL:"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_T, text)


def kind_name(kind: ChannelKind) -> str:
    """A kind of channel in the user's language: "Telegram bot", "Server酱（微信）"."""
    return _t(KIND_NAMES[kind])


class ChannelFormDialog(QDialog):
    """One new channel: `added` is its name once it is kept."""

    def __init__(self, worker: ReachWorker, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock = clock
        self.added: str | None = None
        self.setWindowTitle(self.tr("Add a push channel"))
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. My phone"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.kind_combo = QComboBox(self)
        for kind in ChannelKind:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)
        self.edits: dict[str, QLineEdit] = {}
        for field in dict.fromkeys(f for fields in FIELDS.values() for f in fields):
            if field.key in self.edits:
                continue
            edit = LeftToRightEdit(parent=self)
            edit.setObjectName(field.key)
            self.edits[field.key] = edit
            self.form.addRow(_t(FIELD_LABELS[field.key]), edit)
        layout.addLayout(self.form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._show_kind)
        # As wide as the widest kind's form, for every kind: fitted to each, the dialog jumped
        # between 250 and 400 px as the kinds were tried, and a token field shrank to 160.
        widest = 0
        for index in range(self.kind_combo.count()):
            self.kind_combo.setCurrentIndex(index)
            widest = max(widest, self.sizeHint().width())
        self.setMinimumWidth(widest)
        self.kind_combo.setCurrentIndex(0)
        self._show_kind()

    def kind(self) -> ChannelKind:
        """The kind chosen."""
        return ChannelKind(self.kind_combo.currentData())

    def _show_kind(self) -> None:
        kind = self.kind()
        wanted = {f.key: f for f in FIELDS[kind]}
        for key, edit in self.edits.items():
            self.form.setRowVisible(edit, key in wanted)
            if key in wanted:
                echo = (
                    QLineEdit.EchoMode.Password if wanted[key].secret else QLineEdit.EchoMode.Normal
                )
                edit.setEchoMode(echo)
                edit.setPlaceholderText(wanted[key].default)
        self.hint.setText(_t(HINTS[kind]))
        self.error.show_messages([])
        self.adjustSize()

    def url(self) -> str:
        """The Apprise URL of what is typed (ValidationError naming empty fields)."""
        kind = self.kind()
        return channel_url(kind, {f.key: self.edits[f.key].text() for f in FIELDS[kind]})

    def add(self) -> None:
        """Check and keep the channel on the worker; close when it is kept."""
        name = self.name_edit.text()
        try:
            url = self.url()
        except ValidationError as e:
            self._refused(e.errors)
            return
        clock = self.clock
        self.add_button.setEnabled(False)
        self.worker.run("channel-add", lambda own: own.push.add(name, url, clock()), self._added)

    def _added(self, channel: object, error: Exception | None) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._refused(error.errors)
        elif error is not None:
            self.error.show_messages([reach_error_text(error)])
        else:
            self.added = getattr(channel, "name", None)
            self.accept()

    def _refused(self, errors: list[FieldError]) -> None:
        names = {"name": self.tr("Name"), "url": self.tr("The channel's address")}
        lines = [
            fill(
                self.tr("{field}: {problem}"),
                field=names.get(e.field) or _t(FIELD_LABELS[e.field]).rstrip(":："),
                problem=field_error_text(e),
            )
            for e in errors
        ]
        self.error.show_messages(lines)
