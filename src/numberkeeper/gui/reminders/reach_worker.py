"""Network work — calendar sync, pushes, a channel's test — off the GUI thread (#17): the window
never waits on the network.

Each job runs on a daemon thread with services of its own (Services.reopened: a connection of
its own, so its writes never interleave with the window's transactions) and reports back on
the GUI thread. One job per name at a time: asked again while it runs, it runs once more
afterwards with the latest request (changes in a burst give one sync, not one each). Daemon
threads, not a pool: a server that does not answer must not keep the app from quitting.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from numberkeeper.services.container import Services

Job = Callable[[Services], Any]
Done = Callable[[Any, Exception | None], None]


class _Relay(QObject):
    """Carries a finished job to the GUI thread; made there, never deleted (a thread may finish
    after its window closed)."""

    finished = Signal(object)  # (worker id, name, result, error)


_relay: _Relay | None = None


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class ReachWorker(QObject):
    """Runs named jobs on worker threads; `done(result, error)` follows on the GUI thread."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._running: set[str] = set()
        self._queued: dict[str, tuple[Job, Done]] = {}
        self._threads: list[threading.Thread] = []
        _shared_relay().finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def busy(self, name: str) -> bool:
        """Whether a job of that name is running."""
        return name in self._running

    def run(self, name: str, job: Job, done: Done) -> None:
        """Run `job` now, or once the running job of the same name has finished."""
        if name in self._running:
            self._queued[name] = (job, done)
            return
        self._running.add(name)
        thread = threading.Thread(
            target=_work,
            args=(id(self), name, self._services, job, done),
            name=f"reach-{name}",
            daemon=True,
        )
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def join(self, timeout_s: float) -> bool:
        """Wait (blocking) until the jobs started so far are over; False if one still runs.
        For tests and benchmarks: the app itself never waits on the network."""
        for thread in self._threads:
            thread.join(timeout_s)
        return not any(t.is_alive() for t in self._threads)

    @Slot(object)
    def _finished(self, outcome: tuple[int, str, Done, Any, Exception | None]) -> None:
        owner, name, done, result, error = outcome
        if owner != id(self):
            return
        self._running.discard(name)
        done(result, error)
        queued = self._queued.pop(name, None)
        if queued is not None:
            self.run(name, *queued)


def _work(owner: int, name: str, services: Services, job: Job, done: Done) -> None:
    """The worker thread: its own services, the job, the outcome to the GUI thread."""
    result: Any = None
    error: Exception | None = None
    try:
        own = services.reopened()
        try:
            result = job(own)
        finally:
            own.close()
    except Exception as e:  # handed to `done` on the GUI thread
        error = e
    with contextlib.suppress(RuntimeError):  # the application is shutting down
        _shared_relay().finished.emit((owner, name, done, result, error))
