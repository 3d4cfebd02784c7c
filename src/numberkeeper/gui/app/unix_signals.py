"""Quit cleanly on SIGTERM/SIGINT (a session logout, `kill`, Ctrl+C in a terminal).

Python runs signal handlers only when the interpreter gets control, which a blocked Qt event
loop never gives it. `signal.set_wakeup_fd` writes a byte to a pipe when a signal arrives;
a QSocketNotifier on the other end wakes the loop, so no polling timer is needed. (A pipe, not
a socket pair: this runs only on POSIX, and the socket module costs 5 ms at start-up.)
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWatcher(QObject):
    """Calls `on_signal` from the event loop when SIGTERM or SIGINT arrives."""

    def __init__(self, on_signal: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {
            s: signal.signal(s, lambda *_: None) for s in (signal.SIGTERM, signal.SIGINT)
        }

    def _drain(self) -> None:
        try:
            received = os.read(self._reader, 64)
        except BlockingIOError:
            return
        if received:
            self._on_signal()

    def close(self) -> None:
        """Restore the previous handlers and wake-up descriptor."""
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._reader)
        os.close(self._writer)


def watch_termination(on_signal: Callable[[], object]) -> SignalWatcher | None:
    """Install the watcher where POSIX signals exist (not on Windows)."""
    if sys.platform == "win32":
        return None
    return SignalWatcher(on_signal)
