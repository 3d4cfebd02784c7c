"""Every message box and file picker goes through here, so tests can replace them.

Tests monkeypatch the functions of this module (e.g. `prompts.confirm`) instead of
clicking real modal boxes, which would block the test run.

Each function imports the Qt classes it shows. Most windows import this module, the main
window among them, and PySide builds a class's Python type (with all its enums) the first
time a module names it: QMessageBox, QFileDialog and QUrl together cost ~4 ms, on every
start, before the window could be painted (#2).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something they should know."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def choose_file(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    """Ask for one existing file to open; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    from numberkeeper.gui.common.file_dialog_locale import file_dialog

    dialog = file_dialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """Ask a question whose two answers are spelled out on the buttons; True for `yes_text`."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def save_file(
    parent: QWidget | None,
    title: str,
    suggested: Path,
    name_filters: list[str],
    suffix: str | list[str],
) -> tuple[Path, int] | None:
    """Ask where to write a new file: the path, and the index in `name_filters` of the filter
    the user chose (a filter can double as a format choice, e.g. CSV with or without a
    byte-order mark, or a workbook); None when the user cancels.

    `suffix` (e.g. ".csv", or one per filter) is added when the user leaves it out, before
    the dialog asks whether to replace an existing file, so that question is about the right
    file. With one suffix per filter, choosing a filter also changes the suffix of the name
    in the dialog (numberkeeper-receipts.csv → .xlsx, #18).
    """
    from PySide6.QtWidgets import QFileDialog

    from numberkeeper.gui.common.file_dialog_locale import file_dialog

    dialog = file_dialog(parent, title, str(suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(name_filters)
    suffixes = suffix if isinstance(suffix, list) else [suffix] * len(name_filters)
    dialog.setDefaultSuffix(suffixes[0].lstrip("."))

    def follow_filter(chosen: str) -> None:
        if chosen not in name_filters:
            return
        new = suffixes[name_filters.index(chosen)]
        dialog.setDefaultSuffix(new.lstrip("."))
        typed = Path(dialog.selectedFiles()[0]) if dialog.selectedFiles() else suggested
        if typed.suffix.lower() in {s.lower() for s in suffixes} and typed.suffix != new:
            dialog.selectFile(typed.with_suffix(new).name)

    dialog.filterSelected.connect(follow_filter)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    selected = dialog.selectedNameFilter()
    index = name_filters.index(selected) if selected in name_filters else 0
    return Path(dialog.selectedFiles()[0]), index


def open_with_system_viewer(path: Path) -> bool:
    """Open a file in the program the desktop associates with it; False if that failed."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
