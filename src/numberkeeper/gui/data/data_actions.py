"""The File menu's data actions (#5): export lines / calendar, import lines; back up, restore
and the automatic daily backup are gui/data/backup_actions.py's, placed in the same menu.

The work is the services' (`services.exports`, `line_import`, `calendar_export`); this module
picks files, runs long jobs off the GUI thread (gui/data/export_runner.py), and tells the user
what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from numberkeeper.gui.app.icons import themed_icon
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.data.backup_actions import BackupActions
from numberkeeper.gui.data.export_runner import (
    BackgroundTask,
    run_task,
)
from numberkeeper.services.container import Services

if TYPE_CHECKING:
    from numberkeeper.services.line_import import ImportPreview


class DataActions(QObject):
    """The data actions of one main window; its backups (and daily backups) are `backups`.

    The window is only their parent and where they speak; they tell it through `data_changed`
    that the lines it shows changed (an import, a restore), so this module never needs the
    main window's module (#14: no import cycle).
    """

    data_changed = Signal()  # lines were imported or the data was restored: show them again

    def __init__(self, window: QMainWindow, services: Services, clock: Clock) -> None:
        super().__init__(window)
        self.window = window
        self._services = services  # a restore rebinds the same services to the new file
        self.clock = clock

        def make(
            text: str, handler: Callable[[], object], icon: QIcon.ThemeIcon | None = None
        ) -> QAction:
            action = QAction(text, self)
            if icon is not None:
                action.setIcon(themed_icon(icon))
            action.triggered.connect(lambda _checked=False: handler())
            return action

        self.export_lines_action = make(
            self.tr("&Export lines…"), self.export_lines, QIcon.ThemeIcon.DocumentSaveAs
        )
        self.export_lines_action.setToolTip(
            self.tr("As a CSV the import reads back, or as an Excel workbook (.xlsx)")
        )
        self.import_lines_action = make(
            self.tr("&Import lines from CSV…"), self.import_lines, QIcon.ThemeIcon.DocumentOpen
        )
        self.export_calendar_action = make(
            self.tr("Export &calendar (.ics)…"), self.export_calendar
        )
        self.export_calendar_action.setToolTip(
            self.tr("Expiries, grace ends and keep-alive dates for a phone's calendar")
        )
        self.backups = BackupActions(window, services, clock, make)
        self.backups.data_changed.connect(self.data_changed)
        self.import_dialog: QDialog | None = None

    # -- plumbing ---------------------------------------------------------------------------

    @property
    def services(self) -> Services:
        """The services the window works with (a restore rebinds them to the restored file)."""
        return self._services

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Put the data actions into the File menu (above `before`, if given)."""
        actions = [self.export_lines_action, self.import_lines_action, self.export_calendar_action]
        separator = QAction(self)
        separator.setSeparator(True)
        backups = [self.backups.backup_action, self.backups.restore_action]
        closing = QAction(self)
        closing.setSeparator(True)
        menu.insertActions(before, [*actions, separator, *backups, closing])  # type: ignore[arg-type]

    def _today(self) -> str:
        return self.clock().astimezone().date().isoformat()

    # -- exports ----------------------------------------------------------------------------

    def export_lines(self) -> BackgroundTask | None:
        """Every line (archived ones too) as a CSV the import reads back, or a workbook."""
        from numberkeeper.gui.data.lines_export import LinesExport

        return LinesExport(self).run(self.window, self.services, self._today())

    def export_calendar(self) -> BackgroundTask | None:
        """An .ics file with every expiry, grace end, keep-alive and resume date."""
        from numberkeeper.gui.data.calendar_texts import calendar_summary
        from numberkeeper.local_zone import local_zone
        from numberkeeper.services import calendar_export

        choice = prompts.save_file(
            self.window,
            self.tr("Export calendar"),
            Path.home() / "numberkeeper.ics",
            [self.tr("iCalendar files (*.ics)")],
            ".ics",
        )
        if choice is None:
            return None
        target, _kind = choice
        services, now = self.services, self.clock()

        def done(count: int) -> None:
            prompts.info(
                self.window,
                self.tr("Calendar exported"),
                fill(
                    self.tr(
                        "%n event(s) written to {path}. Import the file into your calendar; "
                        "importing a newer export again updates the same events.",
                        "",
                        count,
                    ),
                    path=str(target),
                ),
            )

        return run_task(
            self.window,
            self.tr("Exporting the calendar"),
            fill(self.tr("Writing {name}…"), name=target.name),
            lambda _progress: calendar_export.export_calendar(
                services, target, now, local_zone(), summary=calendar_summary
            ),
            done,
            failure_title=self.tr("The calendar was not exported"),
            cancellable=False,
        )

    # -- import -----------------------------------------------------------------------------

    def import_lines(self) -> BackgroundTask | None:
        """Read a CSV, show the preview; the dialog imports only when the user confirms."""
        from numberkeeper.services import line_import

        source = prompts.choose_file(
            self.window,
            self.tr("Import lines from CSV"),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if source is None:
            return None
        services = self.services
        return run_task(
            self.window,
            fill(self.tr("Reading {name}"), name=source.name),
            self.tr("Checking every row…"),
            lambda _progress: line_import.preview_lines_csv(services, source),
            lambda preview: self.show_import_preview(source, preview),
            failure_title=self.tr("The file cannot be imported"),
            cancellable=False,
        )

    def show_import_preview(self, source: Path, preview: ImportPreview) -> Any:
        """Open the preview dialog (window-modal); the main window reloads after an import."""
        from numberkeeper.gui.data.import_lines_dialog import ImportLinesDialog

        dialog = ImportLinesDialog(self.services, self.clock, source, preview, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, result: Any) -> None:
        self.data_changed.emit()
        prompts.info(
            self.window,
            self.tr("Lines imported"),
            fill(
                self.tr("Added: {added}. Merged: {merged}. Skipped: {skipped}."),
                added=result.added,
                merged=result.merged,
                skipped=result.skipped,
            ),
        )
