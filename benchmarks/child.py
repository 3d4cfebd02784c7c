"""One measured process: the app (or the bare-Qt floor) started to a painted window.

Run by benchmarks/__main__.py as `python -m benchmarks.child MODE DATA_DIR IDLE_SECONDS`;
prints one JSON line with its timings, peak memory and idle CPU.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    mode, data_dir, idle_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if mode == "app":
        # What `numberkeeper` itself does first (see numberkeeper/__main__.py).
        from numberkeeper.__main__ import preload_qt_free_layers

        preload_qt_free_layers()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    if mode == "floor":
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
    else:
        from pathlib import Path

        from numberkeeper.gui.app import build_main_window
        from numberkeeper.gui.clock import system_clock
        from numberkeeper.gui.i18n import install_translators

        language = install_translators("en")
        window = build_main_window(Path(data_dir), system_clock, language)
    window.resize(1100, 700)
    window.show()
    result: dict[str, float] = {}

    def painted() -> None:
        result["ready"] = time.time()
        result["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result["cpu_at_ready"] = cpu_seconds()
        if idle_seconds <= 0:
            app.quit()
        else:
            QTimer.singleShot(int(idle_seconds * 1000), finish_idle)

    def finish_idle() -> None:
        result["idle_cpu"] = cpu_seconds() - result["cpu_at_ready"]
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
