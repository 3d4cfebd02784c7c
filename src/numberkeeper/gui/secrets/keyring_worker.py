"""Keyring calls off the GUI thread, with a time limit, so an unlock prompt never freezes a window.

`KeyringWorker.submit(call, on_result, on_error)` runs `call` on a short-lived daemon thread and
calls back on the GUI thread: `on_result(value)` or `on_error(exception)`. If the call has not
returned within the time limit, `on_error(KeyringTimeoutError())` is called instead and the late
answer is ignored (only `on_late`, if given, still sees a late success, for bookkeeping such as
recording that a value was stored after all).

Why daemon threads and not a QThreadPool: a keyring call blocked on an unlock prompt may never
return, and a pool (or a ThreadPoolExecutor) waits for its threads when the app quits. Keyring
calls are rare (a click), so one thread per call costs nothing.

Only keyring calls belong on the worker: the SQLite connection stays on the GUI thread.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from numberkeeper.core.errors import KeyringTimeoutError

DEFAULT_TIMEOUT_MS = 20_000


@dataclass
class _Job:
    call: Callable[[], Any]
    on_result: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    on_late: Callable[[Any], None] | None
    timer: QTimer | None = None
    timed_out: bool = False
    # Written by the worker thread before it signals; read on the GUI thread after.
    outcome: tuple[Any, Exception | None] = field(default=(None, None))


class _Relay(QObject):
    """Carries "job N is done" from worker threads to the GUI thread.

    One per process and never deleted, so a thread finishing after its window has closed
    still emits on a live object. Only the job's number crosses threads, never a value.
    """

    done = Signal(int)


_relay: _Relay | None = None
_job_ids = itertools.count(1)


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()  # created on the GUI thread: queued slots run there
    return _relay


class KeyringWorker(QObject):
    """Runs keyring calls one thread each, reporting back on the GUI thread within a time limit."""

    def __init__(self, parent: QObject | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._jobs: dict[int, _Job] = {}
        # Queued: the slot runs on this object's (the GUI) thread whoever emits. Destroying
        # the worker disconnects it, so late answers to a closed window go nowhere.
        _shared_relay().done.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        call: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_late: Callable[[Any], None] | None = None,
    ) -> int:
        """Run `call` on a worker thread; exactly one of the callbacks follows on this thread."""
        job_id = next(_job_ids)
        job = _Job(call, on_result, on_error, on_late)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._timed_out(job_id))
        job.timer = timer
        self._jobs[job_id] = job
        relay = _shared_relay()
        thread = threading.Thread(
            target=_run, args=(job_id, job, relay), name=f"keyring-{job_id}", daemon=True
        )
        timer.start(self.timeout_ms)
        thread.start()
        return job_id

    @Slot(int)
    def _finished(self, job_id: int) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return  # another worker's job, or one forgotten
        if job.timer is not None:
            job.timer.stop()
            job.timer.deleteLater()
        result, error = job.outcome
        job.outcome = (None, None)  # keep no value longer than this call
        if job.timed_out:
            if error is None and job.on_late is not None:
                job.on_late(result)
            return
        if error is not None:
            job.on_error(error)
        else:
            job.on_result(result)

    def _timed_out(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.timed_out:
            return
        job.timed_out = True
        if job.on_late is None:
            del self._jobs[job_id]  # nothing left to do with a late answer
        job.on_error(KeyringTimeoutError(self.timeout_ms))


def _run(job_id: int, job: _Job, relay: _Relay) -> None:
    """The worker thread: call, keep the outcome on the job, tell the GUI thread."""
    try:
        job.outcome = (job.call(), None)
    except Exception as e:  # handed to on_error on the GUI thread
        job.outcome = (None, e)
    with contextlib.suppress(RuntimeError):  # the application is shutting down
        relay.done.emit(job_id)
