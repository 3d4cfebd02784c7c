"""The errands from the main window: enabled by status, opening their wizards, reloading."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWizard

from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.errands.renew_wizard import RenewWizard
from numberkeeper.gui.errands.resume_wizard import ResumeWizard
from numberkeeper.gui.main.line_cells import COUNTDOWN, KEEP_ALIVE
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.services.renewals import RenewalInput
from numberkeeper.services.status_changes import SuspendInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_actions_follow_the_selected_lines_status(window, make_line, services, clock) -> None:
    active = make_line("2026-12-01")
    window.reload(active.id)
    actions = window.line_actions
    assert actions.renew_action.isEnabled()
    assert actions.suspend_action.isEnabled()
    assert not actions.resume_action.isEnabled()
    services.status.suspend(active.id, SuspendInput(term="short"), clock())
    window.reload(active.id)
    assert not actions.suspend_action.isEnabled()
    assert actions.resume_action.isEnabled()


def test_renew_opens_the_wizard_and_a_finished_renewal_reloads(
    qtbot, window, make_line, services, clock
) -> None:
    line = make_line("2026-12-01")
    window.reload(line.id)
    window.line_actions.renew_action.trigger()
    [wizard] = window.findChildren(RenewWizard)
    assert wizard.isVisible()
    # Finish through the service as the wizard would, then report it the wizard's way.
    result = services.renewals.renew(
        line.id,
        RenewalInput(amount="10", currency="KWD", channel="online", extend="1m"),
        clock(),
    )
    with qtbot.waitSignal(change_signal(services).changed):
        wizard.finished_with.emit(result)
    shown = window.selected_line()
    assert shown is not None
    assert shown.fields.expires_on == date(2027, 1, 1)


def test_open_errand_is_offered_as_continue(window, make_line, services, clock) -> None:
    from numberkeeper.core.checklists import Action

    line = make_line("2026-12-01")
    services.checklists.save(line.id, Action.SUSPEND, "waiting", {"term": "short"}, clock())
    window.reload(line.id)
    assert window.line_actions.suspend_action.text() == "Continue &suspension…"


def test_resume_wizard_for_a_suspended_line(window, make_line, services, clock) -> None:
    line = make_line("2026-12-01")
    services.status.suspend(line.id, SuspendInput(term="long"), clock())
    window.reload(line.id)
    window.line_actions.resume_action.trigger()
    assert len(window.findChildren(ResumeWizard)) == 1


def test_receipts_window_opens_on_the_line(qtbot, window, make_line) -> None:
    line = make_line("2026-12-01")
    window.reload(line.id)
    window.line_actions.receipts_action.trigger()
    [receipts] = window.findChildren(ReceiptsWindow)
    qtbot.addWidget(receipts)
    assert receipts.isVisible()


def test_purge_needs_confirmation(monkeypatch, window, make_line, services) -> None:
    line = make_line("2026-12-01")
    window.reload(line.id)
    monkeypatch.setattr(prompts, "confirm", lambda *_: False)
    window.line_actions.purge_action.trigger()
    assert len(services.lines.list_lines()) == 1
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    window.line_actions.purge_action.trigger()
    assert services.lines.list_lines() == []
    assert window.model.rowCount() == 0


def test_keep_alive_due_is_shown_and_counts_into_the_countdown(
    window, make_line, services, clock
) -> None:
    line = make_line("2027-06-01", keep_alive_days="10", keep_alive_counts="sms")
    window.reload(line.id)
    row = window.model.row_of(line.id)
    assert window.model.index(row, KEEP_ALIVE).data() == "2026-12-02"
    assert window.model.index(row, COUNTDOWN).data().startswith("keep-alive activity due in 10 d")
    services.activities.log(line.id, "sms", "2026-11-22", clock())
    window.reload(line.id)
    assert window.model.index(row, KEEP_ALIVE).data() == "2026-12-02"


def test_a_finished_renewal_reloads_the_window_once(qtbot, window, make_line, monkeypatch) -> None:
    """One change, one reload (#14): not once for the result and again for the closing."""
    line = make_line("2026-12-01")
    window.reload(line.id)
    reloads: list[int | None] = []
    monkeypatch.setattr(window, "reload", lambda select_id=None: reloads.append(select_id))
    window.line_actions.renew_action.trigger()
    [wizard] = window.findChildren(RenewWizard)
    wizard.editors["channel"].choose("online")
    wizard.editors["amount"].set_value("10")
    wizard.editors["currency"].set_value("KWD")
    wizard.editors["extension"].choose("1m")
    while wizard.current_step() != "summary":
        wizard.next()
    with qtbot.waitSignal(wizard.finished):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result_value is not None
    assert reloads == [None]  # once, keeping the line selected
