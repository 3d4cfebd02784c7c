"""The receipt dialog's hints hold for a line of any country (#16)."""

from __future__ import annotations

import pytest

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.receipts.receipt_dialog import ReceiptDialog
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

# Payment networks of one country: a hint naming one speaks to that country's lines only.
NATIONAL_NETWORKS = ("K-Net", "KNET", "OmanNet", "BENEFIT", "mada", "UnionPay")


def test_the_payment_method_hint_names_no_one_countrys_network(
    qtbot, services: Services, clock: FixedClock, make_line
) -> None:
    # Seen in a walk: "e.g. K-Net, cash, credit card" (Kuwait's card network) on the
    # receipts of an Omani, a Chinese and a US line alike.
    lines = [
        make_line("2026-12-01", number="+965 9666 1234", carrier="kw-zain"),
        make_line("2026-12-01", number="+968 9212 3456", carrier="om-omantel"),
        make_line("2026-12-01", number="+86 138 1234 5678", carrier="cn-china-mobile"),
    ]
    hints = set()
    for line in lines:
        dialog = ReceiptDialog(services, clock, "en", None, line.id)
        qtbot.addWidget(dialog)
        hints.add(dialog.method_edit.placeholderText())
    assert len(hints) == 1
    hint = hints.pop()
    assert hint
    assert not [n for n in NATIONAL_NETWORKS if n.casefold() in hint.casefold()]
