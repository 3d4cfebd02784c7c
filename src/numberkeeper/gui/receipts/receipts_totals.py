"""The words under the receipts table: the totals of what it shows, or why it shows nothing.

An empty table has two causes a user must tell apart: no receipt has been recorded yet (then
say how to record one), or the filters hide every receipt there is (then say so) (#16).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import Receipt, totals_by_currency_and_year
from numberkeeper.gui.common.bidi import fill, isolate


def totals_text(shown: list[Receipt], any_stored: bool) -> str:
    """One line per year, newest first ("2026 · KWD 35.500 · OMR 3.000"), or, when nothing is
    shown, whether there are no receipts at all (`any_stored` false) or the filters hide them."""
    if not shown:
        if not any_stored:
            return QCoreApplication.translate(
                "ReceiptsTotals",
                "No receipts yet. Record a payment with Add receipt…; "
                "renewing a line records its receipt here too.",
            )
        return QCoreApplication.translate("ReceiptsTotals", "No receipts match these filters.")
    by_year: dict[int, list[Money]] = {}
    for (_currency, year), money in totals_by_currency_and_year(shown).items():
        by_year.setdefault(year, []).append(money)
    separator = QCoreApplication.translate("ReceiptsTotals", " · ")
    return "\n".join(
        # "2026年" in Chinese: a bare year reads as a number there (#16).
        separator.join(
            [
                fill(QCoreApplication.translate("ReceiptsTotals", "{year}", "a year"), year=year),
                *map(isolate, by_year[year]),
            ]
        )
        for year in sorted(by_year, reverse=True)
    )
