"""The automatic daily backup: at start, once per local day, off the GUI thread."""

from __future__ import annotations

import errno
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.data.daily_backup import (
    AFTER_MIDNIGHT,
    MAX_WAIT,
    DailyBackups,
    ms_until_next_check,
)


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()  # type: ignore[arg-type]


def test_wait_until_just_after_local_midnight() -> None:
    now = local(2026, 11, 22, 23, 50)
    assert ms_until_next_check(now) == int(
        (timedelta(minutes=10) + AFTER_MIDNIGHT).total_seconds() * 1000
    )


def test_wait_is_capped_at_an_hour() -> None:
    assert ms_until_next_check(local(2026, 11, 22, 9, 0)) == int(MAX_WAIT.total_seconds() * 1000)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[datetime] = []
        self.threads: list[threading.Thread] = []
        self.fail = False

    def job(self):
        def run(now: datetime) -> Path | None:
            self.threads.append(threading.current_thread())
            self.calls.append(now)
            if self.fail:
                raise OSError(errno.ENOSPC, "No space left on device")
            return Path(f"/backups/{now.date()}.sqlite3")

        return run


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def test_once_at_start_then_once_per_day(qtbot, recorder) -> None:
    clock = FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    daily = DailyBackups(recorder.job, clock)
    made: list[object] = []
    daily.made.connect(made.append)
    with qtbot.waitSignal(daily.finished, timeout=10_000):
        daily.start()
    assert len(recorder.calls) == 1
    assert recorder.threads[0] is not threading.main_thread()
    assert daily.timer.isActive()
    daily.check()  # the hourly wake on the same day: nothing to do
    assert len(recorder.calls) == 1
    clock.advance(days=1)
    with qtbot.waitSignal(daily.finished, timeout=10_000):
        daily.check()
    assert len(recorder.calls) == 2
    assert len(made) == 2
    daily.stop()
    assert not daily.timer.isActive()


def test_a_failed_backup_is_reported_and_tried_again(qtbot, recorder) -> None:
    clock = FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    daily = DailyBackups(recorder.job, clock)
    failures: list[str] = []
    daily.failed.connect(failures.append)
    recorder.fail = True
    with qtbot.waitSignal(daily.finished, timeout=10_000):
        daily.start()
    assert failures == ["The disk is full. Free some space, or choose another disk."]
    recorder.fail = False
    with qtbot.waitSignal(daily.finished, timeout=10_000):
        daily.check()
    assert len(recorder.calls) == 2
    daily.stop()


def test_stop_waits_for_a_running_backup(qtbot) -> None:
    release = threading.Event()
    finished: list[bool] = []

    def job():
        def run(_now: datetime) -> Path | None:
            release.wait(10)
            finished.append(True)
            return None

        return run

    daily = DailyBackups(job, FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=UTC)))
    daily.start()
    assert daily.running
    threading.Timer(0.1, release.set).start()
    daily.stop()
    assert finished == [True]
    assert not daily.running
