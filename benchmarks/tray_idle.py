"""Idle CPU of NumberKeeper running in the tray with its window closed (#4; target ≤ 0.5% of
one core over 60 s), beside a floor: a bare PySide6 app showing only a QSystemTrayIcon, run the
same way in the same run.

Needs a real tray: an Xvfb server with `trayer` as the tray host (Debian packages xvfb,
trayer). Without them it says so and measures nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import sys
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
app.exec()
"""


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _idle_share(command: list[str], env: dict[str, str], settle: float, seconds: float) -> float:
    """Percent of one core a process uses over `seconds`, after `settle` seconds of start-up."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise RuntimeError(f"{command[:3]} exited early with {process.returncode}")
        before = _cpu_seconds(process.pid)
        time.sleep(seconds)
        return 100 * (_cpu_seconds(process.pid) - before) / seconds
    finally:
        process.terminate()
        process.wait(timeout=30)


def bench_tray_idle(seconds: float = 60.0, lines: int = 1000) -> None:
    """Print the app's idle CPU in the tray next to the bare-tray floor."""
    if seconds <= 0:
        return
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        print("idle CPU in the tray: not measured (needs Xvfb and trayer: make desktop-deps)")
        return
    from benchmarks.__main__ import populate

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "desktop"))
    from xvfb_server import display_env, start_xvfb  # the desktop tests' own harness

    server, display = start_xvfb()
    env = display_env(display)  # no session bus, so no notification server: the tray is the face
    tray_host = subprocess.Popen(
        ["trayer", "--expand", "false"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with tempfile.TemporaryDirectory(prefix="numberkeeper-tray-") as tmp:
            folder = Path(tmp)
            populate(folder, lines)
            app = _idle_share(
                [sys.executable, "-m", "numberkeeper", "--background", "--data-dir", str(folder)],
                env,
                settle=8,
                seconds=seconds,
            )
        floor = _idle_share([sys.executable, "-c", FLOOR], env, settle=3, seconds=seconds)
        verdict = "ok" if app <= 0.5 else "OVER TARGET"
        print(
            f"idle CPU in the tray, window closed, {lines} lines, over {seconds:.0f} s: "
            f"{app:.3f}% of one core (floor: a bare tray icon {floor:.3f}%; target ≤ 0.5%) "
            f"{verdict}"
        )
    finally:
        tray_host.terminate()
        server.terminate()
        tray_host.wait(timeout=10)
        server.wait(timeout=10)


if __name__ == "__main__":
    bench_tray_idle(float(sys.argv[1]) if len(sys.argv) > 1 else 60.0)
