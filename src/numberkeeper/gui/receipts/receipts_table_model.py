"""Receipts as a table: a thin adapter from core `Receipt`s to Qt roles.

The domain object is exposed through `ReceiptRole`; every column sorts through `SortRole`
(amounts by currency, then minor units, so KWD 9.500 sorts before KWD 10.000 and currencies
are never compared by value).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from numberkeeper.core.lines import Line
from numberkeeper.core.receipts import Channel, Receipt, ReceiptKind
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP
from numberkeeper.gui.common.bidi import fill, isolate, left_to_right

ModelIndex = QModelIndex | QPersistentModelIndex

DATE, LINE, KIND, AMOUNT, CHANNEL, REFERENCE, ATTACHMENT = range(7)
COLUMN_COUNT = 7

ReceiptRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

HEADERS: dict[int, str] = {
    DATE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Paid on"),
    LINE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Line"),
    KIND: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Kind"),
    AMOUNT: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Amount"),
    CHANNEL: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Channel"),
    REFERENCE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Reference"),
    ATTACHMENT: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Attachment"),
}

KIND_NAMES: dict[ReceiptKind, str] = {
    ReceiptKind.RENEWAL: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Renewal"),
    ReceiptKind.SUSPENSION_FEE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Suspension fee"),
    ReceiptKind.VOUCHER: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Voucher"),
    ReceiptKind.OTHER: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Other"),
}

CHANNEL_NAMES: dict[Channel, str] = {
    Channel.ONLINE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Website or app"),
    Channel.STORE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Store counter"),
    Channel.KIOSK: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Self-service kiosk"),
    Channel.VOUCHER: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Recharge voucher"),
    Channel.HOTLINE: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Hotline"),
    Channel.THIRD_PARTY: QT_TRANSLATE_NOOP("ReceiptsTableModel", "Third-party payment"),
}


def kind_name(kind: ReceiptKind) -> str:
    """A receipt kind in the interface language."""
    return QApplication.translate("ReceiptsTableModel", KIND_NAMES[kind])


def channel_name(channel: Channel) -> str:
    """A channel in the interface language."""
    return QApplication.translate("ReceiptsTableModel", CHANNEL_NAMES[channel])


def line_text(line: Line) -> str:
    """How a line is named in the receipts: its label, else its number for reading."""
    return isolate(line.fields.label or line.readable_number)


def paperclip_icon(palette: QPalette) -> QIcon:
    """A paperclip in the palette's text colour (themes rarely ship one offline)."""
    themed = QIcon.fromTheme(QIcon.ThemeIcon.MailAttachment)
    if not themed.isNull():
        return themed
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(palette.color(QPalette.ColorRole.Text), 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    # An outer loop and an inner one, drawn as one path like a bent wire.
    path = QPainterPath(QPointF(20, 10))
    path.lineTo(20, 24)
    path.arcTo(12, 20, 8, 8, 0, -180)
    path.lineTo(12, 7)
    path.arcTo(12, 2, 11, 11, 180, -180)
    path.lineTo(23, 23)
    path.arcTo(9, 17, 14, 14, 0, -180)
    path.lineTo(9, 12)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


class ReceiptsTableModel(QAbstractTableModel):
    """Rows are receipts; see the column constants above for what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._receipts: list[Receipt] = []
        self._lines: dict[int, Line] = {}
        self._clip: QIcon | None = None

    def set_receipts(self, receipts: list[Receipt], lines: Mapping[int, Line]) -> None:
        """Replace every row; `lines` names each receipt's line (archived ones included)."""
        self.beginResetModel()
        self._receipts = list(receipts)
        self._lines = dict(lines)
        self.endResetModel()

    def receipts(self) -> list[Receipt]:
        """The receipts shown, in row order."""
        return list(self._receipts)

    def row_of(self, receipt_id: int) -> int | None:
        """The row showing a receipt, if any."""
        for row, receipt in enumerate(self._receipts):
            if receipt.id == receipt_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per receipt; a table has no children."""
        return 0 if parent.isValid() else len(self._receipts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Translated column titles (the amount's right-aligned, like its cells)."""
        if orientation != Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows, for each role."""
        if not index.isValid() or not 0 <= index.row() < len(self._receipts):
            return None
        receipt = self._receipts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(receipt, column)
            return isolate(text) if text else text  # a number, a date, a label (#18)
        if role == ReceiptRole:
            return receipt
        if role == SortRole:
            return self._sort_key(receipt, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(receipt, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == ATTACHMENT
            and receipt.fields.attachment is not None
        ):
            if self._clip is None:
                self._clip = paperclip_icon(QApplication.palette())
            return self._clip
        return None

    def _display(self, receipt: Receipt, column: int) -> str | None:
        f = receipt.fields
        if column == DATE:
            return f.paid_on.isoformat()
        if column == LINE:
            line = self._lines.get(f.line_id)
            return line_text(line) if line else fill(self.tr("line {id}"), id=f.line_id)
        if column == KIND:
            return self.tr(KIND_NAMES[f.kind])
        if column == AMOUNT:
            return str(f.amount)
        if column == CHANNEL:
            return self.tr(CHANNEL_NAMES[f.channel]) if f.channel else ""
        if column == REFERENCE:
            return f.reference
        if column == ATTACHMENT:
            return f.attachment.original_name if f.attachment else ""
        return None

    def _sort_key(self, receipt: Receipt, column: int) -> Any:
        f = receipt.fields
        if column == DATE:
            return (f.paid_on.isoformat(), receipt.id)
        if column == AMOUNT:
            return (f.amount.currency, f.amount.minor)
        return (self._display(receipt, column) or "").casefold()

    def _tooltip(self, receipt: Receipt, column: int) -> str | None:
        f = receipt.fields
        if column == LINE:
            line = self._lines.get(f.line_id)
            return left_to_right(line.readable_number) if line else None
        if column == KIND and f.previous_expiry and f.new_expiry:
            return fill(
                self.tr("Expiry moved from {before} to {after}."),
                before=f.previous_expiry.isoformat(),
                after=f.new_expiry.isoformat(),
            )
        if column == REFERENCE:
            parts = [f.reference] if f.reference else []
            if f.payment_method:
                parts.append(fill(self.tr("Paid by {method}"), method=f.payment_method))
            if f.sms_confirmed:
                parts.append(self.tr("Confirmation SMS received"))
            if f.note:
                parts.append(f.note)
            return "\n".join(parts) or None
        if column == ATTACHMENT and f.attachment:
            return fill(
                self.tr("{name} ({size} KiB) — double-click to open"),
                name=f.attachment.original_name,
                size=max(1, round(f.attachment.size / 1024)),
            )
        return None


class ReceiptsSortProxy(QSortFilterProxyModel):
    """Sorts the receipts by `SortRole`, compared as Python values (tuples are not
    QVariant-comparable). Filtering is the service's, not this proxy's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        """Qt's hook: compare the two cells' sort keys."""
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
