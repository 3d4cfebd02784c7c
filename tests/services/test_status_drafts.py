"""Suspend, resume, cancel and log an activity one way (#14): a draft (errors by field, what
will be stored, the currency to suggest) that writes nothing, then one commit, which says what
it changed."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ErrorCode,
    LineStateError,
    ValidationError,
)
from numberkeeper.core.lines import ActivityKind, LineStatus
from numberkeeper.core.money import Money
from numberkeeper.core.validation import LineInput
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import CancelInput, ResumeInput, SuspendInput


def rows(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("lines", "receipts", "events", "activities")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_a_suspension_draft_writes_nothing_and_its_commit_says_what_changed(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    before = rows(conn)
    typed = SuspendInput(term="long", resume_on="2027-03-01", fee="2.5", currency="kwd")
    draft = services.status.draft_suspend(line_id, typed, now)
    assert draft.ok
    assert (draft.resume_on, draft.fee) == (date(2027, 3, 1), Money(2500, "KWD"))
    assert draft.default_currency == "KWD"  # Zain Kuwait's
    assert rows(conn) == before
    result = services.status.commit(draft, now)
    assert result.line.fields.status is LineStatus.SUSPENDED
    assert result.receipt_id is not None
    assert services.receipts.get(result.receipt_id).fields.amount == Money(2500, "KWD")
    assert result.changes == Changes.of(
        Kind.LINES, Kind.CHECKLISTS, Kind.RECEIPTS, lines=[line_id], receipts=[result.receipt_id]
    )
    assert rows(conn) == {**before, "receipts": 1, "events": before["events"] + 1}


def test_errors_by_input_field_and_by_checklist_field(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    typed = SuspendInput(term="forever", resume_on="2026-11-01", fee="2", reference="x" * 501)
    draft = services.status.draft_suspend(line_id, typed, now)
    assert not draft.ok
    assert {(e.field, e.code) for e in draft.errors} == {
        ("term", ErrorCode.CHOICE_INVALID),
        ("resume_on", ErrorCode.DATE_IN_PAST),
        ("currency", ErrorCode.REQUIRED),  # a fee needs its currency
        ("reference", ErrorCode.TEXT_TOO_LONG),
    }
    assert set(draft.field_errors) == {"term", "resume_on", "currency", "reference"}
    before = rows(conn)
    with pytest.raises(ValidationError) as refused:
        services.status.commit(draft, now)
    assert refused.value.errors == list(draft.errors)
    assert rows(conn) == before
    cancel = services.status.draft_cancel(line_id, CancelInput(last_four="0000"), now)
    [mismatch] = cancel.checklist_errors
    assert (mismatch.field, mismatch.code) == ("last_four", ErrorCode.CONFIRMATION_MISMATCH)


def test_a_status_changed_since_the_draft_is_refused_by_commit(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    draft = services.status.draft_suspend(line_id, SuspendInput(), now)
    services.status.suspend(line_id, SuspendInput(), now)  # another window, the CLI
    before = rows(conn)
    with pytest.raises(LineStateError):
        services.status.commit(draft, now)
    with pytest.raises(LineStateError):  # and a new draft is refused at once
        services.status.draft_suspend(line_id, SuspendInput(), now)
    assert rows(conn) == before


def test_a_number_changed_since_the_cancel_draft_is_refused(
    services: Services, line_id: int, now: datetime
) -> None:
    draft = services.status.draft_cancel(line_id, CancelInput(last_four="1234"), now)
    assert draft.ok
    services.lines.edit(line_id, LineInput(number="+96596665678", expires="2026-11-25"), now)
    with pytest.raises(ChangedElsewhereError):
        services.status.commit(draft, now)
    assert services.lines.get(line_id).fields.status is LineStatus.ACTIVE


def test_resume_and_cancel_drafts_then_commits(
    services: Services, line_id: int, now: datetime
) -> None:
    services.status.suspend(line_id, SuspendInput(), now)
    bad = services.status.draft_resume(line_id, ResumeInput(requested_on="2026-02-31"), now)
    assert [(e.field, e.code) for e in bad.errors] == [("requested_on", ErrorCode.DATE_NO_SUCH_DAY)]
    draft = services.status.draft_resume(line_id, ResumeInput("R-1", "2026-11-21"), now)
    assert draft.requested_on == date(2026, 11, 21)
    resumed = services.status.commit(draft, now)
    assert resumed.action is Action.RESUME
    assert resumed.changes == Changes.of(Kind.LINES, Kind.CHECKLISTS, lines=[line_id])
    cancel = services.status.draft_cancel(
        line_id, CancelInput(last_four="1234", transferred="0.5", currency="KWD"), now
    )
    assert cancel.transferred == Money(500, "KWD")
    assert services.status.commit(cancel, now).line.fields.status is LineStatus.CANCELLED
    with pytest.raises(LineStateError):
        services.status.draft_cancel(line_id, CancelInput(last_four="1234"), now)


def test_an_activity_draft_says_when_the_next_is_due(services: Services, now: datetime) -> None:
    typed = LineInput(
        number="+96892123456", expires="2027-06-01", keep_alive_days="30", keep_alive_counts="sms"
    )
    line = services.lines.add(typed, now).line
    draft = services.activities.draft(line.id, "sms", "2026-11-20", now)
    assert draft.ok
    assert draft.counts
    assert (draft.due_now, draft.due_after) == (date(2026, 12, 22), date(2026, 12, 20))
    data = services.activities.draft(line.id, "data", "", now)
    assert (data.counts, data.on, data.due_after) == (False, date(2026, 11, 22), None)
    future = services.activities.draft(line.id, "fax", "2026-12-30", now)
    assert {(e.field, e.code) for e in future.errors} == {
        ("kind", ErrorCode.CHOICE_INVALID),
        ("date", ErrorCode.DATE_IN_FUTURE),
    }
    assert services.activities.history(line.id) == []
    result = services.activities.commit(draft, now)
    assert (result.activity.kind, result.activity.on) == (ActivityKind.SMS, date(2026, 11, 20))
    assert result.changes == Changes.of(Kind.ACTIVITIES, lines=[line.id])
    with pytest.raises(ValidationError):
        services.activities.commit(future, now)


def test_purging_says_everything_of_the_line_changed(
    services: Services, line_id: int, now: datetime
) -> None:
    changes = services.purge_line(line_id, now)
    assert changes.kinds == frozenset(Kind)
    assert changes.touches_line(line_id)
    assert not changes.touches_line(line_id + 1)


def test_changes_merge_and_everything_touches_every_line() -> None:
    one = Changes.of(Kind.RECEIPTS, lines=[1], receipts=[7])
    two = Changes.of(Kind.LINES, lines=[2])
    both = one | two
    assert both == Changes.of(Kind.RECEIPTS, Kind.LINES, lines=[1, 2], receipts=[7])
    assert both.touches(Kind.LINES)
    assert not both.touches(Kind.SECRETS)
    assert not Changes()
    assert both
    everything = Changes.everything()
    assert everything.touches_line(12345)
    assert everything.touches(*Kind)
    assert (everything | one).unknown
