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


def main() -> None:
    mode, data_dir, idle_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if mode == "app":
        # What `numberkeeper` does before it imports Qt (see numberkeeper/__main__.py).
        from numberkeeper.__main__ import preload_qt_free_layers

        preload_qt_free_layers()
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView, QWidget

    app = QApplication([sys.argv[0]])
    result: dict[str, float] = {}

    def painted() -> None:
        result["ready"] = time.time()
        result["cpu_at_ready"] = cpu_seconds()
        QTimer.singleShot(int(max(idle_seconds, SETTLE_SECONDS) * 1000), finish)

    def finish() -> None:
        # Peak memory after what the app starts once its window is painted, too.
        result["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result["idle_cpu"] = cpu_seconds() - result["cpu_at_ready"]
        QCoreApplication.quit()

    class FirstTablePaint(QObject):
        """Calls painted() right after the first paint of a watched table's viewport.

        The filter paints the viewport itself, then stops the clock; so work the app queues
        for after its first paint is not counted, and the paint itself is.
        """

        def __init__(self) -> None:
            super().__init__()
            self.watched: list[QWidget] = []

        def watch_tables(self) -> None:
            """Watch the viewport of every table in the windows built so far."""
            for window in QApplication.topLevelWidgets():
                for view in window.findChildren(QTableView):
                    viewport = view.viewport()
                    viewport.installEventFilter(self)
                    self.watched.append(viewport)

        def eventFilter(self, watched: QObject, event: Any) -> bool:
            if event.type() != QEvent.Type.Paint or "ready" in result:
                return False
            for viewport in self.watched:
                viewport.removeEventFilter(self)
            # Delivered again past this filter: the view paints its viewport now.
            QCoreApplication.sendEvent(watched, event)
            painted()
            return True

    # A Python event filter costs a call, and wrapper objects (new Python types, with their
    # enums, for every class it meets), for every event it sees: on the whole application,
    # that is thousands of events, more for the app's window than for the floor's. So the
    # probe watches the tables' viewports only, found by a zero timer queued now: it runs
    # when the event loop starts, after both sides have built and shown their windows, before
    # anything is painted.
    probe = FirstTablePaint()
    QTimer.singleShot(0, probe.watch_tables)
    if mode == "floor":
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QMainWindow

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
    else:
        from numberkeeper.__main__ import main as numberkeeper_main

        sys.argv = ["numberkeeper", "--data-dir", data_dir, "--lang", "en"]
        numberkeeper_main()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
