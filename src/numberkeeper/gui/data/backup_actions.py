"""File ▸ Back up now and Restore from backup (#5), and the daily backup: pick the archive,
write or check it off the GUI thread, say what it holds, and swap the data for it when the
user agrees.

The work is the services' (`services.backups`, `services.archives`, `Services.restore`: close,
swap, open again, the same services pointed at the restored file). The words keep the
translation context of the File menu's data actions (DataActions), where they were first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMainWindow

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import backup_problem_text, refusal_text
from numberkeeper.gui.data.export_runner import BackgroundTask, run_task
from numberkeeper.services.container import Services

if TYPE_CHECKING:
    from numberkeeper.gui.data.daily_backup import BackupJob, DailyBackups
    from numberkeeper.services.archives import RestoreCheck, RestoreReport

BACKUP_SUFFIX = ".zip"

ActionMaker = Callable[[str, Callable[[], object], QIcon.ThemeIcon | None], QAction]


class BackupActions(QObject):
    """The backup and restore actions of one main window, and its daily backups."""

    restored = Signal(object)  # a RestoreReport: the data was replaced by a backup
    data_changed = Signal()  # the data was restored (or reopened as it was): show it again

    def __init__(
        self, window: QMainWindow, services: Services, clock: Clock, make: ActionMaker
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services  # a restore rebinds the same services to the new file
        self.clock = clock
        self.backup_action = make(
            QCoreApplication.translate("DataActions", "&Back up now…"),
            self.back_up_now,
            QIcon.ThemeIcon.DocumentSave,
        )
        self.backup_action.setToolTip(
            QCoreApplication.translate(
                "DataActions", "Write the database and the attachments into one archive"
            )
        )
        self.restore_action = make(
            QCoreApplication.translate("DataActions", "&Restore from backup…"),
            self.restore,
            QIcon.ThemeIcon.DocumentRevert,
        )
        self._daily_started = False

    @property
    def data_dir(self) -> Path:
        """The data folder the window works on."""
        return self.services.data_dir

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
            fill(
                QCoreApplication.translate("DataActions", "The daily backup failed: {reason}"),
                reason=message,
            )
        )

    def back_up_now(self) -> BackgroundTask | None:
        """One archive (database and attachments) where the user chooses."""
        from numberkeeper.services import backups

        today = self.clock().astimezone().date().isoformat()
        choice = prompts.save_file(
            self.window,
            QCoreApplication.translate("DataActions", "Back up now"),
            Path.home() / f"numberkeeper-backup-{today}{BACKUP_SUFFIX}",
            [
                fill(
                    QCoreApplication.translate("DataActions", "NumberKeeper backups (*{suffix})"),
                    suffix=BACKUP_SUFFIX,
                )
            ],
            BACKUP_SUFFIX,
        )
        if choice is None:
            return None
        target, _kind = choice
        services, folder, now = self.services, self.data_dir, self.clock()

        def done(path: Path) -> None:
            prompts.info(
                self.window,
                QCoreApplication.translate("DataActions", "Backed up"),
                fill(
                    QCoreApplication.translate(
                        "DataActions",
                        "Your lines, receipts and attachments are in {path}. Keep it on another "
                        "disk; File ▸ Restore from backup… brings it back.",
                    ),
                    path=str(path),
                ),
            )

        return run_task(
            self.window,
            QCoreApplication.translate("DataActions", "Backing up"),
            fill(QCoreApplication.translate("DataActions", "Writing {name}…"), name=target.name),
            lambda _progress: backups.backup_archive(services, folder, target, now),
            done,
            failure_title=QCoreApplication.translate("DataActions", "The backup was not written"),
            cancellable=False,
        )

    def check_text(self, check: RestoreCheck) -> str:
        """What an archive holds, in a sentence or two."""
        try:
            when = datetime.fromisoformat(check.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = check.created_at or QCoreApplication.translate("DataActions", "unknown")
        return fill(
            QCoreApplication.translate(
                "DataActions",
                "Made on {date}. Lines: {lines}; receipts: {receipts}; attachments: {attachments} "
                "(schema version {version}).",
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
            QCoreApplication.translate("DataActions", "Restore from backup"),
            fill(
                QCoreApplication.translate(
                    "DataActions", "NumberKeeper backups (*{suffix});;All files (*)"
                ),
                suffix=BACKUP_SUFFIX,
            ),
        )
        if archive is None:
            return None
        return run_task(
            self.window,
            QCoreApplication.translate("DataActions", "Restore from backup"),
            fill(QCoreApplication.translate("DataActions", "Checking {name}…"), name=archive.name),
            lambda _progress: archives.check_archive(archive),
            lambda check: self._confirm_restore(archive, check),
            failure_title=QCoreApplication.translate(
                "DataActions", "This backup cannot be restored"
            ),
            cancellable=False,
        )

    def _confirm_restore(self, archive: Path, check: RestoreCheck) -> bool:
        """Show what the archive holds or what is wrong with it; restore if the user agrees."""
        if not check.ok:
            prompts.error(
                self.window,
                QCoreApplication.translate("DataActions", "This backup cannot be restored"),
                fill(
                    QCoreApplication.translate(
                        "DataActions", "{path} has problems; nothing was changed:\n\n{problems}"
                    ),
                    path=str(archive),
                    problems="\n".join(f"• {backup_problem_text(p)}" for p in check.problems),
                ),
            )
            return False
        if not prompts.confirm(
            self.window,
            QCoreApplication.translate("DataActions", "Restore from backup"),
            fill(
                QCoreApplication.translate(
                    "DataActions",
                    "{summary}\n\nReplace the current data with this backup? Your current data is "
                    "kept as a safety copy first.",
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
                QCoreApplication.translate("DataActions", "NumberKeeper cannot open its data"),
                fill(
                    QCoreApplication.translate(
                        "DataActions", "{reason}\n\nNumberKeeper closes now; start it again."
                    ),
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
                QCoreApplication.translate("DataActions", "Nothing was restored"),
                fill(
                    QCoreApplication.translate(
                        "DataActions", "{reason}\n\nYour data is as it was."
                    ),
                    reason=refusal_text(error) if error is not None else "",
                ),
            )
            return False
        self.restored.emit(report)
        prompts.info(
            self.window,
            QCoreApplication.translate("DataActions", "Backup restored"),
            fill(
                QCoreApplication.translate(
                    "DataActions",
                    "Restored from {archive}: {summary}\n\nYour data as it was before the restore "
                    "is kept in {safety}.",
                ),
                archive=str(archive),
                summary=self.check_text(report.restored),
                safety=str(report.safety_copy),
            ),
        )
        return True
