"""The File menu's data actions (#5): export lines / calendar, import lines, back up, restore,
and the automatic daily backup.

The work is the services' (`services.exports`, `line_import`, `calendar_export`, `backups`);
this module picks files, runs long jobs off the GUI thread (gui/data/export_runner.py), and tells
the user what happened. A restore is the services' (`Services.restore`: close, swap, open
again, the same services pointed at the restored file); the window then reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.app.icons import themed_icon
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import backup_problem_text, refusal_text
from numberkeeper.gui.data.export_runner import (
    BackgroundTask,
    run_task,
)
from numberkeeper.services.container import Services

if TYPE_CHECKING:
    from numberkeeper.gui.data.daily_backup import BackupJob, DailyBackups
    from numberkeeper.services.archives import RestoreCheck, RestoreReport
    from numberkeeper.services.line_import import ImportPreview

BACKUP_SUFFIX = ".zip"


class DataActions(QObject):
    """The data actions of one main window, and its daily backups.

    The window is only their parent and where they speak; they tell it through `data_changed`
    that the lines it shows changed (an import, a restore), so this module never needs the
    main window's module (#14: no import cycle).
    """

    restored = Signal(object)  # a RestoreReport: the data was replaced by a backup
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
        self.backup_action = make(
            self.tr("&Back up now…"), self.back_up_now, QIcon.ThemeIcon.DocumentSave
        )
        self.backup_action.setToolTip(
            self.tr("Write the database and the attachments into one archive")
        )
        self.restore_action = make(
            self.tr("&Restore from backup…"), self.restore, QIcon.ThemeIcon.DocumentRevert
        )
        self._daily_started = False
        self.import_dialog: QDialog | None = None

    # -- plumbing ---------------------------------------------------------------------------

    @property
    def services(self) -> Services:
        """The services the window works with (a restore rebinds them to the restored file)."""
        return self._services

    @property
    def data_dir(self) -> Path:
        """The data folder the window works on."""
        return self.services.data_dir

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Put the data actions into the File menu (above `before`, if given)."""
        actions = [self.export_lines_action, self.import_lines_action, self.export_calendar_action]
        separator = QAction(self)
        separator.setSeparator(True)
        backups = [self.backup_action, self.restore_action]
        closing = QAction(self)
        closing.setSeparator(True)
        menu.insertActions(before, [*actions, separator, *backups, closing])  # type: ignore[arg-type]

    def _today(self) -> str:
        return self.clock().astimezone().date().isoformat()

    @cached_property
    def daily(self) -> DailyBackups:
        """The once-a-day backup, made when first started (after the window is painted)."""
        from numberkeeper.gui.data.daily_backup import DailyBackups

        daily = DailyBackups(self._daily_job, self.clock, self)
        daily.failed.connect(self._daily_failed)
        return daily

    def start_daily_backups(self) -> None:
        """Back up today if not done yet, then once a day while the app runs."""
        self._daily_started = True
        self.daily.start()

    def shutdown(self) -> None:
        """Stop the daily backups and wait for one being written (before closing the database)."""
        if "daily" in vars(self):  # never started: nothing to stop
            self.daily.stop()

    def _daily_job(self) -> BackupJob:
        from numberkeeper.services import backups

        services, folder = self.services, self.data_dir
        return lambda now: backups.daily_backup(services, folder, now)

    def _daily_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            fill(self.tr("The daily backup failed: {reason}"), reason=message)
        )

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

    # -- backups ----------------------------------------------------------------------------

    def back_up_now(self) -> BackgroundTask | None:
        """One archive (database and attachments) where the user chooses."""
        from numberkeeper.services import backups

        choice = prompts.save_file(
            self.window,
            self.tr("Back up now"),
            Path.home() / f"numberkeeper-backup-{self._today()}{BACKUP_SUFFIX}",
            [fill(self.tr("NumberKeeper backups (*{suffix})"), suffix=BACKUP_SUFFIX)],
            BACKUP_SUFFIX,
        )
        if choice is None:
            return None
        target, _kind = choice
        services, folder, now = self.services, self.data_dir, self.clock()

        def done(path: Path) -> None:
            prompts.info(
                self.window,
                self.tr("Backed up"),
                fill(
                    self.tr(
                        "Your lines, receipts and attachments are in {path}. Keep it on another "
                        "disk; File ▸ Restore from backup… brings it back."
                    ),
                    path=str(path),
                ),
            )

        return run_task(
            self.window,
            self.tr("Backing up"),
            fill(self.tr("Writing {name}…"), name=target.name),
            lambda _progress: backups.backup_archive(services, folder, target, now),
            done,
            failure_title=self.tr("The backup was not written"),
            cancellable=False,
        )

    def check_text(self, check: RestoreCheck) -> str:
        """What an archive holds, in a sentence or two."""
        try:
            when = datetime.fromisoformat(check.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = check.created_at or self.tr("unknown")
        return fill(
            self.tr(
                "Made on {date}. Lines: {lines}; receipts: {receipts}; attachments: {attachments} "
                "(schema version {version})."
            ),
            date=when,
            lines=check.lines,
            receipts=check.receipts,
            attachments=check.attachments,
            version=check.schema_version,
        )

    def restore(self) -> BackgroundTask | None:
        """Pick an archive and check it (in the background); then `_confirm_restore`."""
        from numberkeeper.services import archives

        archive = prompts.choose_file(
            self.window,
            self.tr("Restore from backup"),
            fill(self.tr("NumberKeeper backups (*{suffix});;All files (*)"), suffix=BACKUP_SUFFIX),
        )
        if archive is None:
            return None
        return run_task(
            self.window,
            self.tr("Restore from backup"),
            fill(self.tr("Checking {name}…"), name=archive.name),
            lambda _progress: archives.check_archive(archive),
            lambda check: self._confirm_restore(archive, check),
            failure_title=self.tr("This backup cannot be restored"),
            cancellable=False,
        )

    def _confirm_restore(self, archive: Path, check: RestoreCheck) -> bool:
        """Show what the archive holds or what is wrong with it; restore if the user agrees."""
        if not check.ok:
            prompts.error(
                self.window,
                self.tr("This backup cannot be restored"),
                fill(
                    self.tr("{path} has problems; nothing was changed:\n\n{problems}"),
                    path=str(archive),
                    problems="\n".join(f"• {backup_problem_text(p)}" for p in check.problems),
                ),
            )
            return False
        if not prompts.confirm(
            self.window,
            self.tr("Restore from backup"),
            fill(
                self.tr(
                    "{summary}\n\nReplace the current data with this backup? Your current data is "
                    "kept as a safety copy first."
                ),
                summary=self.check_text(check),
            ),
        ):
            return False
        return self._swap(archive)

    def _swap(self, archive: Path) -> bool:
        # In the GUI thread on purpose: while the connection is closed no timer (countdown,
        # reminders, tray) may run a query, and a blocked event loop runs none.
        services = self.services
        now = self.clock()
        self.shutdown()  # a daily backup must not read the files being replaced
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        report: RestoreReport | None = None
        error: NumberKeeperError | None = None
        try:
            report = services.restore(archive, now)  # closes, swaps, opens again (#14)
        except NumberKeeperError as e:
            error = e
        finally:
            QGuiApplication.restoreOverrideCursor()
        if services.closed:  # the restored (or the old) database cannot be opened
            prompts.error(
                self.window,
                self.tr("NumberKeeper cannot open its data"),
                fill(
                    self.tr("{reason}\n\nNumberKeeper closes now; start it again."),
                    reason=refusal_text(error) if error is not None else "",
                ),
            )
            self.window.close()
            return False
        if self._daily_started:
            self.daily.start()
        self.data_changed.emit()
        if error is not None or report is None:
            prompts.error(
                self.window,
                self.tr("Nothing was restored"),
                fill(
                    self.tr("{reason}\n\nYour data is as it was."),
                    reason=refusal_text(error) if error is not None else "",
                ),
            )
            return False
        self.restored.emit(report)
        prompts.info(
            self.window,
            self.tr("Backup restored"),
            fill(
                self.tr(
                    "Restored from {archive}: {summary}\n\nYour data as it was before the restore "
                    "is kept in {safety}."
                ),
                archive=str(archive),
                summary=self.check_text(report.restored),
                safety=str(report.safety_copy),
            ),
        )
        return True
