"""One running NumberKeeper per data folder: a second launch raises the first and exits.

`QLockFile.tryLock(0)` in the data folder is the authority on who runs. QLockFile records the
owner's PID and host name, so a lock left by a crashed process is detected as stale (the PID
is gone) and taken over. The owner listens on a QLocalServer whose name is derived from the
user and the folder; a second launch sends "raise" to it. The owner removes a leftover server
name only after connecting to it has failed (the process that made it is gone).

The owner starts listening once its window is painted (`listen`, called by gui/app/launch.py), so
QtNetwork is not loaded before the window appears (#2); a second launch in that moment keeps
trying to connect until its time limit.
"""

from __future__ import annotations

import logging
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "numberkeeper.lock"
RAISE_MESSAGE = b"raise\n"
# The owner listens once its window is painted: after the database check, any migration and
# the window's build, which on a slow disk may take a few seconds.
CONNECT_TIMEOUT_MS = 10_000
ANSWER_TIMEOUT_MS = 2000
RETRY_MS = 50  # between attempts to reach an owner that is not listening yet


def server_name(folder: Path) -> str:
    """The local socket name for a data folder (per user, per resolved path)."""
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (some containers)
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder.resolve()}".encode()).hexdigest()[:24]
    return f"numberkeeper-{digest}"


class SingleInstance(QObject):
    """Holds the data folder for this process; `raise_requested` when another launch asks."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = QLockFile(str(folder / LOCK_NAME))
        # A stale lock is one whose PID is gone; keep Qt from treating a live one as stale
        # because the app has been running for a long time.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._owner = False
        self._sockets: list[QLocalSocket] = []

    @cached_property
    def name(self) -> str:
        """The local server's name (worked out when first needed: not before the window)."""
        return server_name(self.folder)

    def acquire(self) -> bool:
        """Become the running instance; False when another process holds the folder."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:  # a file in its place, a read-only disk: the database says so
            log.warning("cannot create %s: %s", self.folder, e)
            return True
        if not self.lock.tryLock(0):
            error = self.lock.error()
            if error == QLockFile.LockError.LockFailedError:
                return False
            # PermissionError / UnknownError: the folder cannot be locked; run anyway, and
            # let the database report what is wrong with the folder.
            log.warning("cannot lock %s: %s", self.folder, error)
            return True
        self._owner = True
        return True

    def listen(self) -> None:
        """Answer second launches from now on (only once the folder is ours)."""
        if not self._owner or self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # We hold the lock, so no live instance of this folder should be listening:
            # remove the name only if nobody answers on it.
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(200):
                probe.disconnectFromServer()
                log.warning("local server %s is in use by another process", self.name)
                return
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
                return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            self._sockets.append(socket)
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        data = bytes(socket.readAll().data())
        if b"raise" in data:
            log.info("another launch asked to raise the window")
            self.raise_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._sockets:
            self._sockets.remove(socket)
            socket.deleteLater()

    def release(self) -> None:
        """Stop listening and unlock the folder (at exit)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def send_raise(
        self, timeout_ms: int = CONNECT_TIMEOUT_MS, answer_ms: int = ANSWER_TIMEOUT_MS
    ) -> bool:
        """Ask the running instance to show its window; True when it answered."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + timeout_ms / 1000
        while True:  # the owner may be starting and not listen yet
            socket.connectToServer(self.name)
            left_ms = int((deadline - time.monotonic()) * 1000)
            if socket.waitForConnected(max(left_ms, 0)):
                break
            if left_ms <= RETRY_MS:
                log.warning("the running NumberKeeper does not answer: %s", socket.errorString())
                return False
            QThread.msleep(RETRY_MS)
        socket.write(RAISE_MESSAGE)
        socket.flush()
        answered = socket.waitForReadyRead(answer_ms)
        socket.disconnectFromServer()
        return answered
