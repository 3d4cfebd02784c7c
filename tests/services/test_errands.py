"""Renew, suspend, resume, cancel, purge: one transaction each, nothing written on refusal."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ErrorCode,
    LineStateError,
    ValidationError,
)
from numberkeeper.core.lines import LineStatus
from numberkeeper.core.money import Money
from numberkeeper.core.phases import Phase, line_timing
from numberkeeper.core.receipts import Channel, ReceiptFilter, ReceiptKind
from numberkeeper.core.validation import LineInput
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput
from numberkeeper.services.status_changes import CancelInput, SuspendInput


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return Services.open(conn, data_dir, carrier_catalog())


@pytest.fixture
def line_id(services: Services, now: datetime) -> int:
    typed = LineInput(
        number="+96596661234",
        expires="2026-11-25",
        carrier="kw-zain",
        linked_accounts="WhatsApp\nNBK",
    )
    return services.lines.add(typed, now).line.id


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("lines", "events", "receipts", "attachments", "activities")
    }


def test_renew_writes_one_receipt_one_event_and_the_new_expiry(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    photo = tmp_path / "kiosk slip.jpg"
    photo.write_bytes(b"\xff\xd8 slip OAB123456")
    before = table_counts(conn)
    typed = RenewalInput(
        amount="10",
        currency="KWD",
        channel="kiosk",
        extend="1m",
        reference="OAB123456",
        sms_confirmed=True,
        attachment=str(photo),
        new_balance="2.5",
    )
    preview = services.renewals.prepare(line_id, typed, now)
    assert preview.outcome.new_expiry == date(2026, 12, 25)
    assert table_counts(conn) == before  # a preview writes nothing
    result = services.renewals.commit(preview, now)
    after = table_counts(conn)
    assert after["receipts"] == before["receipts"] + 1
    assert after["events"] == before["events"] + 1
    assert result.line.fields.expires_on == date(2026, 12, 25)
    assert result.line.fields.balance is not None
    assert result.line.fields.balance.amount == Money(2500, "KWD")
    r = result.receipt.fields
    assert (r.amount, r.channel, r.kind) == (
        Money(10_000, "KWD"),
        Channel.KIOSK,
        ReceiptKind.RENEWAL,
    )
    assert (r.previous_expiry, r.new_expiry) == (date(2026, 11, 25), date(2026, 12, 25))
    assert r.attachment is not None
    stored = services.receipts.attachment_path(result.receipt)
    assert stored is not None
    assert stored.read_bytes() == photo.read_bytes()
    assert stored.is_relative_to(services.data_dir)
    # Renewing again continues the chain; the same photo is stored once.
    again = services.renewals.renew(line_id, typed, now)
    assert again.line.fields.expires_on == date(2027, 1, 25)
    assert table_counts(conn)["attachments"] == 1
    assert len(list((services.data_dir / "attachments").iterdir())) == 1


def test_renew_refuses_bad_input_and_writes_nothing(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    before = table_counts(conn)
    typed = RenewalInput(
        amount="10.0005",
        currency="KWD",
        channel="pigeon",
        extend="1w",
        attachment="/no/such/file.pdf",
    )
    with pytest.raises(ValidationError) as caught:
        services.renewals.renew(line_id, typed, now)
    fields = {e.field: e.code for e in caught.value.errors}
    assert fields == {
        "amount": ErrorCode.AMOUNT_TOO_PRECISE,
        "channel": ErrorCode.CHOICE_INVALID,
        "extend": ErrorCode.EXTENSION_INVALID,
        "attachment": ErrorCode.FILE_MISSING,
    }
    assert table_counts(conn) == before


def test_renew_past_the_last_date_kept_is_refused_and_writes_nothing(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    before = table_counts(conn)
    typed = RenewalInput(amount="5", currency="KWD", channel="online", extend="3650y")
    with pytest.raises(ValidationError) as caught:
        services.renewals.renew(line_id, typed, now)
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("extend", ErrorCode.DATE_OUT_OF_RANGE)
    ]
    assert table_counts(conn) == before


def test_long_free_texts_are_refused_whole_in_every_errand(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    # The command line reaches the services without the wizard's check: they refuse too.
    before = table_counts(conn)
    long_text = "x" * 501
    renewal = RenewalInput(
        amount="5", currency="KWD", channel="online", extend="1m", reference=long_text
    )
    with pytest.raises(ValidationError) as caught:
        services.renewals.renew(line_id, renewal, now)
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("reference", ErrorCode.TEXT_TOO_LONG)
    ]
    with pytest.raises(ValidationError):
        services.status.suspend(line_id, SuspendInput(reference=long_text), now)
    with pytest.raises(ValidationError):
        services.activities.log(line_id, "sms", "", now, note=long_text)
    assert table_counts(conn) == before
    exactly = dataclasses.replace(renewal, reference="x" * 500)
    assert services.renewals.renew(line_id, exactly, now).receipt.fields.reference == "x" * 500


def test_a_stale_preview_is_refused(services: Services, line_id: int, now: datetime) -> None:
    typed = RenewalInput(amount="5", currency="KWD", channel="online", extend="30d")
    stale = services.renewals.prepare(line_id, typed, now)
    services.renewals.renew(line_id, typed, now)
    with pytest.raises(ChangedElsewhereError):
        services.renewals.commit(stale, now)


def test_suspend_with_fee_then_resume(services: Services, line_id: int, now: datetime) -> None:
    line = services.status.suspend(
        line_id,
        SuspendInput(
            term="long", resume_on="2027-03-01", fee="1.000", currency="KWD", reference="Z-77"
        ),
        now,
    )
    assert line.fields.status is LineStatus.SUSPENDED
    assert line.fields.resume_on == date(2027, 3, 1)
    assert line_timing(line, now).phase is Phase.SUSPENDED
    [fee] = services.receipts.list(ReceiptFilter(line_id=line_id))
    assert fee.fields.kind is ReceiptKind.SUSPENSION_FEE
    assert fee.fields.amount == Money(1000, "KWD")
    with pytest.raises(LineStateError):
        services.status.suspend(line_id, SuspendInput(), now)
    resumed = services.status.resume(line_id, now)
    assert resumed.fields.status is LineStatus.ACTIVE
    assert resumed.fields.resume_on is None
    kinds = [e.kind for e in services.lines.history(line_id)]
    assert kinds == ["created", "suspended", "resumed"]


def test_suspend_refuses_a_past_resume_date(
    services: Services, line_id: int, now: datetime
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.status.suspend(line_id, SuspendInput(resume_on="2026-01-01"), now)
    assert caught.value.errors[0].code is ErrorCode.DATE_IN_PAST
    assert services.lines.get(line_id).fields.status is LineStatus.ACTIVE


def test_cancel_needs_the_last_four_digits_and_keeps_history(
    services: Services, line_id: int, now: datetime
) -> None:
    services.renewals.renew(
        line_id, RenewalInput(amount="5", currency="KWD", channel="voucher", extend="30d"), now
    )
    with pytest.raises(ValidationError) as caught:
        services.status.cancel(line_id, CancelInput(last_four="0000"), now)
    assert caught.value.errors[0].code is ErrorCode.CONFIRMATION_MISMATCH
    assert services.lines.get(line_id).fields.status is LineStatus.ACTIVE
    line = services.status.cancel(
        line_id,
        CancelInput(
            last_four="1234",
            transferred="0.500",
            currency="KWD",
            transferred_to="+96566601234",
            accounts={"WhatsApp": "unbound", "NBK": "kept"},
        ),
        now,
    )
    assert line.fields.status is LineStatus.CANCELLED
    assert line_timing(line, now).phase is Phase.CANCELLED
    assert len(services.receipts.list(ReceiptFilter(line_id=line_id))) == 1
    cancelled = services.lines.history(line_id)[-1]
    assert cancelled.details["accounts"] == {"WhatsApp": "unbound", "NBK": "kept"}
    with pytest.raises(LineStateError):
        services.renewals.renew(
            line_id, RenewalInput(amount="5", currency="KWD", channel="voucher", extend="30d"), now
        )


def test_purge_removes_everything_of_that_line(
    services: Services, line_id: int, now: datetime, conn: sqlite3.Connection
) -> None:
    services.renewals.renew(
        line_id, RenewalInput(amount="5", currency="KWD", channel="voucher", extend="30d"), now
    )
    services.activities.log(line_id, "sms", "", now)
    services.status.purge(line_id)
    counts = table_counts(conn)
    assert counts["lines"] == counts["events"] == counts["receipts"] == 0
    assert counts["activities"] == 0


def test_delete_renewal_rolls_back_only_when_asked(
    services: Services, line_id: int, now: datetime
) -> None:
    typed = RenewalInput(amount="5", currency="KWD", channel="online", extend="30d")
    first = services.renewals.renew(line_id, typed, now)
    services.receipts.delete(first.receipt.id, now, roll_back_expiry=False)
    assert services.lines.get(line_id).fields.expires_on == first.line.fields.expires_on
    second = services.renewals.renew(line_id, typed, now)
    services.receipts.delete(second.receipt.id, now, roll_back_expiry=True)
    assert services.lines.get(line_id).fields.expires_on == first.line.fields.expires_on
    assert services.receipts.list() == []


def test_totals_per_currency_per_year(services: Services, line_id: int, now: datetime) -> None:
    for amount, currency in (("10", "KWD"), ("5.5", "KWD"), ("3", "OMR")):
        services.renewals.renew(
            line_id,
            RenewalInput(amount=amount, currency=currency, channel="online", extend="1m"),
            now,
        )
    assert services.receipts.totals() == {
        ("KWD", 2026): Money(15_500, "KWD"),
        ("OMR", 2026): Money(3_000, "OMR"),
    }
    only_omr = services.receipts.list(ReceiptFilter(currency="omr"))
    assert [r.fields.amount for r in only_omr] == [Money(3000, "OMR")]
    none = services.receipts.list(ReceiptFilter(date_from=date(2027, 1, 1)))
    assert none == []


def test_keep_alive_log_sets_the_next_due_date_and_counts_into_the_phase(
    services: Services, now: datetime
) -> None:
    typed = LineInput(
        number="+96892123456",
        expires="2027-06-01",
        keep_alive_days="30",
        keep_alive_counts="call,sms",
    )
    line = services.lines.add(typed, now - timedelta(days=40)).line
    assert services.activities.next_due(line.id) == date(2026, 11, 12)
    assert line_timing(services.lines.get(line.id), now).phase is Phase.IN_GRACE
    services.activities.log(line.id, "data", "2026-11-20", now)  # does not count
    assert services.activities.next_due(line.id) == date(2026, 11, 12)
    services.activities.log(line.id, "sms", "2026-11-20", now)
    assert services.activities.next_due(line.id) == date(2026, 12, 20)
    timing = line_timing(services.lines.get(line.id), now)
    assert timing.phase is Phase.ACTIVE
    assert timing.deadline_is_keep_alive
    with pytest.raises(ValidationError):
        services.activities.log(line.id, "sms", "2026-12-30", now)  # in the future


def test_checklist_progress_survives_a_reopen(
    services: Services, line_id: int, now: datetime, data_dir: Path
) -> None:
    from numberkeeper.paths import database_path
    from numberkeeper.store.db import connect

    services.checklists.save(
        line_id, Action.SUSPEND, "waiting", {"term": "short", "reference": "Z-1"}, now
    )
    reopened = connect(database_path(data_dir))
    again = Services.open(reopened, data_dir, carrier_catalog())
    point = again.checklists.resume_point(line_id, Action.SUSPEND)
    assert point == (5, {"term": "short", "reference": "Z-1"})
    again.status.suspend(line_id, SuspendInput(term="short"), now)
    assert again.checklists.resume_point(line_id, Action.SUSPEND) is None
    reopened.close()


def test_resume_records_the_request_date_and_cancel_the_ticks(
    services: Services, line_id: int, now: datetime
) -> None:
    services.status.suspend(line_id, SuspendInput(term="short"), now)
    with pytest.raises(ValidationError):
        services.status.resume(line_id, now, requested_on="2026-02-31")
    services.status.resume(line_id, now, "R-1", requested_on="2026-11-21")
    resumed = services.lines.history(line_id)[-1]
    assert resumed.details == {"reference": "R-1", "requested_on": "2026-11-21"}
    services.status.cancel(
        line_id, CancelInput(last_four="1234", records_saved=True, scam_warning_read=True), now
    )
    cancelled = services.lines.history(line_id)[-1].details
    assert (cancelled["records_saved"], cancelled["scam_warning_read"]) == (True, True)
