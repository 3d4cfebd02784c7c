"""Copying a secret: the clipboard holds it for a while, then is cleared if it still does (#6).

Clipboard managers that honour KDE's password hint keep no history of it. The clearing is
owned by the application, not by a window, so closing the dialog does not cancel it; only a
digest of the value is kept to compare.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLIPBOARD_CLEAR_MS = 30_000


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
