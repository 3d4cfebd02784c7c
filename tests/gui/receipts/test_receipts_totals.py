"""The words under the receipts table when it is empty: none recorded yet, or all filtered out."""

from __future__ import annotations

from datetime import date

import pytest

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def test_no_receipts_at_all_says_none_yet_and_how_to_add_one(
    qtbot, services: Services, clock: FixedClock, make_line
) -> None:
    # Seen in a walk: an empty store said "No receipts match these filters." with none set.
    line = make_line("2026-12-01")
    window = ReceiptsWindow(services, clock, "en")
    qtbot.addWidget(window)
    empty = window.totals_label.text()
    assert "match" not in empty
    assert "No receipts yet" in empty
    assert "Add receipt" in empty

    window.filters.from_field.setText("2030-01-01")  # a filter hides nothing that exists
    assert window.totals_label.text() == empty

    fields = ReceiptFields(line.id, date(2026, 11, 1), ReceiptKind.VOUCHER, Money(3000, "KWD"))
    services.receipts.add(fields, clock())
    window.refresh()
    assert window.totals_label.text() == "No receipts match these filters."
    window.filters.from_field.setText("")
    assert window.totals_label.text() == "2026 · KWD 3.000"
