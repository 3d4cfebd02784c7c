"""Reminders for 10,000 lines (#4): `due_reminders` and `next_check` against a floor.

Lines are core `Line` objects built in memory (no database): Kuwaiti and Omani lines expiring
from 40 days ago to a year ahead, some with a keep-alive rule, some suspended, cancelled or
archived, a few with their own lead times. The floor, measured in the same run, is a bare loop
computing `expiry_instant` for each line — the least any evaluation has to do.
Target: due_reminders under 20 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from numberkeeper.core.lines import KeepAliveRule, Line, LineFields, LineStatus
from numberkeeper.core.phases import expiry_instant
from numberkeeper.core.reminders import (
    ReminderSettings,
    ReminderState,
    due_reminders,
    next_check,
)

TARGET_MS = 20.0
# The user lives elsewhere than the lines (#17): reminders fall due at 09:00 there.
USER_ZONE = ZoneInfo("Asia/Shanghai")


def build_lines(count: int, now: datetime) -> list[Line]:
    """`count` lines spread over the next months, as the store would return them."""
    today = now.date()
    lines = []
    for i in range(count):
        kuwait = i % 2 == 0
        status = LineStatus.ACTIVE
        resume_on: date | None = None
        if i % 50 == 7:
            status, resume_on = LineStatus.SUSPENDED, today + timedelta(days=i % 90)
        elif i % 100 == 9:
            status = LineStatus.CANCELLED
        fields = LineFields(
            number=f"+965 9{i:07d}" if kuwait else f"+968 9{i:07d}",
            country="KW" if kuwait else "OM",
            expires_on=today + timedelta(days=(i % 400) - 40),
            time_zone="Asia/Kuwait" if kuwait else "Asia/Muscat",
            label=f"Line {i}",
            keep_alive=KeepAliveRule(90) if i % 10 == 3 else None,
            status=status,
            resume_on=resume_on,
        )
        created = now - timedelta(days=i % 120)
        lines.append(
            Line(
                id=i + 1,
                fields=fields,
                created_at=created,
                updated_at=created,
                archived_at=created if i % 200 == 11 else None,
                last_activity_on=today - timedelta(days=i % 80) if i % 20 == 3 else None,
            )
        )
    return lines


def _best_ms(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(fastest, median) wall time of `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return min(times), statistics.median(times)


def bench_reminders(count: int = 10_000, repeat: int = 30) -> dict[str, float]:
    """Time due_reminders and next_check over `count` lines; print and return the figures."""
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    lines = build_lines(count, now)
    settings = ReminderSettings(per_line={line.id: (14, 2) for line in lines[::97]})
    due_now = due_reminders(lines, ReminderState(), now, USER_ZONE, settings)
    # A realistic state: a third of what is due acknowledged, a few snoozed.
    state = ReminderState(
        acknowledged=frozenset(r.key for r in due_now[::3]),
        snoozed_until={r.key: now + timedelta(hours=1) for r in due_now[1::50]},
    )

    def floor() -> None:
        for line in lines:
            expiry_instant(line.fields)

    floor_best, floor_median = _best_ms(floor, repeat)
    due_best, due_median = _best_ms(
        lambda: due_reminders(lines, state, now, USER_ZONE, settings), repeat
    )
    next_best, next_median = _best_ms(
        lambda: next_check(lines, state, now, USER_ZONE, settings), repeat
    )
    shown = len(due_reminders(lines, state, now, USER_ZONE, settings))
    print(
        f"reminders, {count} lines ({shown} due): due_reminders {due_best:.1f} ms "
        f"(median {due_median:.1f}), next_check {next_best:.1f} ms (median {next_median:.1f}); "
        f"floor (expiry_instant per line) {floor_best:.1f} ms → {due_best / floor_best:.2f}× "
        f"(target < {TARGET_MS:.0f} ms) {'ok' if due_median < TARGET_MS else 'OVER TARGET'}"
    )
    return {
        "due_ms": due_best,
        "due_median_ms": due_median,
        "next_check_ms": next_best,
        "next_check_median_ms": next_median,
        "floor_ms": floor_best,
        "floor_median_ms": floor_median,
    }


if __name__ == "__main__":
    bench_reminders()
    sys.exit(0)
