"""A renewal drafted, then committed once (#14): errors by field, the new expiry, suggested
amounts and currency, the expiry it was based on; one field-name map for wizard and CLI."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from numberkeeper.cli.types import option_of
from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import ChangedElsewhereError, ErrorCode, ValidationError
from numberkeeper.core.money import Money
from numberkeeper.core.validation import LineInput
from numberkeeper.services.container import Services
from numberkeeper.services.errand_fields import checklist_field, option_name
from numberkeeper.services.renewals import MAX_SUGGESTED_AMOUNTS, RenewalInput

KWD_MONTH = RenewalInput(amount="10", currency="KWD", channel="kiosk", extend="1m")


def rows(conn: sqlite3.Connection) -> tuple[int, int, int]:
    count = lambda table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    return count("receipts"), count("events"), count("lines")


def test_a_valid_draft_says_what_will_be_saved_and_writes_nothing(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    before = rows(conn)
    draft = services.renewals.draft(line_id, KWD_MONTH, now)
    assert draft.ok
    assert draft.errors == ()
    assert draft.field_errors == {}
    assert draft.based_on == date(2026, 11, 25)
    assert draft.new_expiry == date(2026, 12, 25)
    assert not draft.counted_from_today
    assert draft.today == date(2026, 11, 22)
    assert draft.default_currency == "KWD"  # Zain Kuwait's
    assert rows(conn) == before


def test_errors_by_input_field_and_by_checklist_field(
    services: Services, line_id: int, now: datetime
) -> None:
    typed = RenewalInput(amount="1.2345", currency="KWD", channel="kiosk", attachment="/no/such")
    draft = services.renewals.draft(line_id, typed, now)
    assert not draft.ok
    assert draft.new_expiry is None
    assert {e.field for e in draft.errors} == {"amount", "extend", "attachment"}
    assert set(draft.field_errors) == {"amount", "extension", "attachment"}
    [missing] = draft.field_errors["extension"]
    assert missing.code is ErrorCode.REQUIRED
    with pytest.raises(ValidationError) as refused:
        services.renewals.commit(draft, now)
    assert refused.value.errors == list(draft.errors)


def test_an_expired_line_is_counted_from_today(services: Services, now: datetime) -> None:
    typed = LineInput(number="+96596661299", expires="2026-10-01", carrier="kw-zain")
    expired = services.lines.add(typed, now).line.id
    draft = services.renewals.draft(expired, KWD_MONTH, now)
    assert draft.counted_from_today
    assert draft.new_expiry == date(2026, 12, 22)


def test_suggested_amounts_the_carriers_then_the_lines_own(
    services: Services, now: datetime
) -> None:
    typed = LineInput(number="+966 50 123 4567", expires="2027-01-31", carrier="sa-stc")
    saudi = services.lines.add(typed, now).line.id
    draft = services.renewals.draft(saudi, RenewalInput("", "", ""), now)
    assert [str(m) for m in draft.suggested_amounts[:3]] == ["SAR 10.00", "SAR 20.00", "SAR 30.00"]
    assert len(draft.suggested_amounts) == MAX_SUGGESTED_AMOUNTS
    assert draft.default_currency == "SAR"


def test_suggested_amounts_and_currency_from_earlier_receipts(
    services: Services, now: datetime
) -> None:
    typed = LineInput(number="+96550001234", expires="2027-01-31", carrier="Some MVNO")
    line = services.lines.add(typed, now).line.id
    empty = services.renewals.draft(line, RenewalInput("", "", ""), now)
    assert empty.suggested_amounts == ()
    assert empty.default_currency == ""
    paid = RenewalInput(amount="3", currency="KWD", channel="online", extend="30d")
    services.renewals.commit(services.renewals.draft(line, paid, now), now)
    again = services.renewals.draft(line, RenewalInput("", "", ""), now)
    assert again.suggested_amounts == (Money(3000, "KWD"),)
    assert again.default_currency == "KWD"


def test_commit_saves_the_draft_once_and_says_what_changed(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    receipts, events, lines = rows(conn)
    draft = services.renewals.draft(line_id, KWD_MONTH, now)
    result = services.renewals.commit(draft, now)
    assert rows(conn) == (receipts + 1, events + 1, lines)
    assert result.line.fields.expires_on == draft.new_expiry
    assert result.line_ids == (line_id,)
    assert result.receipt_ids == (result.receipt.id,)
    assert result.receipt.fields.previous_expiry == draft.based_on


def test_a_draft_of_an_expiry_renewed_elsewhere_is_refused(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    draft = services.renewals.draft(line_id, KWD_MONTH, now)
    services.renewals.commit(services.renewals.draft(line_id, KWD_MONTH, now), now)  # elsewhere
    before = rows(conn)
    with pytest.raises(ChangedElsewhereError):
        services.renewals.commit(draft, now)
    # Drafted after the change, but based on the expiry the user was shown before it.
    shown = services.renewals.draft(line_id, KWD_MONTH, now, based_on=date(2026, 11, 25))
    assert shown.ok
    with pytest.raises(ChangedElsewhereError):
        services.renewals.commit(shown, now)
    assert rows(conn) == before


def test_an_attachment_gone_since_the_draft_is_refused_by_commit(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    slip = tmp_path / "slip.jpg"
    slip.write_bytes(b"\xff\xd8 slip")
    typed = RenewalInput(**{**KWD_MONTH.__dict__, "attachment": str(slip)})
    draft = services.renewals.draft(line_id, typed, now)
    assert draft.ok
    slip.unlink()
    before = rows(conn)
    with pytest.raises(ValidationError) as refused:
        services.renewals.commit(draft, now)
    [gone] = refused.value.errors
    assert (gone.field, gone.code) == ("attachment", ErrorCode.FILE_MISSING)
    assert rows(conn) == before


@pytest.mark.parametrize(
    ("action", "field", "checklist", "option"),
    [
        (Action.RENEW, "extend", "extension", "--extend"),
        (Action.RENEW, "new_expiry", "extension", "--new-expiry"),
        (Action.RENEW, "attachment", "attachment", "--attach"),
        (Action.RENEW, "new_balance", "new_balance", "--balance"),
        (Action.RENEW, "amount", "amount", "--amount"),
        (Action.SUSPEND, "resume_on", "resume_on", "--until"),
        (Action.CANCEL, "last_four", "last_four", "--confirm"),
        (Action.RESUME, "reference", "reference", "--reference"),
    ],
)
def test_one_field_name_map_for_the_wizard_and_the_command_line(
    action: Action, field: str, checklist: str, option: str
) -> None:
    assert checklist_field(action, field) == checklist
    assert option_of(action.value, field) == option
    assert option_name(Action.RENEW, "amount") is None  # the same name everywhere
