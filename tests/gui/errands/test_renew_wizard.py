"""The Renew wizard driven end to end: every step, Back, gating, Cancel, Finish, resume."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
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
from numberkeeper.core.lines import Line
from numberkeeper.gui.common import messages, prompts
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.errands.renew_wizard import RenewWizard
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalResult

# The offscreen platform says so whenever a window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


@pytest.fixture
def make_wizard(qtbot, services: Services, clock: FixedClock):
    def make(line_id: int, over: Services | None = None) -> RenewWizard:
        wizard = show(qtbot, RenewWizard(over or services, clock, "en", line_id))
        assert isinstance(wizard, RenewWizard)
        return wizard

    return make


@pytest.fixture
def line(make_line) -> Line:
    return make_line("2027-01-31", carrier="kw-zain", balance_amount="3.5", balance_currency="KWD")


def text_of(code: ErrorCode, **params: str) -> str:
    return messages.field_error_text(FieldError("x", code, params))


def fill_to_summary(qtbot, wizard: RenewWizard, amount: str = "10", extension: str = "1m") -> None:
    """Channel kiosk, the amount, a validity choice, a reference; stops on the summary."""
    press(wizard, NEXT)
    wizard.editors["channel"].choose("kiosk")  # type: ignore[attr-defined]
    press(wizard, NEXT)
    type_into(qtbot, wizard, "amount", amount)
    wizard.editors["extension"].choose(extension)  # type: ignore[attr-defined]
    press(wizard, NEXT)
    type_into(qtbot, wizard, "reference", "OAB123456")
    press(wizard, NEXT)
    assert step(wizard) == "summary"


def finish(qtbot, wizard: RenewWizard) -> RenewalResult:
    with qtbot.waitSignal(wizard.finished_with) as blocker:
        press(wizard, FINISH)
    assert wizard.result() == QDialog.DialogCode.Accepted
    result = blocker.args[0]
    assert isinstance(result, RenewalResult)
    return result


def test_every_step_back_gating_and_one_receipt_one_event(
    qtbot, make_wizard, line, conn, services
) -> None:
    before = counts(conn)
    wizard = make_wizard(line.id)
    assert step(wizard) == "state"
    assert "2027-01-31 23:59 Asia/Kuwait" in wizard.facts.text("expires")
    assert wizard.facts.text("countdown") == "70 d 8 h"
    assert wizard.facts.text("phase") == "Active"
    assert wizard.facts.text("balance") == "KWD 3.500"
    assert "30 day(s) after validity ends" in wizard.facts.text("grace")  # no en.qm in tests
    assert not can(wizard, BACK)
    press(wizard, NEXT)

    assert step(wizard) == "channel"
    assert not can(wizard, NEXT)
    assert page(wizard).hint.text() == "Still needed to continue: Channel"
    wizard.editors["channel"].choose("voucher")
    assert "voucher code" in wizard.guidance.text()
    wizard.editors["channel"].choose("kiosk")
    assert "printed slip" in wizard.guidance.text()
    assert "OAB" not in wizard.guidance.text()  # Omantel's receipts, not Zain's (#16)
    assert can(wizard, NEXT)
    press(wizard, BACK)
    assert step(wizard) == "state"
    press(wizard, NEXT)
    assert wizard.editors["channel"].value() == "kiosk"
    press(wizard, NEXT)

    assert step(wizard) == "amount"
    assert wizard.editors["currency"].value() == "KWD"  # the carrier's
    assert not can(wizard, NEXT)
    type_into(qtbot, wizard, "amount", "10")
    assert not can(wizard, NEXT)  # no validity chosen yet
    assert "Validity" in page(wizard).hint.text()
    wizard.editors["extension"].choose("1m")
    assert wizard.preview.text() == "New expiry: 2027-02-28 (was 2027-01-31)"
    type_into(qtbot, wizard, "new_balance", "13.5")
    press(wizard, NEXT)

    assert step(wizard) == "proof"
    assert can(wizard, NEXT)  # nothing required
    type_into(qtbot, wizard, "payment_method", "cash")
    type_into(qtbot, wizard, "reference", "OAB123456")
    wizard.editors["sms_confirmed"].box.click()
    press(wizard, NEXT)

    assert step(wizard) == "summary"
    rows = wizard.summary_rows()
    assert rows["Channel:"] == "Self-service kiosk"
    assert rows["Amount:"] == "KWD 10.000"
    assert rows["Validity:"] == "New expiry: 2027-02-28 (was 2027-01-31)"
    assert rows["Balance afterwards:"] == "KWD 13.500"
    assert rows["Confirmation SMS received:"] == "yes"
    assert counts(conn) == before  # nothing written before Finish

    result = finish(qtbot, wizard)
    assert counts(conn) == {
        **before,
        "receipts": before["receipts"] + 1,
        "events": before["events"] + 1,
    }
    assert event_kinds(conn)[-1] == "renewed"
    assert result.receipt.fields.reference == "OAB123456"
    assert result.receipt.fields.sms_confirmed
    stored = services.lines.get(line.id)
    assert stored.fields.expires_on.isoformat() == "2027-02-28"
    assert stored.fields.balance is not None
    assert str(stored.fields.balance.amount) == "KWD 13.500"
    assert services.checklists.resume_point(line.id, wizard.action) is None


def test_one_month_twice_from_january_31(qtbot, make_wizard, line, services) -> None:
    first = make_wizard(line.id)
    fill_to_summary(qtbot, first)
    assert finish(qtbot, first).line.fields.expires_on.isoformat() == "2027-02-28"
    second = make_wizard(line.id)
    press(second, NEXT)
    second.editors["channel"].choose("online")
    press(second, NEXT)
    type_into(qtbot, second, "amount", "10")
    second.editors["extension"].choose("1m")
    # Continued from the chain's anchor (31 Jan + 2 months), not 28 Feb + 1 month.
    assert second.preview.text() == "New expiry: 2027-03-31 (was 2027-02-28)"
    press(second, NEXT)
    press(second, NEXT)
    assert finish(qtbot, second).line.fields.expires_on.isoformat() == "2027-03-31"


@pytest.mark.parametrize("where", ["channel", "amount", "summary"])
def test_cancel_at_any_step_writes_nothing(qtbot, make_wizard, line, conn, services, where):
    before = counts(conn)
    wizard = make_wizard(line.id)
    if where != "channel":
        fill_to_summary(qtbot, wizard)
        while step(wizard) != where:
            press(wizard, BACK)
    else:
        press(wizard, NEXT)
    with qtbot.waitSignal(wizard.rejected):
        press(wizard, CANCEL)
    assert counts(conn) == before
    assert services.lines.get(line.id) == line
    assert not wizard.isVisible()


def test_amount_and_currency_errors_show_under_their_fields(qtbot, make_wizard, line) -> None:
    wizard = make_wizard(line.id)
    press(wizard, NEXT)
    wizard.editors["channel"].choose("online")
    press(wizard, NEXT)
    wizard.editors["extension"].choose("30d")
    type_into(qtbot, wizard, "amount", "10.0005")
    errors = page(wizard).errors
    too_precise = text_of(
        ErrorCode.AMOUNT_TOO_PRECISE, value="10.0005", currency="KWD", decimals="3"
    )
    assert errors.messages("amount") == (too_precise,)
    assert not can(wizard, NEXT)
    type_into(qtbot, wizard, "amount", "10.5")
    assert errors.messages("amount") == ()
    assert wizard.preview.text() == "New expiry: 2027-03-02 (was 2027-01-31)"
    wizard.editors["currency"].combo.setEditText("XYZ")
    assert errors.messages("currency") == (text_of(ErrorCode.CURRENCY_UNKNOWN, value="XYZ"),)
    assert not can(wizard, NEXT)
    assert page(wizard).hint.text() == "Correct the values marked above to continue."


def test_new_expiry_as_the_carriers_sms_states(qtbot, make_wizard, line) -> None:
    wizard = make_wizard(line.id)
    press(wizard, NEXT)
    wizard.editors["channel"].choose("hotline")
    press(wizard, NEXT)
    type_into(qtbot, wizard, "amount", "5")
    extension = wizard.editors["extension"]
    extension.choose("date:")
    assert not can(wizard, NEXT)  # the date is still missing
    qtbot.keyClicks(extension.date_field.line_edit, "2026-11-01")
    assert page(wizard).errors.messages("extension") == (
        text_of(ErrorCode.DATE_IN_PAST, value="2026-11-01"),
    )
    extension.date_field.pick(date(2027, 5, 15))
    assert wizard.preview.text() == "New expiry: 2027-05-15 (was 2027-01-31)"
    assert can(wizard, NEXT)


def test_expired_line_is_counted_from_today(qtbot, make_wizard, make_line) -> None:
    expired = make_line("2026-11-10", carrier="kw-stc")
    wizard = make_wizard(expired.id)
    assert wizard.facts.text("phase") == "Expired — at risk"
    press(wizard, NEXT)
    wizard.editors["channel"].choose("store")
    press(wizard, NEXT)
    type_into(qtbot, wizard, "amount", "10")
    wizard.editors["extension"].choose("1m")
    assert wizard.preview.text() == (
        "New expiry: 2026-12-22 (was 2026-11-10)\n"
        "Counted from today, 2026-11-22: validity had already ended."
    )


def test_progress_is_saved_on_each_page_and_resumed(
    qtbot, make_wizard, line, services, conn
) -> None:
    before = counts(conn)
    wizard = make_wizard(line.id)
    fill_to_summary(qtbot, wizard, amount="20")
    press(wizard, BACK)  # back to proof: saved there
    press(wizard, CANCEL)
    assert counts(conn) == before
    point = services.checklists.resume_point(line.id, wizard.action)
    assert point is not None
    assert point[0] == 3
    assert point[1]["amount"] == "20"

    again = make_wizard(line.id)
    assert step(again) == "proof"
    assert again.resumed
    assert page(again).banner.isVisible()
    assert again.editors["reference"].value() == "OAB123456"
    press(again, BACK)
    assert again.editors["amount"].value() == "20"
    assert again.preview.text() == "New expiry: 2027-02-28 (was 2027-01-31)"

    page(again).banner.button.click()  # shown on the page it resumed at only
    assert step(again) == "state"
    assert again.editors["amount"].value() == ""
    assert services.checklists.resume_point(line.id, again.action) is None


def test_attachment_chosen_then_gone_returns_to_the_proof_page(
    qtbot, make_wizard, line, tmp_path, monkeypatch, conn, services
) -> None:
    photo = tmp_path / "slip.jpg"
    photo.write_bytes(b"\xff\xd8 kiosk slip")
    monkeypatch.setattr(prompts, "choose_file", lambda *_args: photo)
    wizard = make_wizard(line.id)
    fill_to_summary(qtbot, wizard)
    press(wizard, BACK)
    wizard.editors["attachment"].choose_button.click()
    assert wizard.editors["attachment"].value() == str(photo)
    press(wizard, NEXT)
    assert wizard.summary_rows()["Receipt photo or PDF:"] == str(photo)
    before = counts(conn)
    photo.unlink()
    press(wizard, FINISH)
    assert step(wizard) == "proof"
    assert page(wizard).errors.messages("attachment") == (
        text_of(ErrorCode.FILE_MISSING, value=str(photo)),
    )
    assert wizard.isVisible()
    assert counts(conn) == before

    photo.write_bytes(b"\xff\xd8 kiosk slip")
    type_into(qtbot, wizard, "attachment", str(photo))
    press(wizard, NEXT)
    result = finish(qtbot, wizard)
    assert result.receipt.fields.attachment is not None
    assert result.receipt.fields.attachment.original_name == "slip.jpg"


def test_a_missing_attachment_is_told_in_the_interface_language(
    qtbot, make_wizard, line, tmp_path, chinese
) -> None:
    # The service names a missing file by its code, not by an English reason (#14).
    wizard = make_wizard(line.id)
    fill_to_summary(qtbot, wizard)
    press(wizard, BACK)
    missing = tmp_path / "slip.jpg"
    type_into(qtbot, wizard, "attachment", str(missing))
    assert page(wizard).errors.messages("attachment") == (f"无法读取 {missing}（文件不存在）。",)
    assert not can(wizard, NEXT)


def test_a_line_changed_meanwhile_is_reported_and_nothing_saved(
    qtbot, make_wizard, line, monkeypatch, conn, services, clock
) -> None:
    reported: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "error", lambda _parent, title, text: reported.append((title, text))
    )
    wizard = make_wizard(line.id)
    fill_to_summary(qtbot, wizard)
    other = make_wizard(line.id)  # a second window on the same line: resumes the saved run
    assert step(other) == "summary"
    finish(qtbot, other)
    before = counts(conn)
    press(wizard, FINISH)
    [(title, text)] = reported
    assert title == "Nothing was saved"
    assert "changed elsewhere meanwhile" in text  # renewed, not "cancelled or suspended"
    assert wizard.isVisible()
    assert counts(conn) == before


def test_usual_amounts_of_the_carrier(qtbot, make_wizard, make_line) -> None:
    saudi = make_line("2027-01-31", number="+966 50 123 4567", carrier="sa-stc", time_zone="")
    wizard = make_wizard(saudi.id)
    texts = [b.text() for b in wizard.quick_buttons]
    assert texts[:3] == ["SAR 10.00", "SAR 20.00", "SAR 30.00"]
    press(wizard, NEXT)
    wizard.editors["channel"].choose("third-party")
    press(wizard, NEXT)
    wizard.quick_buttons[3].click()
    assert wizard.editors["amount"].value() == "50.00"
    assert wizard.editors["currency"].value() == "SAR"


def test_a_pasted_reference_too_long_is_refused_whole_not_cut(qtbot, make_wizard, line) -> None:
    wizard = make_wizard(line.id)
    press(wizard, NEXT)
    wizard.editors["channel"].choose("kiosk")  # type: ignore[attr-defined]
    press(wizard, NEXT)
    type_into(qtbot, wizard, "amount", "10")
    wizard.editors["extension"].choose("1m")  # type: ignore[attr-defined]
    press(wizard, NEXT)
    pasted = "تم شحن رصيدك بنجاح " * 60  # an SMS pasted whole: 1,140 characters
    wizard.editors["reference"].edit.insert(pasted)  # type: ignore[attr-defined]
    assert wizard.editors["reference"].value() == pasted.strip()  # nothing cut
    assert page(wizard).errors.messages("reference") == (
        text_of(ErrorCode.TEXT_TOO_LONG, limit="500"),
    )
    assert not can(wizard, NEXT)


def test_a_line_deleted_meanwhile_is_told_not_raised(
    qtbot, make_wizard, line, services: Services, clock, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: told.append(text))
    wizard = make_wizard(line.id)
    press(wizard, NEXT)
    wizard.editors["channel"].choose("kiosk")  # type: ignore[attr-defined]
    press(wizard, NEXT)
    services.purge_line(line.id, clock())  # from another window, or the command line
    type_into(qtbot, wizard, "amount", "5")  # prepare() meets no line: no exception escapes
    assert "no longer exists" in wizard.preview.text()
    wizard.editors["extension"].choose("1m")  # type: ignore[attr-defined]
    press(wizard, NEXT)
    press(wizard, NEXT)
    assert step(wizard) == "summary"
    press(wizard, FINISH)
    assert "no longer exists" in told[-1]
