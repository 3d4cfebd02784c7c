"""What the lines table's cells say (gui/main/line_cells.py): countdowns, phases, the expiry's
local instant, balances, as the model shows them."""

from __future__ import annotations

from datetime import UTC, datetime

from line_table_support import model_fixture, reload, text  # noqa: F401 (model_fixture: the model)
from PySide6.QtCore import Qt

from numberkeeper.gui.main.line_cells import (
    BALANCE,
    COUNTDOWN,
    EXPIRES,
    LABEL,
    NUMBER,
    PHASE,
)
from numberkeeper.gui.main.line_roles import LineRole


def test_countdown_days_and_hours(model, make_line, service) -> None:
    # 23:59 in Bangkok (UTC+7) on 25 Nov is 16:59 UTC: 3 d 4 h 59 min after 22 Nov 12:00 UTC.
    line = make_line("2026-11-25", time_zone="Asia/Bangkok", label="Bank OTP")
    reload(model, service)
    assert text(model, 0, COUNTDOWN) == "3 d 4 h"
    assert text(model, 0, PHASE) == "Expiring soon"
    assert text(model, 0, LABEL) == "Bank OTP"
    assert text(model, 0, LABEL, LineRole) == line
    assert text(model, 0, NUMBER) == "+965 9666 1001"


def test_countdown_hours_and_minutes(model, make_line, service, clock) -> None:
    make_line("2026-11-22")  # ends 20:59 UTC (23:59 Kuwait)
    clock.now = datetime(2026, 11, 22, 15, 47, tzinfo=UTC)
    reload(model, service)
    assert text(model, 0, COUNTDOWN) == "5 h 12 min"


def test_countdown_in_grace_and_past_grace(model, make_line, service) -> None:
    make_line("2026-11-20", grace_days="30")
    make_line("2026-10-01", grace_days="30")
    reload(model, service)
    assert text(model, 0, COUNTDOWN) == "expired 1 d 15 h ago — number at risk in 28 d 8 h"
    assert text(model, 0, PHASE) == "Expired — at risk"
    assert text(model, 1, COUNTDOWN) == "expired 51 d 15 h ago — grace ended 21 d 15 h ago"
    assert "recycle" in str(text(model, 0, COUNTDOWN, Qt.ItemDataRole.ToolTipRole))


def test_countdown_suspended_and_cancelled(model, make_line, service) -> None:
    make_line("2026-12-01", status="suspended", resume_on="2026-12-20")
    make_line("2026-12-01", status="cancelled")
    reload(model, service)
    assert text(model, 0, COUNTDOWN) == "suspended until 2026-12-20"
    assert text(model, 1, COUNTDOWN) == "cancelled"
    assert text(model, 1, PHASE) == "Cancelled"


def test_expiry_shows_line_date_and_local_instant(model, make_line, service) -> None:
    make_line("2026-12-01")  # 23:59 in Kuwait is 04:59 the next day in Shanghai
    reload(model, service)
    assert text(model, 0, EXPIRES) == "2026-12-01 · 02 Dec 04:59 local"


def test_balance_and_its_checked_date(model, make_line, service) -> None:
    make_line(
        "2026-12-01",
        balance_amount="1.25",
        balance_currency="KWD",
        balance_checked_on="2026-11-20",
    )
    reload(model, service)
    assert text(model, 0, BALANCE) == "KWD 1.250"
    assert text(model, 0, BALANCE, Qt.ItemDataRole.ToolTipRole) == "checked 2026-11-20"
