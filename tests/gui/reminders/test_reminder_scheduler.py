"""The reminders' scheduler: one timer armed for the next reminder, capped, re-planned after a
clock jump; each reminder notified once, tried again when nothing showed it, and a busy
database only delays the check."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.core.reminders import Reminder, ReminderKind
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.reminders.notifications import ReminderNotifier
from numberkeeper.gui.reminders.reminder_scheduler import (
    MARGIN_MS,
    MAX_WAIT,
    RETRY_AFTER_ERROR_MS,
    ReminderScheduler,
    wait_ms,
)
from numberkeeper.services.container import Services

# The offscreen platform cannot raise windows or honour size hints; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


CAPPED_MS = MAX_WAIT // timedelta(milliseconds=1) + MARGIN_MS
# Where the user lives: reminders fall due at 09:00 of their day (#17).
USER_ZONE = ZoneInfo("Asia/Kuwait")


class FakeNotifier:
    """Records what would be shown outside the window."""

    def __init__(self) -> None:
        self.shown: list[Reminder] = []
        self.delivering = True  # False: like a desktop with no server and no tray
        self.answering_later = False  # True: like a server that has not replied yet
        self.waiting: list[tuple[Reminder, object]] = []

    def notify(self, reminder: Reminder, delivered, undelivered) -> None:
        self.shown.append(reminder)
        if self.answering_later:
            self.waiting.append((reminder, delivered))
        elif self.delivering:
            delivered(reminder)
        else:
            undelivered(reminder)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_scheduler(qtbot, services: Services, clock: FixedClock):
    notifier, monotonic = FakeNotifier(), FakeMonotonic()
    scheduler = ReminderScheduler(
        services.reminders, clock, notifier, monotonic=monotonic, zone=lambda: USER_ZONE
    )
    return scheduler, notifier, monotonic


# -- scheduler ------------------------------------------------------------------------------


def test_wait_is_exact_and_capped(clock) -> None:
    now = clock()
    assert wait_ms(now, now + timedelta(minutes=5)) == 5 * 60_000 + MARGIN_MS
    assert wait_ms(now, now - timedelta(minutes=5)) == MARGIN_MS
    assert wait_ms(now, now + timedelta(days=3)) == CAPPED_MS
    assert wait_ms(now, None) == CAPPED_MS


def test_timer_is_armed_for_the_next_check(qtbot, services, clock, make_line) -> None:
    # Expires 2026-11-22 23:59 Kuwait = 20:59 UTC: the final-days stage has started,
    # the next change (grace) comes at 09:00 the next day in Kuwait.
    make_line("2026-11-22", label="Bank OTP")
    scheduler, _notifier, _mono = make_scheduler(qtbot, services, clock)
    with qtbot.waitSignal(scheduler.due_changed) as blocker:
        scheduler.start()
    assert [r.line_id for r in blocker.args[0]]
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert next_check is not None
    assert scheduler.is_active()
    assert scheduler.interval() == wait_ms(clock(), next_check)
    assert scheduler.interval() <= CAPPED_MS


def test_nothing_due_waits_for_the_first_lead_time(qtbot, services, clock, make_line) -> None:
    make_line("2027-06-01")
    scheduler, notifier, _mono = make_scheduler(qtbot, services, clock)
    with qtbot.waitSignal(scheduler.due_changed) as blocker:
        scheduler.start()
    assert blocker.args == [[]]
    assert notifier.shown == []
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert next_check is not None
    assert next_check - clock() > MAX_WAIT
    assert scheduler.interval() == CAPPED_MS


def test_wake_at_the_due_instant_announces_and_notifies(qtbot, services, clock, make_line):
    make_line("2026-12-20", label="Travel")  # 30-day lead falls due on 2026-11-20: due now
    line = make_line("2026-12-30", label="Later")  # its 30-day lead falls due on 2026-11-30
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    scheduler.start()
    assert {r.line_id for r in scheduler.due} == {line.id - 1}
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert next_check is not None
    step = next_check - clock()
    clock.advance(seconds=step.total_seconds() + 1)
    mono.now += step.total_seconds() + 1
    with qtbot.waitSignal(scheduler.due_changed) as blocker:
        scheduler._timer.timeout.emit()
    assert line.id in {r.line_id for r in blocker.args[0]}
    assert [r.line_id for r in notifier.shown] == [line.id - 1, line.id]


def test_notifies_once_per_occurrence(qtbot, services, clock, make_line) -> None:
    make_line("2026-11-24", label="Bank OTP")  # final days: repeats daily
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    scheduler.start()
    assert len(notifier.shown) == 1
    scheduler.refresh()
    clock.advance(hours=1)
    mono.now += 3600
    scheduler.refresh()
    assert len(notifier.shown) == 1  # shown once; the banner still lists it
    assert len(scheduler.due) == 1
    clock.advance(days=1)  # the next daily occurrence
    mono.now += 86400
    scheduler.refresh()
    assert len(notifier.shown) == 2


def test_a_reminder_nothing_showed_is_tried_again(qtbot, services, clock, make_line) -> None:
    make_line("2026-11-24", label="Bank OTP")
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    notifier.delivering = False  # no notification server answered, no tray
    scheduler.start()
    assert len(notifier.shown) == 1
    clock.advance(minutes=5)
    mono.now += 300
    scheduler.refresh()
    assert len(notifier.shown) == 2  # not recorded as notified: tried again
    notifier.delivering = True
    scheduler.refresh()
    scheduler.refresh()
    assert len(notifier.shown) == 3  # delivered once, then left alone


def test_a_reminder_is_not_sent_again_while_its_answer_is_awaited(
    qtbot, services, clock, make_line
) -> None:
    make_line("2026-11-24", label="Bank OTP")
    scheduler, notifier, _mono = make_scheduler(qtbot, services, clock)
    notifier.answering_later = True
    scheduler.start()
    scheduler.refresh()  # e.g. an edit of another line, before the server replied
    scheduler.refresh()
    assert len(notifier.shown) == 1
    ((reminder, delivered),) = notifier.waiting
    delivered(reminder)  # the reply arrives
    scheduler.refresh()
    assert len(notifier.shown) == 1  # recorded as notified


def test_a_reply_for_a_deleted_line_is_shrugged_off(qtbot, services, clock, make_line) -> None:
    line = make_line("2026-11-24", label="Bank OTP")
    scheduler, notifier, _mono = make_scheduler(qtbot, services, clock)
    notifier.answering_later = True
    scheduler.start()
    ((reminder, delivered),) = notifier.waiting
    services.purge_line(line.id, clock())
    delivered(reminder)  # must not raise inside the D-Bus reply handler
    scheduler.refresh()
    assert scheduler.due == []


def test_clock_jump_replans(qtbot, services, clock, make_line) -> None:
    make_line("2026-12-30", label="Later")  # nothing due until 2026-11-30
    scheduler, notifier, mono = make_scheduler(qtbot, services, clock)
    scheduler.start()
    assert scheduler.due == []
    assert not scheduler.jumped()
    # The wall clock moves 10 days while only a minute passes (a clock change, or a sleep).
    clock.advance(days=10)
    mono.now += 60
    assert scheduler.jumped()
    with qtbot.waitSignal(scheduler.clock_jumped), qtbot.waitSignal(scheduler.due_changed) as b:
        scheduler._timer.timeout.emit()
    assert [r.kind for r in b.args[0]] == [ReminderKind.LEAD]
    assert len(notifier.shown) == 1
    next_check = services.reminders.next_check(clock(), USER_ZONE)
    assert scheduler.interval() == wait_ms(clock(), next_check)
    assert not scheduler.jumped()


def test_with_nowhere_to_show_it_a_reminder_is_not_delivered(qtbot, services, clock, make_line):
    make_line("2026-11-24", label="Bank OTP")
    (reminder,) = services.reminders.check(clock(), USER_ZONE).due
    notifier = ReminderNotifier(services, clock, dbus=None, tray=lambda: None)
    delivered: list[Reminder] = []
    undelivered: list[Reminder] = []
    notifier.notify(reminder, delivered.append, undelivered.append)
    assert delivered == []
    assert undelivered == [reminder]


def test_a_busy_database_delays_the_check_instead_of_stopping_it(
    qtbot, services, clock, monkeypatch
) -> None:
    scheduler, _notifier, _mono = make_scheduler(qtbot, services, clock)

    def locked(_now, _zone):
        raise StorageError(StorageProblem.LOCKED, "db", "database is locked")

    monkeypatch.setattr(services.reminders, "check", locked)
    scheduler.check()
    assert scheduler.is_active()
    assert scheduler.interval() == RETRY_AFTER_ERROR_MS
