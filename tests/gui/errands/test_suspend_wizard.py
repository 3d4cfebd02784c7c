"""The Suspend and Resume wizards: every step, gating, Cancel, Save and close, a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from wizard_support import (
    BACK,
    CANCEL,
    FINISH,
    NEXT,
    SAVE,
    can,
    counts,
    event_kinds,
    open_services,
    page,
    press,
    show,
    step,
    type_into,
)

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import ErrorCode, FieldError
from numberkeeper.core.lines import Line, LineStatus
from numberkeeper.gui.common import messages, prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.errands.checklist_wizard import SAVED_AND_CLOSED
from numberkeeper.gui.errands.resume_wizard import ResumeWizard
from numberkeeper.gui.errands.suspend_wizard import SuspendWizard
from numberkeeper.paths import database_path
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import SuspendInput
from numberkeeper.store import db

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


@pytest.fixture
def line(make_line) -> Line:
    return make_line("2027-01-31", carrier="kw-zain")


def walk_to_waiting(qtbot, wizard: SuspendWizard) -> None:
    """Long term, a fee of 2.5, everything prepared, request submitted with a reference."""
    assert step(wizard) == "term"
    assert not can(wizard, NEXT)
    wizard.editors["term"].choose("long")
    press(wizard, NEXT)
    assert step(wizard) == "policy"
    assert wizard.editors["currency"].value() == "KWD"
    type_into(qtbot, wizard, "fee", "2.5")
    press(wizard, NEXT)
    assert step(wizard) == "prepare"
    for field in ("id_ready", "email_ready", "account_ready"):
        wizard.editors[field].box.click()
    press(wizard, NEXT)
    assert step(wizard) == "contacts"
    wizard.editors["contacts_told"].box.click()
    press(wizard, NEXT)
    assert step(wizard) == "submitted"
    # It asks for a date and a reference, and says so; it said "When and how" (#16, a walk).
    assert page(wizard).subTitle() == "When you asked the carrier, and the reference it gave you."
    assert wizard.editors["submitted_on"].value() == "2026-11-22"  # today in Kuwait
    type_into(qtbot, wizard, "submitted_on", "")
    assert not can(wizard, NEXT)
    type_into(qtbot, wizard, "submitted_on", "2026-11-21")
    type_into(qtbot, wizard, "reference", "ZN-77812")
    press(wizard, NEXT)
    assert step(wizard) == "waiting"


def test_save_and_close_while_waiting_then_resume_after_a_restart(
    qtbot, services, line, clock: FixedClock, conn, data_dir
) -> None:
    before = counts(conn)
    wizard = show(qtbot, SuspendWizard(services, clock, "en", line.id))
    walk_to_waiting(qtbot, wizard)
    assert not can(wizard, FINISH)  # the carrier has not confirmed yet
    needed = "Still needed to finish: The carrier confirmed the suspension"
    assert page(wizard).hint.text() == needed
    with qtbot.waitSignal(wizard.finished) as closed:
        press(wizard, SAVE)
    assert closed.args == [SAVED_AND_CLOSED]
    assert counts(conn) == before
    assert services.lines.get(line.id).fields.status is LineStatus.ACTIVE

    # Three days later, after a restart: a new connection to the same file, new services.
    clock.advance(days=3)
    restarted = db.connect(database_path(data_dir))
    try:
        again = show(qtbot, SuspendWizard(open_services(restarted, data_dir), clock, "en", line.id))
        assert step(again) == "waiting"
        assert page(again).banner.isVisible()
        assert again.editors["term"].value() == "long"
        assert again.editors["fee"].value() == "2.5"
        assert again.editors["reference"].value() == "ZN-77812"
        assert again.editors["contacts_told"].value() is True
        press(again, BACK)
        assert step(again) == "submitted"
        assert again.editors["submitted_on"].value() == "2026-11-21"
        press(again, NEXT)

        again.editors["confirmed"].box.click()
        assert can(again, FINISH)
        type_into(qtbot, again, "resume_on", "2027-03-01")
        with qtbot.waitSignal(again.finished_with) as done:
            press(again, FINISH)
        suspended = done.args[0].line
        assert isinstance(suspended, Line)
        assert suspended.fields.status is LineStatus.SUSPENDED
        assert suspended.fields.resume_on is not None
        assert suspended.fields.resume_on.isoformat() == "2027-03-01"
        assert again.result() == QDialog.DialogCode.Accepted
    finally:
        restarted.close()
    after = counts(conn)
    assert after == {**before, "receipts": before["receipts"] + 1, "events": before["events"] + 1}
    assert event_kinds(conn)[-1] == "suspended"
    fee = services.receipts.list()[-1]
    assert str(fee.fields.amount) == "KWD 2.500"
    assert fee.fields.reference == "ZN-77812"
    assert services.checklists.resume_point(line.id, Action.SUSPEND) is None


def test_cancel_writes_nothing(qtbot, services, line, clock, conn) -> None:
    before = counts(conn)
    wizard = show(qtbot, SuspendWizard(services, clock, "en", line.id))
    walk_to_waiting(qtbot, wizard)
    wizard.editors["confirmed"].box.click()
    with qtbot.waitSignal(wizard.rejected):
        press(wizard, CANCEL)
    assert counts(conn) == before
    assert services.lines.get(line.id) == line


def test_a_resume_date_in_the_past_is_refused_under_its_field(
    qtbot, services, line, clock, conn
) -> None:
    before = counts(conn)
    wizard = show(qtbot, SuspendWizard(services, clock, "en", line.id))
    walk_to_waiting(qtbot, wizard)
    wizard.editors["confirmed"].box.click()
    type_into(qtbot, wizard, "resume_on", "2026-11-01")
    # The service's draft refuses it at once, under the field (#14), not only at Finish.
    assert step(wizard) == "waiting"
    expected = messages.field_error_text(
        FieldError("resume_on", ErrorCode.DATE_IN_PAST, {"value": "2026-11-01"})
    )
    assert page(wizard).errors.messages("resume_on") == (expected,)
    assert not can(wizard, FINISH)  # until the date is changed
    assert counts(conn) == before
    type_into(qtbot, wizard, "resume_on", "")
    with qtbot.waitSignal(wizard.finished_with):
        press(wizard, FINISH)
    assert services.lines.get(line.id).fields.resume_on is None  # open-ended


def test_an_invalid_fee_blocks_the_policy_step(qtbot, services, line, clock) -> None:
    wizard = show(qtbot, SuspendWizard(services, clock, "en", line.id))
    wizard.editors["term"].choose("short")
    press(wizard, NEXT)
    type_into(qtbot, wizard, "fee", "-1")
    assert page(wizard).errors.messages("fee") == (
        messages.field_error_text(FieldError("fee", ErrorCode.AMOUNT_NEGATIVE, {"value": "-1"})),
    )
    assert not can(wizard, NEXT)
    type_into(qtbot, wizard, "fee", "")
    assert can(wizard, NEXT)  # no fee at all is fine


def test_resume_wizard_clears_the_suspension(qtbot, services, line, clock, conn) -> None:
    services.status.suspend(line.id, SuspendInput(), clock())
    before = counts(conn)
    wizard = show(qtbot, ResumeWizard(services, clock, "en", line.id))
    assert step(wizard) == "request"
    assert wizard.editors["requested_on"].value() == "2026-11-22"
    type_into(qtbot, wizard, "reference", "R-1")
    press(wizard, NEXT)
    assert step(wizard) == "confirm"
    assert not can(wizard, FINISH)
    press(wizard, BACK)
    press(wizard, NEXT)
    wizard.editors["restored"].box.click()
    with qtbot.waitSignal(wizard.finished_with) as done:
        press(wizard, FINISH)
    assert done.args[0].line.fields.status is LineStatus.ACTIVE
    assert counts(conn) == {**before, "events": before["events"] + 1}
    assert event_kinds(conn)[-1] == "resumed"


def test_start_over_on_a_locked_database_is_told_and_keeps_the_saved_run(
    qtbot, services, line, clock: FixedClock, conn, data_dir, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: told.append(text))
    wizard = show(qtbot, SuspendWizard(services, clock, "en", line.id))
    walk_to_waiting(qtbot, wizard)
    with qtbot.waitSignal(wizard.finished):
        press(wizard, SAVE)
    again = show(qtbot, SuspendWizard(services, clock, "en", line.id))
    assert again.resumed
    conn.execute("PRAGMA busy_timeout = 0")  # fail at once instead of after five seconds
    other = sqlite3.connect(database_path(data_dir))
    other.execute("BEGIN IMMEDIATE")  # the command line, writing
    try:
        again.start_over()  # no exception escapes
    finally:
        other.rollback()
        other.close()
    assert "Another program is writing" in told[-1]
    assert again.resumed
    assert services.checklists.resume_point(line.id, Action.SUSPEND) is not None
