"""A line's secrets beyond the panel: the portal user name is saved with the line, and a
cancelled or purged line's secrets leave the keyring (or stay, when it is locked)."""

from __future__ import annotations

import pytest
from memory_keyring import MemoryKeyring
from pytestqt.qtbot import QtBot

from numberkeeper.core.lines import Line
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.errands.cancel_wizard import CancelWizard
from numberkeeper.gui.lines.line_actions import LineActions
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.status_changes import CancelInput

PIN = "4821"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_the_portal_user_name_is_saved_with_the_line(
    qtbot: QtBot, services: Services, clock: FixedClock, line: Line
) -> None:
    dialog = LineDialog(
        services.lines, carrier_catalog(), clock, "en", line, secrets=services.secrets
    )
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tabs.setCurrentWidget(dialog.secrets_panel)
    qtbot.keyClicks(dialog.secrets_panel.portal_user_edit, "ahmad@example.com")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0].line.fields.portal_user == "ahmad@example.com"
    assert services.lines.get(line.id).fields.portal_user == "ahmad@example.com"
    # Reopened, the field shows it again.
    again = LineDialog(services.lines, carrier_catalog(), clock, "en", services.lines.get(line.id))
    qtbot.addWidget(again)
    assert again.secrets_panel.portal_user() == "ahmad@example.com"


@pytest.fixture
def actions(qtbot: QtBot, services: Services, clock: FixedClock) -> LineActions:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    return LineActions(services, clock, "en", window)


@pytest.mark.parametrize("answer", [True, False])
def test_cancelling_a_line_offers_to_delete_its_secrets(
    qtbot: QtBot,
    actions: LineActions,
    services: Services,
    clock: FixedClock,
    line: Line,
    backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    services.secrets.set(line.id, "pin", PIN, clock())
    services.secrets.set(line.id, "password", "portal-pw", clock())
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or answer)
    actions.set_line(line)
    actions.cancel_action.trigger()
    [wizard] = actions.window.findChildren(CancelWizard)
    draft = services.status.draft_cancel(line.id, CancelInput(last_four="1234"), clock())
    cancelled = services.status.commit(draft, clock())
    if answer:
        with qtbot.waitSignal(actions.secrets_settled):
            wizard.finished_with.emit(cancelled)
        assert backend.store == {}
        assert services.secrets.list(line.id) == []
        assert "secrets_deleted" in [e.kind for e in services.lines.history(line.id)]
    else:
        wizard.finished_with.emit(cancelled)
        qtbot.waitUntil(lambda: bool(asked))
        assert len(backend.store) == 2
    assert len(asked) == 1
    assert "2 secret(s)" in asked[0] or "2 secrets" in asked[0]


def test_purging_a_line_deletes_its_secrets_off_the_gui_thread(
    qtbot: QtBot,
    actions: LineActions,
    services: Services,
    clock: FixedClock,
    line: Line,
    backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.secrets.set(line.id, "pin", PIN, clock())
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    actions.set_line(line)
    with qtbot.waitSignal(actions.secrets_settled):
        actions.purge_action.trigger()
    assert backend.store == {}
    assert services.lines.list_lines() == []


def test_a_locked_keyring_keeps_the_line_on_purge(
    qtbot: QtBot,
    actions: LineActions,
    services: Services,
    clock: FixedClock,
    line: Line,
    backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.secrets.set(line.id, "pin", PIN, clock())
    backend.locked = True
    errors: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: errors.append(text))
    actions.set_line(line)
    with qtbot.waitSignal(actions.secrets_settled):
        actions.purge_action.trigger()
    assert len(services.lines.list_lines()) == 1
    assert len(backend.store) == 1
    assert errors
    assert "The keyring is locked" in errors[0]
