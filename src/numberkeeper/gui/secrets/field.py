"""The rows of the secrets panel: one secret of a line (a masked field with Show, Copy, Save,
Delete), the fixed secrets' names, and the row that adds a named secret.

The fixed names and the add row speak in the panel's words (translation context
"SecretsPanel"), where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from numberkeeper.core.secrets import SecretKind, SecretRef
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.ltr_edit import LeftToRightEdit


class SecretField(QWidget):
    """One secret of the line: a masked field and its Show, Copy, Save and Delete buttons."""

    def __init__(self, ref: SecretRef, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.title = title
        self.stored = False
        self.busy = False
        self.loaded = False  # the field holds a value read from the keyring, not one typed
        self.edit = LeftToRightEdit()
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
            button.setToolTip(fill(text, secret=title))
            button.setAccessibleName(fill(text, secret=title))
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

    def settle(self, stored: bool) -> None:
        """After a save or a delete: the field empty and masked, and whether a value is stored."""
        self.edit.clear()
        self.conceal()
        self.set_stored(stored)

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


def fixed_secret_titles() -> dict[SecretKind, tuple[str, str]]:
    """Every line's fixed secrets, in the panel's order: kind → (title, form label)."""

    # Literal strings in translate() calls, so pyside6-lupdate extracts each of them.
    return {
        SecretKind.PASSWORD: (
            QCoreApplication.translate("SecretsPanel", "Portal password"),
            QCoreApplication.translate("SecretsPanel", "Portal password:"),
        ),
        SecretKind.PIN: (
            QCoreApplication.translate("SecretsPanel", "SIM PIN"),
            QCoreApplication.translate("SecretsPanel", "SIM PIN:"),
        ),
        SecretKind.PUK: (
            QCoreApplication.translate("SecretsPanel", "PUK"),
            QCoreApplication.translate("SecretsPanel", "PUK:"),
        ),
        SecretKind.ESIM_CODE: (
            QCoreApplication.translate("SecretsPanel", "eSIM activation code"),
            QCoreApplication.translate("SecretsPanel", "eSIM activation code:"),
        ),
    }


class NewSecretRow(QWidget):
    """A name field and "Add secret": asks the panel for a row for one more named secret."""

    requested = Signal()  # Add was clicked, or Enter pressed in the name field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("SecretsPanel", "Name, e.g. Bank app PIN")
        )
        self.add_button = QPushButton(QCoreApplication.translate("SecretsPanel", "Add secret"))
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        self.name_edit.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.name_edit.returnPressed.connect(self.requested.emit)
        self.add_button.clicked.connect(lambda _checked=False: self.requested.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.add_button)
        layout.setContentsMargins(0, 0, 0, 0)
