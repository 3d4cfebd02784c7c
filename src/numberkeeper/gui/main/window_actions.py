"""The main window's own actions — add, edit, archive or restore a line, show archived lines,
open the demo, quit — with their words, shortcuts and icons, and where every action of the
window sits: the toolbar and the File, Lines and View menus.

The words keep the window's translation context (MainWindow), where they were first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSizePolicy, QToolBar, QWidget

from numberkeeper.core.lines import Line
from numberkeeper.gui.app.icons import themed_icon
from numberkeeper.gui.data.data_actions import DataActions
from numberkeeper.gui.lines.line_actions import LineActions


class WindowActions:
    """The actions of the window itself; the window connects what they do."""

    def __init__(self, window: QMainWindow) -> None:
        def action(text: str, icon: QIcon.ThemeIcon | None = None) -> QAction:
            return (
                QAction(text, window) if icon is None else QAction(themed_icon(icon), text, window)
            )

        self.add = action(
            QCoreApplication.translate("MainWindow", "&Add line…"), QIcon.ThemeIcon.ListAdd
        )
        self.add.setShortcut(QKeySequence.StandardKey.New)
        self.add.setToolTip(QCoreApplication.translate("MainWindow", "Keep a new number"))
        self.edit = action(
            QCoreApplication.translate("MainWindow", "&Edit line…"),
            QIcon.ThemeIcon.DocumentProperties,
        )
        self.edit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.archive = action(
            QCoreApplication.translate("MainWindow", "A&rchive line…"), QIcon.ThemeIcon.EditDelete
        )
        # Toolbar buttons show icon text: Qt drops "&" there but not a Chinese "(&A)" suffix.
        self.add.setIconText(QCoreApplication.translate("MainWindow", "Add line"))
        self.edit.setIconText(QCoreApplication.translate("MainWindow", "Edit line"))
        self.archive.setIconText(QCoreApplication.translate("MainWindow", "Archive line"))
        self.show_archived = action(QCoreApplication.translate("MainWindow", "Show &archived"))
        # no "(&A)" (#16)
        self.show_archived.setIconText(QCoreApplication.translate("MainWindow", "Show archived"))
        self.show_archived.setCheckable(True)
        self.demo = action(QCoreApplication.translate("MainWindow", "Open &demo…"))
        self.demo.setToolTip(
            QCoreApplication.translate("MainWindow", "Start a second window with sample lines")
        )
        self.quit = action(
            QCoreApplication.translate("MainWindow", "&Quit"), QIcon.ThemeIcon.ApplicationExit
        )
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def set_line(self, line: Line | None, demo: bool) -> None:
        """Follow the selected line: edit and archive need one; an archived one is restored."""
        self.edit.setEnabled(line is not None)
        self.archive.setEnabled(line is not None)
        archived = line is not None and line.archived_at is not None
        self.archive.setText(
            QCoreApplication.translate("MainWindow", "&Restore line")
            if archived
            else QCoreApplication.translate("MainWindow", "A&rchive line…")
        )
        self.archive.setIconText(
            QCoreApplication.translate("MainWindow", "Restore line")
            if archived
            else QCoreApplication.translate("MainWindow", "Archive line")
        )
        self.demo.setEnabled(not demo)

    def place(
        self,
        window: QMainWindow,
        line_actions: LineActions,
        data_actions: DataActions,
        filter_edit: QLineEdit,
    ) -> None:
        """Put every action of the window in its toolbar (with the filter box) and menus."""
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Lines"), window)
        toolbar.setObjectName("linesToolBar")  # saveState() needs a name
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.add, self.edit, self.archive])
        toolbar.addSeparator()
        toolbar.addAction(line_actions.renew_action)
        toolbar.addAction(line_actions.receipts_action)
        toolbar.addSeparator()
        toolbar.addAction(self.show_archived)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(filter_edit)
        window.addToolBar(toolbar)

        menu_bar = window.menuBar()
        file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        data_actions.add_to_menu(file_menu)
        file_menu.addAction(self.demo)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        lines_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Lines"))
        lines_menu.addActions([self.add, self.edit, self.archive])
        lines_menu.addSeparator()
        lines_menu.addActions(line_actions.errand_actions())
        lines_menu.addSeparator()
        lines_menu.addAction(line_actions.purge_action)
        view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.addAction(self.show_archived)
        view_menu.addAction(line_actions.all_receipts_action)
