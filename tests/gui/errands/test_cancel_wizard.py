"""The Cancel wizard: balance, each linked account decided, records, scams, last four digits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from wizard_support import (
    BACK,
    CANCEL,
    FINISH,
    NEXT,
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

from numberkeeper.core.errors import ErrorCode, FieldError
from numberkeeper.core.lines import Line, LineStatus
from numberkeeper.gui.common import messages
from numberkeeper.gui.errands.cancel_wizard import CancelWizard
from numberkeeper.services.container import Services
from numberkeeper.store import events

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


@pytest.fixture
def line(make_line) -> Line:
    return make_line(
        "2027-01-31",
        number="+965 9666 4321",
        balance_amount="1.250",
        balance_currency="KWD",
        linked_accounts="WhatsApp\nKFH bank",
    )


def walk_to_confirm(qtbot, wizard: CancelWizard) -> None:
    assert step(wizard) == "balance"
    assert wizard.editors["currency"].value() == "KWD"
    assert not can(wizard, NEXT)
    wizard.editors["balance_checked"].box.click()
    type_into(qtbot, wizard, "transferred", "1.250")
    type_into(qtbot, wizard, "transferred_to", "+965 9000 0000")
    press(wizard, NEXT)

    assert step(wizard) == "accounts"
    accounts = wizard.accounts_editor
    assert accounts.accounts() == ["WhatsApp", "KFH bank"]
    assert not can(wizard, NEXT)
    accounts.decide("WhatsApp", "unbound")
    assert not can(wizard, NEXT)  # KFH bank still undecided
    accounts.decide("KFH bank", "kept")
    assert can(wizard, NEXT)
    accounts.add_edit.setText("Gmail 2FA")
    accounts.add_button.click()
    assert accounts.accounts() == ["WhatsApp", "KFH bank", "Gmail 2FA"]
    assert not can(wizard, NEXT)
    accounts.decide("Gmail 2FA", "unbound")
    press(wizard, NEXT)

    assert step(wizard) == "records"
    assert not wizard.export_button.isEnabled()  # this line has no receipts to export
    press(wizard, NEXT)  # "records saved" is not required

    assert step(wizard) == "scams"
    assert not can(wizard, NEXT)
    wizard.editors["scam_warning_read"].box.click()
    press(wizard, NEXT)
    assert step(wizard) == "confirm"


def test_finish_only_with_the_right_last_four_digits(qtbot, services, line, clock, conn) -> None:
    before = counts(conn)
    wizard = show(qtbot, CancelWizard(services, clock, "en", line.id))
    walk_to_confirm(qtbot, wizard)
    assert not can(wizard, FINISH)
    type_into(qtbot, wizard, "last_four", "432")
    assert not can(wizard, FINISH)
    assert page(wizard).errors.messages("last_four") == ()
    type_into(qtbot, wizard, "last_four", "1234")
    assert not can(wizard, FINISH)
    mismatch = FieldError("last_four", ErrorCode.CONFIRMATION_MISMATCH, {"value": "1234"})
    assert page(wizard).errors.messages("last_four") == (messages.field_error_text(mismatch),)
    type_into(qtbot, wizard, "last_four", "ab")  # letters are not taken
    assert wizard.editors["last_four"].value() == "1234"
    press(wizard, BACK)
    press(wizard, NEXT)
    type_into(qtbot, wizard, "last_four", "4321")
    assert can(wizard, FINISH)
    assert counts(conn) == before

    with qtbot.waitSignal(wizard.finished_with) as done:
        press(wizard, FINISH)
    cancelled = done.args[0].line
    assert cancelled.fields.status is LineStatus.CANCELLED
    assert counts(conn) == {**before, "events": before["events"] + 1}
    assert event_kinds(conn)[-1] == "cancelled"
    event = events.for_line(conn, line.id)[-1]
    assert event.details["accounts"] == {
        "WhatsApp": "unbound",
        "KFH bank": "kept",
        "Gmail 2FA": "unbound",
    }
    assert event.details["transferred"] == "KWD 1.250"


def test_cancel_writes_nothing(qtbot, services, line, clock, conn) -> None:
    before = counts(conn)
    wizard = show(qtbot, CancelWizard(services, clock, "en", line.id))
    walk_to_confirm(qtbot, wizard)
    type_into(qtbot, wizard, "last_four", "4321")
    with qtbot.waitSignal(wizard.rejected):
        press(wizard, CANCEL)
    assert counts(conn) == before
    assert services.lines.get(line.id).fields.status is LineStatus.ACTIVE


def test_a_line_without_linked_accounts_passes_the_accounts_step(
    qtbot, services, make_line, clock
) -> None:
    bare = make_line("2027-01-31")
    wizard = show(qtbot, CancelWizard(services, clock, "en", bare.id))
    wizard.editors["balance_checked"].box.click()
    press(wizard, NEXT)
    assert step(wizard) == "accounts"
    assert wizard.accounts_editor.none_label.isVisible()
    assert can(wizard, NEXT)


def test_a_transferred_balance_is_in_the_carriers_currency_when_none_was_recorded(
    qtbot, services, make_line, clock
) -> None:
    # Without a recorded balance the currency was left blank: a typed amount was then refused
    # for want of a currency the user had to look for in a list of 150.
    omani = make_line("2027-01-31", number="+968 9123 4567", carrier="om-omantel")
    wizard = show(qtbot, CancelWizard(services, clock, "en", omani.id))
    assert wizard.editors["currency"].value() == "OMR"
    unknown = make_line("2027-01-31")  # no carrier, no balance: the user chooses
    assert CancelWizard(services, clock, "en", unknown.id).editors["currency"].value() == ""


def test_records_step_exports_the_lines_receipts(
    qtbot, monkeypatch, services, line, clock, tmp_path
) -> None:
    import csv

    from numberkeeper.gui.common import prompts
    from numberkeeper.services.renewals import RenewalInput

    services.renewals.renew(
        line.id, RenewalInput(amount="10", currency="KWD", channel="kiosk", extend="1m"), clock()
    )
    target = tmp_path / "line.csv"
    monkeypatch.setattr(prompts, "save_file", lambda *_args: (target, 1))
    monkeypatch.setattr(prompts, "info", lambda *_args: None)
    wizard = show(qtbot, CancelWizard(services, clock, "en", line.id))
    assert wizard.export_button.isEnabled()
    wizard.export_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["amount"], r["currency"]) for r in rows] == [("10.000", "KWD")]
