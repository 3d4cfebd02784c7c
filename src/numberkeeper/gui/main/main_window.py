"""The main window: every kept line with its live countdown, and the actions on lines.

It holds no domain logic: actions call the services and tell what changed on the one change
signal (gui/common/changes.py), which the window reloads from. Errands: gui/lines/line_actions;
File ▸: gui/data/data_actions. Its own actions, toolbar and menus are window_actions.py's, the
table's view line_table_view.py's, what it remembers between runs window_settings.py's.
"""

from __future__ import annotations

import sys
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numberkeeper import APP_NAME
from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.core.lines import Line
from numberkeeper.core.phases import Phase
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.data.data_actions import DataActions
from numberkeeper.gui.lines.line_actions import LineActions
from numberkeeper.gui.main.countdown_timer import CountdownTimer
from numberkeeper.gui.main.database_watch import DatabaseWatch
from numberkeeper.gui.main.line_filter_proxy import LineFilterProxyModel
from numberkeeper.gui.main.line_roles import LineRole
from numberkeeper.gui.main.line_table_model import LineTableModel
from numberkeeper.gui.main.line_table_view import line_table_view, select_row, selected_line
from numberkeeper.gui.main.window_actions import WindowActions
from numberkeeper.gui.main.window_settings import restore_window, save_window, shows_archived
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineResult, LineService

if TYPE_CHECKING:
    # Only annotated: PySide6 builds a class's Python enums when it is first imported, and
    # QEvent's are many; start-up does not need them. The empty state and the reminder
    # banner are made when first needed (see their properties).
    from PySide6.QtGui import QCloseEvent

    from numberkeeper.gui.main.empty_state import EmptyState
    from numberkeeper.gui.reminders.reminder_banner import ReminderBanner


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that start NumberKeeper on demo data, in a new process."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "numberkeeper", "--demo"]


class MainWindow(QMainWindow):
    """The list of lines, a filter box, and the add / edit / archive actions."""

    def __init__(
        self,
        services: Services,
        catalog: CarrierCatalog,
        clock: Clock,
        settings: QSettings,
        language: str = "en",
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.service: LineService = services.lines
        self.catalog = catalog
        self.clock = clock
        self.settings = settings
        self.language = language
        self.demo = demo
        title = self.tr("{app} — demo (sample lines, discarded on exit)") if demo else "{app}"
        self.setWindowTitle(fill(title, app=APP_NAME))

        self.model = LineTableModel(clock, catalog, language, self)
        self.proxy = LineFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.countdown_timer = CountdownTimer(self.model, clock, self)
        self.countdown_timer.ticked.connect(self.update_summary)

        self.commands = WindowActions(self)  # add, edit, archive, show archived, demo, quit
        self.commands.add.triggered.connect(self.add_line)
        self.commands.edit.triggered.connect(lambda: self.edit_line())
        self.commands.archive.triggered.connect(self.archive_line)
        self.commands.demo.triggered.connect(self.open_demo)
        self.commands.quit.triggered.connect(self.close)
        self.changes = change_signal(services)  # every write, here or elsewhere (#14, #15)
        self.changes.changed.connect(self._on_changes)
        self.watch = DatabaseWatch(services, self)  # tells what other programs write (#15)
        self.line_actions = LineActions(services, clock, language, self)
        # File ▸ export, import, back up, restore (#5)
        self.data_actions = DataActions(self, services, clock)
        self.data_actions.data_changed.connect(lambda: self.changes.tell(Changes.everything()))
        self.table, self.column_fitter = line_table_view(self.proxy, self)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._create_filter()
        self.commands.place(self, self.line_actions, self.data_actions, self.filter_edit)
        self.stack = QStackedWidget(self)  # the table, or the empty state while there are no lines
        self.stack.addWidget(self.table)
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)  # the reminder banner goes above the stack
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.summary_label = QLabel(self)
        self.statusBar().addWidget(self.summary_label, 1)

        self.commands.show_archived.setChecked(shows_archived(self.settings))
        self.commands.show_archived.toggled.connect(lambda _checked: self.reload())
        self.reload()
        restore_window(self, self.column_fitter, self.settings)
        self.countdown_timer.start()
        self.watch.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    # -- building ---------------------------------------------------------------------------

    @cached_property
    def empty_state(self) -> EmptyState:
        """The page shown while there are no lines: made the first time it is needed, as most
        starts have lines to show (it is ~2 ms of building before the first paint: #2)."""
        from numberkeeper.gui.main.empty_state import EmptyState

        page = EmptyState(self)
        page.add_requested.connect(self.add_line)
        page.demo_requested.connect(self.open_demo)
        self.stack.addWidget(page)
        return page

    @cached_property
    def reminder_banner(self) -> ReminderBanner:
        """The reminders due now, above the list, whatever the tray or notifications do.

        Made when the reminders are first checked, after the first paint: until then nothing
        is due, and the banner (a style sheet, its buttons' classes) is ~2 ms of start-up (#2).
        """
        from numberkeeper.gui.reminders.reminder_banner import ReminderBanner

        banner = ReminderBanner(self.services, self.clock, self)
        self._central_layout.insertWidget(0, banner)
        return banner

    def _create_filter(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by number, label or carrier"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        find_action = QAction(self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(lambda: self.filter_edit.setFocus())
        self.addAction(find_action)

    # -- contents ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the lines from the service again, keeping (or moving) the selection."""
        if select_id is None:
            current = self.selected_line()
            select_id = current.id if current else None
        lines = self.service.list_lines(include_archived=self.commands.show_archived.isChecked())
        self.model.set_lines(lines)
        self.stack.setCurrentWidget(self.table if lines else self.empty_state)
        if not lines:
            self.empty_state.add_button.setFocus()
        if select_id is not None:
            self.select_line(select_id)
        self.update_summary()
        self._update_actions()

    def follow_database(self) -> None:
        """Show what another program wrote, keeping the selection and the scroll (#15)."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.reload()
        bar.setValue(position)

    def selected_line(self) -> Line | None:
        """The line of the selected row, if any."""
        return selected_line(self.table)

    def select_line(self, line_id: int) -> bool:
        """Select and show a line's row, clearing the filter if it hides it."""
        row = self.model.row_of(line_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        select_row(self.table, index)
        return True

    def summary_text(self) -> str:
        """The status bar's sentence: how many lines, and which need attention."""
        timings = [
            t
            for line, t in zip(self.model.lines(), self.model.timings(), strict=True)
            if line.archived_at is None
        ]
        if not timings:
            return ""

        def count(phase: Phase) -> int:
            return sum(1 for t in timings if t.phase is phase)

        parts = [self.tr("%n line(s)", "", len(timings))]
        expiring, in_grace, past = (
            count(Phase.EXPIRING),
            count(Phase.IN_GRACE),
            count(Phase.PAST_GRACE),
        )
        if expiring:
            parts.append(self.tr("%n line(s) expire within 7 days", "", expiring))
        if in_grace:
            parts.append(self.tr("%n in grace — number at risk", "", in_grace))
        if past:
            parts.append(self.tr("%n past grace — probably recycled", "", past))
        if len(parts) == 1:
            parts.append(self.tr("none expires within 7 days"))
        return self.tr(" · ").join(parts)

    def update_summary(self) -> None:
        """Refresh the status bar from the model's current timings."""
        self.summary_label.setText(self.summary_text())

    # -- actions ----------------------------------------------------------------------------

    def add_line(self) -> None:
        """Open the line dialog for a new line."""
        self._open_line_dialog(None)

    def edit_line(self, line: Line | None = None) -> None:
        """Open the line dialog on `line` (default: the selected one)."""
        line = line or self.selected_line()
        if line is None:
            return
        # Read again: the table holds the line as of its last reload, and the command line or
        # another window may have changed it since (the dialog refuses to save over that).
        try:
            line = self.service.get(line.id)
        except NumberKeeperError as e:
            prompts.error(self, self.tr("The line cannot be edited"), write_error_text(e))
            self.reload()
            return
        self._open_line_dialog(line)

    def _open_line_dialog(self, line: Line | None) -> None:
        # Imported here: the dialog pulls in widgets the start-up path does not need.
        from numberkeeper.gui.lines.line_dialog import LineDialog

        dialog = LineDialog(
            self.service,
            self.catalog,
            self.clock,
            self.language,
            line,
            self,
            secrets=self.services.secrets,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        self.changes.changed.connect(dialog.notice_changes_elsewhere)
        dialog.open()

    def _on_saved(self, result: LineResult) -> None:
        self.changes.tell(result.changes)  # the table reloads once (none for no change)
        self.select_line(result.line.id)

    def archive_line(self) -> None:
        """Archive the selected line after asking; restore it if it is already archived."""
        line = self.selected_line()
        if line is None:
            return
        question = self.tr(
            "Archive “{name}”? It leaves the list and stops counting down; its "
            "history is kept, and View ▸ Show archived brings it back."
        )
        try:
            if line.archived_at is not None:
                changes = self.service.unarchive(line.id, self.clock()).changes
            elif prompts.confirm(
                self, self.tr("Archive line"), fill(question, name=line.display_name)
            ):
                changes = self.service.archive(line.id, self.clock()).changes
            else:
                return
        except NumberKeeperError as e:
            prompts.error(self, self.tr("Could not archive the line"), write_error_text(e))
            changes = Changes.of(Kind.LINES, lines=(line.id,))  # refused: show it as it stands
        self.changes.tell(changes)

    def open_demo(self) -> None:
        """Start NumberKeeper on sample data in a separate process and window."""
        program, arguments = demo_command()
        from PySide6.QtCore import QProcess  # rarely used: not worth its start-up cost

        started, _pid = QProcess.startDetached(program, [*arguments, "--lang", self.language])
        if not started:
            prompts.error(
                self, self.tr("Could not open the demo"), self.tr("The demo did not start.")
            )

    def _on_double_click(self, index: QModelIndex) -> None:
        line = index.data(LineRole)
        if isinstance(line, Line):
            self.edit_line(line)

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        line = index.data(LineRole)
        if isinstance(line, Line):
            self.select_line(line.id)
        menu = QMenu(self)
        menu.addActions([self.commands.edit, self.commands.archive])
        menu.addSeparator()
        self.line_actions.fill_context_menu(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _on_changes(self, changes: Changes) -> None:  # lines, keep-alive dates, open errands
        if changes.touches(Kind.LINES, Kind.ACTIVITIES, Kind.CHECKLISTS):
            self.follow_database()  # keeping the selection and the scroll position

    def _update_actions(self) -> None:
        line = self.selected_line()
        self.line_actions.set_line(line)
        self.commands.set_line(line, self.demo)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        # Back from sleep or from another app: the pending minute tick may be late.
        if state == Qt.ApplicationState.ApplicationActive:
            self.countdown_timer.catch_up()

    # -- window state -----------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Show, un-minimise, raise and activate the window (tray, second launch, reminders)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def save_settings(self) -> None:
        """Write geometry, toolbar state, the table header and the archived lines' toggle."""
        show_archived = self.commands.show_archived.isChecked()
        save_window(self, self.table, self.column_fitter, self.settings, show_archived)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state; with no tray yet, closing the window quits the app."""
        self.countdown_timer.stop()
        self.save_settings()
        super().closeEvent(event)
