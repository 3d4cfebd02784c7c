"""Reminder rules (#4): which reminders are due for a set of lines at an instant, and when the
answer can next change.

Pure: no Qt, no SQL, no I/O, no clock. Acknowledgements, snoozes and "notified at" times come in
as a `ReminderState`; the caller stores them (store.reminders) and passes `now`.

The reminders of one line, each a *stage* that starts at the cut-off time (23:59) in the line's
own zone on a day counted in calendar days (not 24-hour blocks, so a DST change cannot move it):

- LEAD: one per lead time above FINAL_DAYS (default 30 and 7 days) before expiry; once.
- FINAL_DAYS: from FINAL_DAYS (3) days before expiry, repeating daily until expiry. Lead times of
  3 days or less fall inside this window and are covered by its daily repetition.
- GRACE: from expiry, repeating daily while the number is in grace.
- GRACE_END: GRACE_END_NOTICE_DAYS before the end of grace ("the number will be recycled"), and
  stays due after it until acknowledged.
A later stage supersedes the earlier ones of the same line: only the latest stage that has
started is shown, so a line added 10 days before expiry shows one reminder, not three.
Independently: KEEP_ALIVE before a keep-alive activity falls due (when that is before expiry),
and, for a suspended line, RESUME the day before its resume date (a suspended line gives nothing
else). Cancelled and archived lines give none.

Each reminder has a stable key naming the line, the kind, the lead and the date of the deadline
it warns about: a renewal (a new expiry date) makes new keys, so an old acknowledgement cannot
hide a new reminder, while acknowledging a daily reminder silences it for that deadline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo

from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError
from numberkeeper.core.keepalive import keep_alive_comes_first, keep_alive_due
from numberkeeper.core.lines import DEFAULT_CUTOFF, Line, LineStatus


class ReminderKind(StrEnum):
    """What a reminder warns about."""

    LEAD = "lead"  # expiry in `lead_days` days
    FINAL_DAYS = "final_days"  # expiry within FINAL_DAYS days (daily)
    GRACE = "grace"  # expired, number at risk until the grace end (daily)
    GRACE_END = "grace_end"  # the number will be recycled
    KEEP_ALIVE = "keep_alive"  # a keep-alive activity is due
    RESUME = "resume"  # a suspension ends


DEFAULT_LEAD_DAYS: tuple[int, ...] = (30, 7, 3, 1)
MAX_LEAD_DAYS = 365
FINAL_DAYS = 3  # the last days before expiry, when the reminder repeats daily
GRACE_END_NOTICE_DAYS = 1
KEEP_ALIVE_NOTICE_DAYS = 3  # capped at every_days - 1, so it never precedes the last activity
RESUME_NOTICE_DAYS = 1
RESUME_AT = time(0, 0)  # a suspension ends at the start of its resume date
MORNING = time(9, 0)  # SnoozeOption.TOMORROW_MORNING, in the user's zone

_DAY = timedelta(days=1)
_ZERO = timedelta(0)


@dataclass(frozen=True)
class ReminderSettings:
    """Lead times before expiry, in days: a global default and per-line overrides (by line id)."""

    lead_days: tuple[int, ...] = DEFAULT_LEAD_DAYS
    per_line: Mapping[int, tuple[int, ...]] = field(default_factory=dict)

    def lead_days_for(self, line_id: int) -> tuple[int, ...]:
        """The lead times that apply to one line."""
        return self.per_line.get(line_id, self.lead_days)


@dataclass(frozen=True)
class Reminder:
    """One reminder of one line, due at `due_at` (see the module docstring for the kinds)."""

    key: str  # stable identity, e.g. "12:lead:7:2026-12-01"
    line_id: int
    kind: ReminderKind
    due_at: datetime  # aware, UTC
    deadline: datetime  # aware, UTC: the expiry, grace end, keep-alive due or resume instant
    lead_days: int | None  # LEAD only
    repeats_daily: bool  # FINAL_DAYS and GRACE repeat daily until acknowledged
    # For daily reminders the latest daily occurrence <= now (re-notify once a day); else due_at.
    occurrence: datetime


_new = object.__new__


def _reminder(
    key: str,
    line_id: int,
    kind: ReminderKind,
    due_at: datetime,
    deadline: datetime,
    lead_days: int | None,
    repeats_daily: bool,
    occurrence: datetime,
) -> Reminder:
    """`Reminder(...)` in half the time: a frozen dataclass's __init__ sets each field through
    object.__setattr__, which dominates when thousands of lines have something due."""
    reminder = _new(Reminder)
    reminder.__dict__.update(
        key=key,
        line_id=line_id,
        kind=kind,
        due_at=due_at,
        deadline=deadline,
        lead_days=lead_days,
        repeats_daily=repeats_daily,
        occurrence=occurrence,
    )
    return reminder


@dataclass(frozen=True)
class ReminderState:
    """What the user did with reminders, keyed by Reminder.key (times aware)."""

    acknowledged: frozenset[str] = frozenset()
    snoozed_until: Mapping[str, datetime] = field(default_factory=dict)
    notified_at: Mapping[str, datetime] = field(default_factory=dict)


class SnoozeOption(StrEnum):
    """How long a snooze lasts."""

    HOUR = "hour"
    TOMORROW_MORNING = "tomorrow_morning"  # 09:00 the next day, in the user's zone
    DAY = "day"


def snooze_until(option: SnoozeOption, now: datetime, user_zone: tzinfo) -> datetime:
    """When a snooze chosen at `now` ends (aware, UTC)."""
    now_utc = _utc(now)
    if option is SnoozeOption.HOUR:
        return now_utc + timedelta(hours=1)
    if option is SnoozeOption.DAY:
        return now_utc + _DAY
    tomorrow = now_utc.astimezone(user_zone).date() + _DAY
    return datetime.combine(tomorrow, MORNING, user_zone).astimezone(UTC)


def key_line_id(key: str) -> int:
    """The line id a reminder key belongs to (keys start with it)."""
    return int(key.split(":", 1)[0])


def validate_lead_days(values: Iterable[object], field_name: str = "lead_days") -> tuple[int, ...]:
    """Lead times as whole numbers of days in 0..MAX_LEAD_DAYS: deduplicated, largest first.

    Raises ValidationError naming every refused value.
    """
    errors: list[FieldError] = []
    days: set[int] = set()
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(FieldError(field_name, ErrorCode.INTEGER_INVALID, {"value": str(value)}))
        elif not 0 <= value <= MAX_LEAD_DAYS:
            errors.append(
                FieldError(
                    field_name,
                    ErrorCode.INTEGER_OUT_OF_RANGE,
                    {"value": str(value), "low": "0", "high": str(MAX_LEAD_DAYS)},
                )
            )
        else:
            days.add(value)
    if errors:
        raise ValidationError(errors)
    return tuple(sorted(days, reverse=True))


def parse_lead_days(text: str, field_name: str = "lead_days") -> tuple[int, ...]:
    """Lead times as typed, e.g. "30, 7, 3, 1" (commas or spaces); see validate_lead_days."""
    values: list[object] = []
    for part in text.replace(",", " ").split():
        try:
            values.append(int(part))
        except ValueError:
            values.append(part)
    return validate_lead_days(values, field_name)


def needs_notification(reminder: Reminder, state: ReminderState) -> bool:
    """True when a due reminder should be shown outside the window now: never notified, notified
    before its latest daily occurrence, or notified before a snooze of it ended."""
    at = state.notified_at.get(reminder.key)
    if at is None or at < reminder.occurrence:
        return True
    snoozed = state.snoozed_until.get(reminder.key)
    return snoozed is not None and at < snoozed


@dataclass(frozen=True)
class ReminderScan:
    """One pass over the lines: what is due now and when that can next change."""

    due: list[Reminder]
    next_check: datetime | None


def scan_reminders(
    lines: Sequence[Line],
    state: ReminderState,
    now: datetime,
    settings: ReminderSettings = ReminderSettings(),
) -> ReminderScan:
    """`due_reminders` and `next_check` in a single pass (what a scheduler needs each wake)."""
    scan = _Scan(state, now, settings, want_next=True)
    scan.run(lines)
    scan.due.sort(key=_urgency)
    return ReminderScan(scan.due, scan.best)


def due_reminders(
    lines: Sequence[Line],
    state: ReminderState,
    now: datetime,
    settings: ReminderSettings = ReminderSettings(),
) -> list[Reminder]:
    """The reminders due at `now` (due_at <= now), neither acknowledged nor snoozed past `now`,
    most urgent (nearest deadline) first. A reminder that fell due while the app was closed is
    simply due."""
    scan = _Scan(state, now, settings, want_next=False)
    scan.run(lines)
    scan.due.sort(key=_urgency)
    return scan.due


def next_check(
    lines: Sequence[Line],
    state: ReminderState,
    now: datetime,
    settings: ReminderSettings = ReminderSettings(),
) -> datetime | None:
    """The earliest instant after `now` at which `due_reminders` can change — a reminder falls
    due, a daily occurrence starts, a snooze ends — or None if nothing ever will (aware, UTC)."""
    scan = _Scan(state, now, settings, want_next=True)
    scan.run(lines)
    return scan.best


_KIND_RANK = {kind: rank for rank, kind in enumerate(ReminderKind)}


def _urgency(r: Reminder) -> tuple[datetime, int, int]:
    return (r.deadline, r.line_id, _KIND_RANK[r.kind])


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment.astimezone(UTC)


def _instant(day_ordinal: int, zone: ZoneInfo, at: time = DEFAULT_CUTOFF) -> datetime:
    """`datetime.combine(day, at, zone).astimezone(UTC)`, about three times faster."""
    day = date.fromordinal(day_ordinal)
    return datetime.combine(day, at, UTC) - (zone.utcoffset(datetime.combine(day, at)) or _ZERO)


class _Zone:
    """One time zone during one scan: where `now` stands in it, and the cut-off instants of
    the days asked so far (lines share expiry days, so most are asked many times)."""

    __slots__ = ("cutoffs", "last_cutoff_day", "zone")

    def __init__(self, name: str, now: datetime) -> None:
        self.zone = ZoneInfo(name)
        local = now.astimezone(self.zone)
        # The last local day whose cut-off has passed, by the wall clock.
        self.last_cutoff_day = local.toordinal() - (local.time() < DEFAULT_CUTOFF)
        self.cutoffs: dict[int, datetime] = {}

    def cutoff(self, day_ordinal: int) -> datetime:
        """The cut-off on a local day, as an instant (UTC)."""
        found = self.cutoffs.get(day_ordinal)
        if found is None:
            found = self.cutoffs[day_ordinal] = _instant(day_ordinal, self.zone)
        return found


class _Stage(NamedTuple):
    """One expiry-chain stage: starts at the cut-off on expiry day + `offset` (local days)."""

    offset: int
    kind: ReminderKind
    lead: int | None
    daily: bool
    # True when the deadline is the grace end rather than the expiry.
    grace: bool
    tag: str  # the middle of the key: "lead:30", "final_days" …


def _stages(leads: tuple[int, ...], grace_days: int) -> tuple[_Stage, ...]:
    """A line's expiry-chain stages in the order they start (offsets strictly increasing)."""
    stages = [
        _Stage(-lead, ReminderKind.LEAD, lead, False, False, f"lead:{lead}")
        for lead in sorted(set(leads), reverse=True)
        if lead > FINAL_DAYS
    ]
    stages.append(_Stage(-FINAL_DAYS, ReminderKind.FINAL_DAYS, None, True, False, "final_days"))
    if grace_days > GRACE_END_NOTICE_DAYS:
        stages.append(_Stage(0, ReminderKind.GRACE, None, True, True, "grace"))
    # grace_days >= 0, so this is after FINAL_DAYS (with no grace, the day before expiry).
    stages.append(
        _Stage(
            grace_days - GRACE_END_NOTICE_DAYS,
            ReminderKind.GRACE_END,
            None,
            False,
            True,
            "grace_end",
        )
    )
    return tuple(stages)


class _Scan:
    """One pass over the lines: collects the due reminders and/or the next check instant.

    Written for 10,000 lines in a few milliseconds: a line whose first stage starts after today
    (UTC) costs a few attribute reads and integer comparisons; exact instants are computed only
    for lines with something started or about to start.
    """

    def __init__(
        self, state: ReminderState, now: datetime, settings: ReminderSettings, want_next: bool
    ) -> None:
        self.now = _utc(now)
        self.now_ordinal = self.now.toordinal()
        self.acknowledged = state.acknowledged
        self.snoozed = state.snoozed_until
        self.settings = settings
        self.want_next = want_next
        self.due: list[Reminder] = []
        self.best: datetime | None = None
        # The UTC date of `best`: an instant at the local cut-off on a later day than this
        # cannot be earlier than `best` (zone offsets stay within a day).
        self.best_ordinal = date.max.toordinal()
        self._zones: dict[str, _Zone] = {}
        self._iso: dict[int, str] = {}  # day ordinal → "YYYY-MM-DD", shared by many keys
        self._stage_sets: dict[tuple[tuple[int, ...], int], tuple[_Stage, ...]] = {}

    def run(self, lines: Sequence[Line]) -> None:
        settings = self.settings
        default_leads = settings.lead_days
        per_line = settings.per_line
        stage_sets = self._stage_sets
        # Stages of lines on the default lead times, by grace days (the common case).
        default_sets: dict[int, tuple[_Stage, ...]] = {}
        now_ordinal = self.now_ordinal
        want_next = self.want_next
        active, suspended = LineStatus.ACTIVE, LineStatus.SUSPENDED
        for line in lines:
            if line.archived_at is not None:
                continue
            f = line.fields
            if f.status is not active:
                if f.status is suspended and f.resume_on is not None:
                    self._resume(line)
                continue
            if f.keep_alive is not None:
                self._keep_alive(line)
            leads = per_line.get(line.id) if per_line else None
            if leads is None:
                stages = default_sets.get(f.grace_days)
                if stages is None:
                    stages = default_sets[f.grace_days] = _stages(default_leads, f.grace_days)
            else:
                stages = stage_sets.get((leads, f.grace_days))
                if stages is None:
                    stages = stage_sets[leads, f.grace_days] = _stages(leads, f.grace_days)
            first = f.expires_on.toordinal() + stages[0].offset
            if now_ordinal < first:
                # Nothing started yet (the first stage is at 23:59 local on a later UTC day).
                if want_next and first <= self.best_ordinal:
                    self._candidate(self._zone(f.time_zone).cutoff(first))
                continue
            self._chain(line, stages)

    def _zone(self, name: str) -> _Zone:
        found = self._zones.get(name)
        if found is None:
            found = self._zones[name] = _Zone(name, self.now)
        return found

    def _candidate(self, moment: datetime) -> None:
        if self.best is None or moment < self.best:
            self.best = moment
            self.best_ordinal = moment.toordinal()

    def _chain(self, line: Line, stages: tuple[_Stage, ...]) -> None:
        f = line.fields
        zone = self._zone(f.time_zone)
        last_cutoff_day = zone.last_cutoff_day
        now = self.now
        expiry = f.expires_on.toordinal()
        # Estimate the current stage by the local wall clock, then settle it on exact instants
        # (the two differ only around a DST change at the cut-off time).
        i = len(stages) - 1
        while i >= 0 and expiry + stages[i].offset > last_cutoff_day:
            i -= 1
        start = zone.cutoff(expiry + stages[i].offset) if i >= 0 else None
        while start is not None and start > now:
            i -= 1
            start = zone.cutoff(expiry + stages[i].offset) if i >= 0 else None
        following = None
        while i + 1 < len(stages):
            following = zone.cutoff(expiry + stages[i + 1].offset)
            if following > now:
                break
            i, start, following = i + 1, following, None
        if following is not None and self.want_next:
            self._candidate(following)
        if start is None:
            return
        stage = stages[i]
        deadline_day = expiry + f.grace_days if stage.grace else expiry
        key = f"{line.id}:{stage.tag}:{self._day_iso(deadline_day)}"
        if not self._visible(key):
            return
        occurrence = start
        if stage.daily:
            begin = expiry + stage.offset
            end = expiry + stages[i + 1].offset if i + 1 < len(stages) else None
            k = max(last_cutoff_day - begin, 0)
            if end is not None:
                k = min(k, end - begin - 1)
            occurrence = zone.cutoff(begin + k)
            while occurrence > now:  # DST near the cut-off only
                k -= 1
                occurrence = zone.cutoff(begin + k)
            while end is None or begin + k + 1 < end:
                upcoming = zone.cutoff(begin + k + 1)
                if upcoming > now:
                    if self.want_next:
                        self._candidate(upcoming)
                    break
                k, occurrence = k + 1, upcoming
        self.due.append(
            _reminder(
                key,
                line.id,
                stage.kind,
                start,
                zone.cutoff(deadline_day),
                stage.lead,
                stage.daily,
                occurrence,
            )
        )

    def _day_iso(self, day_ordinal: int) -> str:
        found = self._iso.get(day_ordinal)
        if found is None:
            found = self._iso[day_ordinal] = date.fromordinal(day_ordinal).isoformat()
        return found

    def _visible(self, key: str) -> bool:
        """Not acknowledged, not snoozed past now; a running snooze is a next-check candidate."""
        if key in self.acknowledged:
            return False
        until = self.snoozed.get(key)
        if until is not None and until > self.now:
            if self.want_next:
                self._candidate(until.astimezone(UTC))
            return False
        return True

    def _one_shot(
        self, line: Line, kind: ReminderKind, due_ordinal: int, deadline_ordinal: int, at: time
    ) -> None:
        """A reminder due once at `at` local time on one day, warning about a later one."""
        if self.now_ordinal < due_ordinal - 1:
            if self.want_next and due_ordinal - 1 <= self.best_ordinal:
                self._candidate(_instant(due_ordinal, self._zone(line.fields.time_zone).zone, at))
            return
        zone = self._zone(line.fields.time_zone).zone
        due_at = _instant(due_ordinal, zone, at)
        if due_at > self.now:
            if self.want_next:
                self._candidate(due_at)
            return
        key = f"{line.id}:{kind.value}:{self._day_iso(deadline_ordinal)}"
        if self._visible(key):
            deadline = _instant(deadline_ordinal, zone, at)
            self.due.append(_reminder(key, line.id, kind, due_at, deadline, None, False, due_at))

    def _keep_alive(self, line: Line) -> None:
        rule = line.fields.keep_alive
        assert rule is not None
        due_on = keep_alive_due(line)
        if due_on is None or not keep_alive_comes_first(line, due_on):
            return  # validity ends first: the expiry reminders cover it
        deadline = due_on.toordinal()
        notice = max(min(KEEP_ALIVE_NOTICE_DAYS, rule.every_days - 1), 0)
        self._one_shot(line, ReminderKind.KEEP_ALIVE, deadline - notice, deadline, DEFAULT_CUTOFF)

    def _resume(self, line: Line) -> None:
        resume_on = line.fields.resume_on
        assert resume_on is not None
        deadline = resume_on.toordinal()
        due = deadline - RESUME_NOTICE_DAYS
        self._one_shot(line, ReminderKind.RESUME, due, deadline, RESUME_AT)
