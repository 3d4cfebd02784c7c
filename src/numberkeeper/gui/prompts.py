"""Every message box and file picker goes through here, so tests can replace them.

Tests monkeypatch the functions of this module (e.g. `prompts.confirm`) instead of
clicking real modal boxes, which would block the test run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong."""
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something they should know."""
    QMessageBox.information(parent, title, text)


def choose_file(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    """Ask for one existing file to open; None when the user cancels."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(path) if path else None


def open_with_system_viewer(path: Path) -> bool:
    """Open a file in the program the desktop associates with it; False if that failed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
