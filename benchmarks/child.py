"""One measured process: the app (or the bare-Qt floor) started to its first painted table.

Run by benchmarks/__main__.py as `python -m benchmarks.child MODE DATA_DIR IDLE_SECONDS`;
prints one JSON line with its timings, peak memory and idle CPU.

The app side runs `numberkeeper`'s own entry point (numberkeeper.__main__.main), so
everything a user waits for is counted: the single-instance lock, the database check, the
window, and what it starts after its first paint as far as that delays the paint. Both sides
stop the clock when the first paint of a table's viewport has finished, seen by the same
event filter on the viewports.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

# A start-up run stays this long after its first paint, so the work the app starts after it
# counts in its peak memory.
SETTLE_SECONDS = 1.0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Report:
    """What the child prints: when the first table was painted, peak memory, idle CPU."""

    def __init__(self, idle_seconds: float) -> None:
        self.idle_seconds = idle_seconds
        self.result: dict[str, float] = {}

    def painted(self) -> None:
        """Stop the clock; measure the rest once the idle (or settling) time is over."""
        from PySide6.QtCore import QTimer

        self.result["ready"] = time.time()
        self.result["cpu_at_ready"] = cpu_seconds()
        QTimer.singleShot(int(max(self.idle_seconds, SETTLE_SECONDS) * 1000), self.finish)

    def finish(self) -> None:
        """Peak memory after what the app starts once its window is painted, too."""
        from PySide6.QtCore import QCoreApplication

        self.result["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.result["idle_cpu"] = cpu_seconds() - self.result["cpu_at_ready"]
        QCoreApplication.quit()


def first_table_paint(report: Report) -> Any:
    """An event filter that calls report.painted() right after the first paint of a watched
    table's viewport; its watch_tables() watches the tables of the windows built so far.

    The filter paints the viewport itself, then stops the clock; so work the app queues for
    after its first paint is not counted, and the paint itself is. (Defined here, not at the
    top, because the app side imports its Qt-free layers before Qt.)
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

    class FirstTablePaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.watched: list[QWidget] = []

        def watch_tables(self) -> None:
            for window in QApplication.topLevelWidgets():
                for view in window.findChildren(QTableView):
                    viewport = view.viewport()
                    viewport.installEventFilter(self)
                    self.watched.append(viewport)

        def eventFilter(self, watched: QObject, event: Any) -> bool:
            if event.type() != QEvent.Type.Paint or "ready" in report.result:
                return False
            for viewport in self.watched:
                viewport.removeEventFilter(self)
            # Delivered again past this filter: the view paints its viewport now.
            QCoreApplication.sendEvent(watched, event)
            report.painted()
            return True

    return FirstTablePaint()


def run_floor(app: Any) -> None:
    """The floor: a bare Qt window with a 1,000 × 8 table, until the report quits it."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    model = QStandardItemModel(1000, 8)
    for row in range(1000):
        for column in range(8):
            model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1100, 700)
    window.show()
    app.exec()


def run_app(data_dir: str) -> None:
    """The app: `numberkeeper`'s own entry point on the data folder, in English."""
    from numberkeeper.__main__ import main as numberkeeper_main

    sys.argv = ["numberkeeper", "--data-dir", data_dir, "--lang", "en"]
    numberkeeper_main()


def main() -> None:
    mode, data_dir, idle_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if mode == "app":
        # What `numberkeeper` does before it imports Qt (see numberkeeper/__main__.py).
        from numberkeeper.__main__ import preload_qt_free_layers

        preload_qt_free_layers()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    report = Report(idle_seconds)
    # A Python event filter costs a call, and wrapper objects (new Python types, with their
    # enums, for every class it meets), for every event it sees: on the whole application,
    # that is thousands of events, more for the app's window than for the floor's. So the
    # probe watches the tables' viewports only, found by a zero timer queued now: it runs
    # when the event loop starts, after both sides have built and shown their windows, before
    # anything is painted.
    probe = first_table_paint(report)
    QTimer.singleShot(0, probe.watch_tables)
    if mode == "floor":
        run_floor(app)
    else:
        run_app(data_dir)
    print(json.dumps(report.result), flush=True)


if __name__ == "__main__":
    main()
