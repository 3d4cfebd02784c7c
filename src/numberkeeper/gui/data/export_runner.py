"""Long jobs (exports, backups, reading an import file) run off the GUI thread.

A `BackgroundTask` runs one job in a QThread and shows a QProgressDialog only when the job
takes longer than half a second (`QProgressDialog.setMinimumDuration`), so a quick export
never flashes a dialog. Cancel sets a flag that the job's progress callback reads: the
callback then returns False, the service raises its "cancelled" exception and removes its
temporary file, so nothing is left under the chosen name (#5).

The job must not touch widgets. It may use the services' SQLite connection, which is opened
with `check_same_thread=False`; SQLite serialises the calls of two threads on one connection.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.messages import failure_text

T = TypeVar("T")

# The dialog appears only if the job is still running after this long.
SHOW_AFTER_MS = 500
# Progress reaches the GUI thread at most this often, however often the job reports.
REPORT_EVERY_S = 0.05

Progress = Callable[[int, int], bool]
"""What a job calls with (done, total); False means the user cancelled: stop now."""


class _Worker(QThread):
    """Runs the job; keeps its result or its exception for the GUI thread to read."""

    def __init__(self, job: Callable[[Progress], object], progress: Progress) -> None:
        super().__init__()
        self._job = job
        self._progress = progress
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """Qt's hook, in the worker thread."""
        try:
            self.result = self._job(self._progress)
        except BaseException as e:  # reported to the GUI thread, never lost in the thread
            self.error = e


class BackgroundTask(QObject):
    """One job in a worker thread with a delayed, cancellable progress dialog.

    Exactly one of `succeeded(result)`, `failed(exception)`, `cancelled()` is emitted, then
    `done()`. A failure is also reported to the user through prompts.error unless
    `report_failure` is False.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()
    _progressed = Signal(int, int)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        job: Callable[[Progress], object],
        *,
        cancel_exceptions: tuple[type[BaseException], ...] = (),
        failure_title: str = "",
        report_failure: bool = True,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._cancel = threading.Event()
        self._cancel_exceptions = cancel_exceptions
        self._failure_title = failure_title or title
        self._report_failure = report_failure
        self._last_report = 0.0
        self.running = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._worker = _Worker(job, self._report)
        self._worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def start(self) -> BackgroundTask:
        """Start the job; the dialog shows itself if the job is still running after 0.5 s."""
        self.running = True
        self.dialog.setValue(0)  # starts the dialog's minimum-duration timer
        self._worker.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether Cancel was pressed."""
        return self._cancel.is_set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker thread ends (for shutting down, and for tests)."""
        return self._worker.wait(msecs)

    # -- in the worker thread ---------------------------------------------------------------

    def _report(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self._last_report >= REPORT_EVERY_S or (total and done >= total):
            self._last_report = now
            self._progressed.emit(done, total)
        return not self._cancel.is_set()

    # -- in the GUI thread ------------------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        if not self.running or self._cancel.is_set():
            return
        if total > 0:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _on_finished(self) -> None:
        if not self.running:
            return
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        # cancel(), not just hide(): it also stops the timer that shows the dialog 0.5 s after
        # the start, which a success message's own event loop let fire after the end (#16).
        self.dialog.cancel()
        self.dialog.hide()
        self.dialog.deleteLater()
        error = self._worker.error
        cancelled = error is not None and (
            isinstance(error, self._cancel_exceptions) or self._cancel.is_set()
        )
        if error is None:
            self.succeeded.emit(self._worker.result)
        elif cancelled:
            self.cancelled.emit()
        else:
            if self._report_failure:
                prompts.error(self._parent_widget, self._failure_title, failure_text(error))
            self.failed.emit(error)
        self.done.emit()
        self._worker.deleteLater()
        self.deleteLater()


def run_task(
    parent: QWidget,
    title: str,
    label: str,
    job: Callable[[Progress], T],
    on_success: Callable[[T], object],
    *,
    cancel_exceptions: tuple[type[BaseException], ...] = (),
    failure_title: str = "",
    cancellable: bool = True,
) -> BackgroundTask:
    """Start `job` in the background; `on_success(result)` runs in the GUI thread after it."""
    task = BackgroundTask(
        parent,
        title,
        label,
        job,
        cancel_exceptions=cancel_exceptions,
        failure_title=failure_title,
        cancellable=cancellable,
    )
    task.succeeded.connect(on_success)
    return task.start()


# The choices of every "Export …" picker: the filter doubles as the format (#5, #18).
CSV_WITH_BOM, CSV_PLAIN, XLSX = 0, 1, 2
_SUFFIXES = [".csv", ".csv", ".xlsx"]


def export_name_filters() -> list[str]:
    """The save picker's filters, in the order CSV_WITH_BOM, CSV_PLAIN, XLSX."""
    return [
        QCoreApplication.translate(
            "BackgroundTask", "CSV for spreadsheets — UTF-8 with byte-order mark (*.csv)"
        ),
        QCoreApplication.translate(
            "BackgroundTask", "CSV for scripts — plain UTF-8 without byte-order mark (*.csv)"
        ),
        QCoreApplication.translate(
            "BackgroundTask",
            "Excel workbook — numbers kept as text, amounts and dates typed (*.xlsx)",
        ),
    ]


def choose_export(parent: QWidget | None, title: str, suggested: Path) -> tuple[Path, int] | None:
    """Ask where to save an export and in which format: (path, CSV_WITH_BOM, CSV_PLAIN or
    XLSX), or None."""
    return prompts.save_file(parent, title, suggested, export_name_filters(), _SUFFIXES)
