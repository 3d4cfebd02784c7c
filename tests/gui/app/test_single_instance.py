"""One instance per data folder: a second launch is refused and raises the first; a crashed
instance or its stale server name never blocks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from numberkeeper.gui.app.single_instance import LOCK_NAME, SingleInstance

# -- single instance ----------------------------------------------------------------------


def test_second_instance_is_refused_and_raises_the_first(qtbot, tmp_path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    second.listen()  # not the owner: never listens
    assert second.server is None
    # The first listens only once its window is painted; a second launch started before
    # that keeps trying until it gets through.
    helper = subprocess.Popen(
        [sys.executable, "-c", SEND_RAISE, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qtbot.wait(300)
    assert helper.poll() is None  # still trying
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        # send_raise blocks on the answer; the first answers from the event loop, so
        # send from a separate process, as a real second launch does.
        first.listen()
    assert helper.wait(timeout=10) == 0
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


SEND_RAISE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from numberkeeper.gui.app.single_instance import SingleInstance
    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    assert not instance.acquire()
    sys.exit(0 if instance.send_raise() else 1)
    """
)


def test_a_crashed_instance_does_not_block(qtbot, tmp_path) -> None:
    # A process takes the lock and dies without unlocking (SIGKILL: no clean-up runs).
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / LOCK_NAME)!r})
        assert lock.tryLock(0)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    crashed = subprocess.run([sys.executable, "-c", script], check=False)
    assert crashed.returncode != 0
    assert (tmp_path / LOCK_NAME).exists()
    assert not QLockFile(str(tmp_path / LOCK_NAME)).isLocked()
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.listen()
    assert instance.server is not None
    instance.release()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_stale_server_name_is_removed_after_connecting_fails(qtbot, tmp_path) -> None:
    import socket

    from PySide6.QtCore import QDir

    instance = SingleInstance(tmp_path / "data")
    # A crashed instance leaves its socket file; nobody accepts on it any more.
    path = Path(QDir.tempPath()) / instance.name
    path.unlink(missing_ok=True)
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(path))
    leftover.close()
    assert path.exists()
    assert instance.acquire()
    instance.listen()
    assert instance.server is not None
    assert instance.server.isListening()
    instance.release()
