"""Long jobs off the GUI thread: result, failure messages, Cancel, the delayed dialog."""

from __future__ import annotations

import errno
import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.messages import failure_text
from numberkeeper.gui.data.export_runner import (
    SHOW_AFTER_MS,
    BackgroundTask,
    Progress,
    run_task,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


class StoppedError(Exception):
    pass


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: shown.append((title, text)))
    return shown


def test_result_arrives_on_the_gui_thread(qtbot, parent) -> None:
    results: list[tuple[int, bool]] = []
    gui_thread = threading.current_thread()

    def job(progress: Progress) -> int:
        assert threading.current_thread() is not gui_thread
        for done in range(5):
            assert progress(done, 5)
        return 42

    task = run_task(
        parent,
        "t",
        "l",
        job,
        lambda n: results.append((n, threading.current_thread() is gui_thread)),
    )
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert results == [(42, True)]


def test_a_quick_job_shows_no_dialog(qtbot, parent) -> None:
    task = BackgroundTask(parent, "t", "l", lambda _p: 1)
    assert task.dialog.minimumDuration() == SHOW_AFTER_MS
    dialog = task.dialog
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.start()
    assert not dialog.isVisible()


def test_cancel_stops_the_job_at_its_next_report(qtbot, parent, errors) -> None:
    started, release = threading.Event(), threading.Event()

    def job(progress: Progress) -> int:
        started.set()
        release.wait(10)
        for done in range(1000):
            if not progress(done, 1000):
                raise StoppedError
        return 1000

    task = BackgroundTask(parent, "t", "l", job, cancel_exceptions=(StoppedError,))
    outcome: list[str] = []
    task.succeeded.connect(lambda _r: outcome.append("succeeded"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    task.start()
    assert started.wait(10)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button is not None
    cancel_button.click()
    release.set()
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert outcome == ["cancelled"]
    assert errors == []


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/x/y.csv"), "The disk is full"),
        (
            PermissionError(errno.EACCES, "Permission denied", "/root/y.csv"),
            "may not write there (/root/y.csv)",
        ),
        (OSError(errno.EROFS, "Read-only file system", "/ro/y.csv"), "may not write there"),
        (OSError(errno.EIO, "Input/output error", "/x/y.csv"), "/x/y.csv: Input/output error"),
        (ValueError("bad"), "bad"),
    ],
)
def test_failure_texts(error: BaseException, expected: str) -> None:
    assert expected in failure_text(error)


def test_a_failure_is_reported_through_prompts(qtbot, parent, errors) -> None:
    def job(_progress: Progress) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", "/x/receipts.csv")

    task = BackgroundTask(parent, "Exporting", "l", job, failure_title="Not exported")
    failures: list[object] = []
    task.failed.connect(failures.append)
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.start()
    assert len(failures) == 1
    assert errors == [("Not exported", failure_text(failures[0]))]  # type: ignore[arg-type]
    assert "disk is full" in errors[0][1]


def test_a_slow_job_shows_the_dialog_after_half_a_second(qtbot, parent) -> None:
    parent.show()
    release = threading.Event()
    task = BackgroundTask(parent, "Exporting", "Writing…", lambda _p: release.wait(10))
    dialog = task.dialog
    task.start()
    try:
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    finally:
        release.set()
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert not dialog.isVisible()


@pytest.mark.parametrize("slow", [False, True])
def test_the_dialog_is_gone_when_the_success_message_shows(qtbot, parent, slow: bool) -> None:
    # It stayed open at 100 % with its Cancel button over the success message (#16): the
    # message's own event loop let the dialog's show-after-0.5-s timer fire after the end.
    seen: list[bool] = []
    release = threading.Event()

    def job(progress: Progress) -> int:
        progress(0, 2)
        if slow:  # long enough for the dialog to show
            release.wait(5)
        progress(2, 2)
        return 1

    def on_success(_result: int) -> None:
        qtbot.wait(SHOW_AFTER_MS + 300)  # as a message box's loop does while it is read
        seen.append(task.dialog.isVisible())

    parent.show()
    task = run_task(parent, "t", "l", job, on_success)
    if slow:
        qtbot.waitUntil(task.dialog.isVisible, timeout=5_000)
        release.set()
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    assert seen == [False]
