"""Every message box and file picker goes through here, so tests can replace them.

Tests monkeypatch the functions of this module (e.g. `prompts.confirm`) instead of
clicking real modal boxes, which would block the test run.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


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
