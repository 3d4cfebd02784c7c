"""The line table model (rows, refreshes, sorting) and its filter proxy, without any view;
the model and the helpers come from line_table_support.py."""

from __future__ import annotations

from datetime import UTC, datetime

from line_table_support import model_fixture, reload, text  # noqa: F401 (model_fixture: the model)
from PySide6.QtCore import QModelIndex, Qt

from numberkeeper.gui.main.line_cells import BALANCE, COUNTDOWN, LABEL, PHASE
from numberkeeper.gui.main.line_filter_proxy import LineFilterProxyModel
from numberkeeper.gui.main.line_roles import SortRole
from numberkeeper.gui.main.line_table_model import LineTableModel


def test_model_passes_qt_model_tester(qtmodeltester, model, make_line, service) -> None:
    make_line("2026-11-25", balance_amount="1.25", balance_currency="KWD")
    make_line("2026-11-20", grace_days="30")
    make_line("2026-12-20", status="suspended", resume_on="2027-01-05")
    reload(model, service)
    qtmodeltester.check(model)


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
