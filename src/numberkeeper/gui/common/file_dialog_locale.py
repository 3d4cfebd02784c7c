"""Qt's file dialog in the interface's language: its sizes and dates too (#16).

Qt's own file dialog (the one shown where the desktop offers none, as under Xvfb or a bare
window manager) writes each file's size and date with the system's locale, QLocale::system(),
which QLocale.setDefault does not change: under `--lang zh_CN` on a system in the C locale its
dates read "4 12 2026 20:20" beside Chinese labels. The proxy rewrites those two columns with
the default locale, which follows the interface language (gui/app/i18n.py). A desktop's own
dialog (GTK, KDE, Windows, macOS) ignores the proxy and follows the desktop's settings.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

from numberkeeper.gui.common.screen_fit import fit_into_screen

# The columns of Qt's QFileSystemModel.
SIZE_COLUMN, DATE_COLUMN = 1, 3
# Room for the name, size, type and date columns whole; fitted to the screen.
DIALOG_SIZE = QSize(820, 480)


class InterfaceLocaleFiles(QIdentityProxyModel):
    """The file dialog's model with sizes and dates in the default (interface) locale."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Sizes and dates written by QLocale(); everything else as Qt's model has it."""
        source = self.sourceModel()
        column = index.column()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and column in (SIZE_COLUMN, DATE_COLUMN)
            and isinstance(source, QFileSystemModel)
        ):
            at = self.mapToSource(index)
            if column == DATE_COLUMN:
                return QLocale().toString(source.lastModified(at), QLocale.FormatType.ShortFormat)
            if not source.isDir(at):
                return QLocale().formattedDataSize(source.size(at))
        return super().data(index, role)


def file_dialog(parent: QWidget | None, title: str, start: str = "") -> QFileDialog:
    """A file dialog whose own texts, sizes and dates follow the interface language."""
    dialog = QFileDialog(parent, title, start)
    dialog.setProxyModel(InterfaceLocaleFiles(dialog))
    fit_into_screen(dialog, DIALOG_SIZE.expandedTo(dialog.sizeHint()))
    details = dialog.findChild(QTreeView, "treeView")  # only in Qt's own dialog
    if details is not None:
        # Qt's fixed widths cut the size and the type ("32....KiB", "SQ...据库") beside an
        # empty strip: they follow their contents, and the name takes the rest.
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog
