"""The workbook export's words in the interface language (#18).

`services.workbook_exports` heads its columns and names its sheets in English unless it is
given a `WorkbookTexts`; the window passes these, so a Chinese interface exports Chinese
headers (the CSV keeps its English ones, which the import reads). translate() is thread-safe,
but these are built on the GUI thread, before the export starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP, carrier_language, normalise_language

if TYPE_CHECKING:  # the export module loads XlsxWriter: only when an export runs
    from numberkeeper.services.workbook_exports import WorkbookTexts

_CONTEXT = "WorkbookExport"
_CURRENCY = QT_TRANSLATE_NOOP("WorkbookExport", "Currency")

_RECEIPT_HEADERS = {
    "date": QT_TRANSLATE_NOOP("WorkbookExport", "Paid on"),
    "line_label": QT_TRANSLATE_NOOP("WorkbookExport", "Line"),
    "number": QT_TRANSLATE_NOOP("WorkbookExport", "Number"),
    "carrier": QT_TRANSLATE_NOOP("WorkbookExport", "Carrier"),
    "country": QT_TRANSLATE_NOOP("WorkbookExport", "Country"),
    "kind": QT_TRANSLATE_NOOP("WorkbookExport", "Kind"),
    "amount": QT_TRANSLATE_NOOP("WorkbookExport", "Amount"),
    "currency": QT_TRANSLATE_NOOP("WorkbookExport", "Currency"),
    "channel": QT_TRANSLATE_NOOP("WorkbookExport", "Channel"),
    "payment_method": QT_TRANSLATE_NOOP("WorkbookExport", "Payment method"),
    "reference": QT_TRANSLATE_NOOP("WorkbookExport", "Reference"),
    "new_expiry": QT_TRANSLATE_NOOP("WorkbookExport", "New expiry"),
    "note": QT_TRANSLATE_NOOP("WorkbookExport", "Note"),
    "attachment": QT_TRANSLATE_NOOP("WorkbookExport", "Attachment"),
}

_LINE_HEADERS = {
    "number": QT_TRANSLATE_NOOP("WorkbookExport", "Number"),
    "expires": QT_TRANSLATE_NOOP("WorkbookExport", "Expires"),
    "label": QT_TRANSLATE_NOOP("WorkbookExport", "Label"),
    "carrier": QT_TRANSLATE_NOOP("WorkbookExport", "Carrier"),
    "kind": QT_TRANSLATE_NOOP("WorkbookExport", "Kind"),
    "plan": QT_TRANSLATE_NOOP("WorkbookExport", "Plan"),
    "time_zone": QT_TRANSLATE_NOOP("WorkbookExport", "Time zone"),
    "grace_days": QT_TRANSLATE_NOOP("WorkbookExport", "Grace days"),
    "keep_alive_days": QT_TRANSLATE_NOOP("WorkbookExport", "Keep-alive every (days)"),
    "keep_alive_counts": QT_TRANSLATE_NOOP("WorkbookExport", "Keep-alive counts"),
    "balance": QT_TRANSLATE_NOOP("WorkbookExport", "Balance"),
    "currency": QT_TRANSLATE_NOOP("WorkbookExport", "Currency"),
    "balance_checked_on": QT_TRANSLATE_NOOP("WorkbookExport", "Balance checked on"),
    "status": QT_TRANSLATE_NOOP("WorkbookExport", "Status"),
    "resume_on": QT_TRANSLATE_NOOP("WorkbookExport", "Resume on"),
    "linked_accounts": QT_TRANSLATE_NOOP("WorkbookExport", "Linked accounts"),
    "notes": QT_TRANSLATE_NOOP("WorkbookExport", "Notes"),
    "portal_user": QT_TRANSLATE_NOOP("WorkbookExport", "Portal user"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _texts(
    sheet: str, totals: str, headers: dict[str, str], count: str, total: str
) -> WorkbookTexts:
    from numberkeeper.services.workbook_exports import WorkbookTexts

    return WorkbookTexts(
        sheet=_tr(sheet),
        totals_sheet=_tr(totals),
        headers={column: _tr(text) for column, text in headers.items()},
        totals_headers=(_tr(_CURRENCY), _tr(count), _tr(total)),
        language=carrier_language(normalise_language(QLocale())),
    )


def receipt_workbook_texts() -> WorkbookTexts:
    """The receipts workbook's sheet names and headers, in the interface language."""
    return _texts(
        QT_TRANSLATE_NOOP("WorkbookExport", "Receipts"),
        QT_TRANSLATE_NOOP("WorkbookExport", "Totals"),
        _RECEIPT_HEADERS,
        QT_TRANSLATE_NOOP("WorkbookExport", "Receipts"),
        QT_TRANSLATE_NOOP("WorkbookExport", "Total"),
    )


def line_workbook_texts() -> WorkbookTexts:
    """The lines workbook's sheet names and headers, in the interface language."""
    return _texts(
        QT_TRANSLATE_NOOP("WorkbookExport", "Lines"),
        QT_TRANSLATE_NOOP("WorkbookExport", "Balances"),
        _LINE_HEADERS,
        QT_TRANSLATE_NOOP("WorkbookExport", "Lines"),
        QT_TRANSLATE_NOOP("WorkbookExport", "Balance"),
    )


def sheets_right_to_left() -> bool:
    """Whether the sheets read right to left: when the interface does (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
