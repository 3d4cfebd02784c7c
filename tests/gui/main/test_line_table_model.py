"""The line table model and its filter proxy, without any view."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from numberkeeper.core.phases import Urgency
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.line_filter_proxy import LineFilterProxyModel
from numberkeeper.gui.main.line_table_model import (
    BALANCE,
    COUNTDOWN,
    EXPIRES,
    LABEL,
    NUMBER,
    PHASE,
    LineRole,
    LineTableModel,
    SortRole,
)
from numberkeeper.services.lines import LineService


@pytest.fixture
def model(qapp, service: LineService, clock: FixedClock) -> LineTableModel:
    """A model over the service's lines, showing local times in Shanghai."""
    m = LineTableModel(clock, service.catalog, "en", local_zone=ZoneInfo("Asia/Shanghai"))
    m.set_lines(service.list_lines())
    return m


def reload(model: LineTableModel, service: LineService) -> None:
    model.set_lines(service.list_lines())


def text(model: LineTableModel, row: int, column: int, role: int = 0) -> object:
    return model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def test_model_passes_qt_model_tester(qtmodeltester, model, make_line, service) -> None:
    make_line("2026-11-25", balance_amount="1.25", balance_currency="KWD")
    make_line("2026-11-20", grace_days="30")
    make_line("2026-12-20", status="suspended", resume_on="2027-01-05")
    reload(model, service)
    qtmodeltester.check(model)


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


def test_urgency_is_not_colour_alone(model, make_line, service) -> None:
    make_line("2026-11-23")
    make_line("2027-06-01")
    reload(model, service)
    urgent = model.index(0, PHASE)
    assert model.timings()[0].urgency is Urgency.CRITICAL
    assert urgent.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert urgent.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon as well
    assert urgent.data() == "Expiring soon"  # and the word
    calm = model.index(1, PHASE)
    assert calm.data(Qt.ItemDataRole.BackgroundRole) is None


def test_archived_lines_are_in_italics_and_say_so(model, make_line, service, clock) -> None:
    make_line("2027-06-01", label="Kept")
    archived = make_line("2027-06-01", label="Old")
    service.archive(archived.id, clock())
    model.set_lines(service.list_lines(include_archived=True))
    rows = {text(model, row, LABEL): row for row in range(model.rowCount())}
    assert text(model, rows["Old"], LABEL, Qt.ItemDataRole.FontRole).italic()
    assert text(model, rows["Old"], PHASE) == "Active (archived)"
    assert text(model, rows["Kept"], LABEL, Qt.ItemDataRole.FontRole) is None


def test_a_view_paints_the_urgency_colours(qtbot, model, make_line, service) -> None:
    # The model gives QColors where Qt documents brushes: the view must still paint them.
    make_line("2026-11-23")
    reload(model, service)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 200)
    view.setColumnWidth(PHASE, 300)
    cell = view.visualRect(model.index(0, PHASE))
    image = view.viewport().grab().toImage()
    y = cell.center().y()
    background = QColor(model.index(0, PHASE).data(Qt.ItemDataRole.BackgroundRole)).name()
    assert image.pixelColor(cell.right() - 4, y).name() == background  # past the text
    # The word "Expiring soon" in its dark red, not in the palette's black: the darkest pixel
    # across the cell (anti-aliasing blends the rest) is red, not grey.
    assert QColor(model.index(0, PHASE).data(Qt.ItemDataRole.ForegroundRole)).name() == "#8a1c1c"
    darkest = min(
        (image.pixelColor(x, y) for x in range(cell.left(), cell.right())),
        key=lambda c: c.lightness(),
    )
    assert darkest.red() > darkest.green() + 40


def test_refresh_changes_only_the_countdown_column(qtbot, model, make_line, service, clock):
    make_line("2026-11-25", time_zone="Asia/Bangkok")
    make_line("2026-11-20", grace_days="30")
    make_line("2027-03-01")
    reload(model, service)
    changes: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changes.append((top, bottom)))
    clock.advance(hours=1)
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_countdowns()
    assert [(t.row(), t.column(), b.row(), b.column()) for t, b in changes] == [
        (0, COUNTDOWN, 2, COUNTDOWN)
    ]
    assert text(model, 0, COUNTDOWN) == "3 d 3 h"


def test_refresh_also_changes_phase_cells_whose_phase_changed(model, make_line, service, clock):
    make_line("2027-03-01")
    make_line("2026-11-22")  # ends at 20:59 UTC
    reload(model, service)
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, _bottom, _roles=(): changes.append((top.row(), top.column()))
    )
    clock.now = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)
    model.refresh_countdowns()
    assert changes == [(0, COUNTDOWN), (1, PHASE)]
    assert text(model, 1, PHASE) == "Expired — at risk"


def proxy_over(model: LineTableModel) -> LineFilterProxyModel:
    proxy = LineFilterProxyModel()
    proxy.setSourceModel(model)
    return proxy


def labels(proxy: LineFilterProxyModel) -> list[str]:
    return [proxy.index(r, LABEL).data() for r in range(proxy.rowCount())]


def test_proxy_sorts_most_urgent_first(model, make_line, service) -> None:
    make_line("2026-12-01", label="cancelled", status="cancelled")
    make_line("2027-06-01", label="calm")
    make_line("2026-10-01", label="past grace", grace_days="30")
    make_line("2026-11-27", label="within 7 days")
    make_line("2026-12-10", label="within 30 days")
    make_line("2026-12-01", label="suspended", status="suspended")
    make_line("2026-11-20", label="in grace", grace_days="30")
    make_line("2026-11-23", label="within 3 days")
    reload(model, service)
    proxy = proxy_over(model)
    assert proxy.sortColumn() == COUNTDOWN
    assert proxy.sortOrder() == Qt.SortOrder.AscendingOrder
    assert labels(proxy) == [
        "in grace",
        "within 3 days",
        "within 7 days",
        "within 30 days",
        "calm",
        "past grace",
        "suspended",
        "cancelled",
    ]
    proxy.sort(LABEL, Qt.SortOrder.AscendingOrder)
    assert labels(proxy)[0] == "calm"
    assert model.index(0, BALANCE).data(SortRole) is not None


def test_proxy_filters_on_digits_label_and_carrier(model, make_line, service) -> None:
    preset = next(c for c in service.catalog.carriers if c.country == "OM")
    make_line("2026-12-01", number="+965 9666 1234", label="Bank OTP")
    make_line("2026-12-01", number="+968 9212 3456", label="Muscat flat", carrier=preset.id)
    reload(model, service)
    proxy = proxy_over(model)

    def shown(query: str) -> list[str]:
        proxy.set_query(query)
        return sorted(labels(proxy))

    assert shown("") == ["Bank OTP", "Muscat flat"]
    assert shown("9666") == ["Bank OTP"]
    assert shown("96 66-12") == ["Bank OTP"]
    assert shown("+96896661234") == []
    assert shown("BANK") == ["Bank OTP"]
    assert shown(preset.name("en").upper()) == ["Muscat flat"]
    assert shown("nothing like it") == []
