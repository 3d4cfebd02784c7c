"""The receipts window: every payment, filtered by line, dates and currency, with totals.

Filtering is the service's (`ReceiptFilter`, done in SQL); the proxy model only sorts. Totals are
per currency per year and never mix currencies. Deleting a renewal receipt asks separately
whether to roll the line's expiry back — the answer is never assumed. What the window writes is
told on the one change signal (gui/common/changes.py), and the window reloads once for every
change to receipts or lines, wherever it was made (a renewal in the main window, #14).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.core.receipts import Receipt, ReceiptKind
from numberkeeper.gui.app.icons import themed_icon
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.column_fit import ColumnFitter
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.common.mnemonics import toolbar_text
from numberkeeper.gui.common.screen_fit import fit_into_screen
from numberkeeper.gui.data.export_runner import (
    BackgroundTask,
)
from numberkeeper.gui.receipts.receipt_dialog import ReceiptDialog
from numberkeeper.gui.receipts.receipt_filter_bar import ReceiptFilterBar
from numberkeeper.gui.receipts.receipts_export import export_receipts
from numberkeeper.gui.receipts.receipts_table_model import (
    ATTACHMENT,
    DATE,
    LINE,
    ReceiptRole,
    ReceiptsSortProxy,
    ReceiptsTableModel,
    line_text,
)
from numberkeeper.gui.receipts.receipts_totals import totals_text
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services
from numberkeeper.services.receipts import ReceiptResult

ModelIndex = QModelIndex | QPersistentModelIndex


class PaddedDelegate(QStyledItemDelegate):
    """Draws cells with air on both sides, so a right-aligned amount does not touch the
    left-aligned channel next to it."""

    PADDING = 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Qt's hook: paint the background across the cell, the contents inside the padding."""
        padded = QStyleOptionViewItem(option)
        padded.rect = option.rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        super().paint(painter, padded, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Qt's hook: the contents' size plus the padding."""
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PADDING, size.height())


class ReceiptsWindow(QMainWindow):
    """Receipts of every line (or one), their totals, and open / add / edit / delete."""

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.language = language
        self.changes = change_signal(services)
        self.setWindowTitle(self.tr("Receipts"))
        self.model = ReceiptsTableModel(self)
        self.proxy = ReceiptsSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._create_actions()
        self.filters = ReceiptFilterBar(lambda: self.clock().astimezone().date(), self)
        self.filters.changed.connect(lambda: self.reload())
        self._create_table()
        self.totals_title = QLabel(self.tr("Totals:"), self)
        font = self.totals_title.font()
        font.setBold(True)
        self.totals_title.setFont(font)
        self.totals_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.totals_label = QLabel(self)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        totals = QHBoxLayout()
        totals.addWidget(self.totals_title)
        totals.addWidget(self.totals_label, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)
        self.setCentralWidget(central)
        self.reload_choices()
        self.filters.select_line(line_id)
        self.reload()
        self.changes.changed.connect(self._on_changes)
        fit_into_screen(self, QSize(980, 520))  # a small screen's available area at most (#16)

    # -- building ---------------------------------------------------------------------------

    def _action(self, text: str, icon: QIcon.ThemeIcon | None = None) -> QAction:
        action = QAction(text, self)
        action.setIconText(toolbar_text(text))  # no "(A)" beside a toolbar button (#16)
        if icon is not None:
            action.setIcon(themed_icon(icon))
        return action

    def _create_actions(self) -> None:
        self.add_action = self._action(self.tr("&Add receipt…"), QIcon.ThemeIcon.ListAdd)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.setToolTip(self.tr("Record a voucher, a fee or another payment"))
        self.add_action.triggered.connect(self.add_receipt)
        self.open_action = self._action(self.tr("&Open attachment"), QIcon.ThemeIcon.DocumentOpen)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_attachment)
        self.edit_action = self._action(self.tr("&Edit…"), QIcon.ThemeIcon.DocumentProperties)
        self.edit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.edit_action.triggered.connect(self.edit_receipt)
        self.delete_action = self._action(self.tr("&Delete…"), QIcon.ThemeIcon.EditDelete)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the table has the focus: Delete also edits the date filters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_receipt)
        self.export_action = self._action(self.tr("E&xport…"), QIcon.ThemeIcon.DocumentSaveAs)
        self.export_action.setToolTip(
            self.tr("Save the receipts the filters show as a CSV file or an Excel workbook")
        )
        self.export_action.triggered.connect(self.export_csv)
        toolbar = QToolBar(self.tr("Receipts"), self)
        toolbar.setObjectName("receiptsToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.add_action, self.open_action, self.edit_action])
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    def _create_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(PaddedDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        # Columns follow their contents at every reload, the line's name takes the spare (#16).
        self.column_fitter = ColumnFitter(self.table, LINE)
        self.table.addAction(self.delete_action)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # -- contents ---------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Refill the line and currency filters, keeping what is chosen."""
        lines = self.services.lines.list_lines(include_archived=True)
        self._lines = {line.id: line for line in lines}
        used = sorted({r.fields.amount.currency for r in self.services.receipts.iter()})
        self._any_receipts = bool(used)  # every receipt has a currency
        self.filters.set_choices(lines, used)

    def reload(self, select_id: int | None = None) -> None:
        """Read the receipts the filters ask for again, keeping (or moving) the selection."""
        if select_id is None:
            current = self.selected_receipt()
            select_id = current.id if current else None
        receipts = self.services.receipts.list(self.filters.current_filter())
        self.model.set_receipts(receipts, self._lines)
        self.totals_label.setText(totals_text(receipts, self._any_receipts))
        self.export_action.setEnabled(bool(receipts))  # the file has what the table shows
        if select_id is not None:
            self.select_receipt(select_id)
        self._update_actions()

    def selected_receipt(self) -> Receipt | None:
        """The receipt of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        receipt = rows[0].data(ReceiptRole) if rows else None
        return receipt if isinstance(receipt, Receipt) else None

    def select_receipt(self, receipt_id: int) -> bool:
        """Select and show a receipt's row, if the filters show it."""
        row = self.model.row_of(receipt_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Read the filters' choices and the receipts again."""
        self.reload_choices()
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        # The receipts, and the lines' names in them and in the line filter.
        if changes.touches(Kind.RECEIPTS, Kind.LINES):
            self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def open_attachment(self) -> None:
        """Open the selected receipt's stored file; a missing or unreadable one is reported."""
        receipt = self.selected_receipt()
        if receipt is None or receipt.fields.attachment is None:
            return
        path = self.services.receipts.attachment_path(receipt)
        assert path is not None
        name = receipt.fields.attachment.original_name
        title = self.tr("Cannot open the attachment")
        try:
            with path.open("rb"):
                pass
        except OSError as e:
            prompts.error(
                self,
                title,
                fill(
                    self.tr(
                        "The stored copy of “{name}” cannot be read: {reason}.\n\nIt should be at "
                        "{path}. Restore it from a backup, or attach the file again with Edit…."
                    ),
                    name=name,
                    reason=e.strerror or str(e),
                    path=str(path),
                ),
            )
            return
        if not prompts.open_with_system_viewer(path):
            prompts.error(
                self,
                title,
                fill(
                    self.tr("No program on this computer opened “{name}”. The file is at {path}."),
                    name=name,
                    path=str(path),
                ),
            )

    def add_receipt(self) -> ReceiptDialog | None:
        """Record a payment that is not a renewal, for the filtered line if there is one."""
        if not self._lines:
            prompts.info(self, self.tr("Add receipt"), self.tr("Add a line first."))
            return None
        return self._open_dialog(None, self.filters.line_id())

    def edit_receipt(self) -> ReceiptDialog | None:
        """Edit the selected receipt; the dialog opened (window-modal), if any."""
        receipt = self.selected_receipt()
        return self._open_dialog(receipt, None) if receipt is not None else None

    def _open_dialog(self, receipt: Receipt | None, line_id: int | None) -> ReceiptDialog:
        dialog = ReceiptDialog(self.services, self.clock, self.language, receipt, line_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.open()
        return dialog

    def _on_saved(self, result: ReceiptResult) -> None:
        self.changes.tell(result.changes)  # this window reloads once, with the other views
        self.select_receipt(result.receipt.id)

    def delete_receipt(self) -> None:
        """Delete the selected receipt after asking; for a renewal, ask about the expiry too."""
        receipt = self.selected_receipt()
        if receipt is None:
            return
        f = receipt.fields
        line = self._lines.get(f.line_id)
        name = line_text(line) if line else str(f.line_id)
        question = fill(
            self.tr("Delete the receipt of {amount} paid on {date} for “{line}”?"),
            amount=str(f.amount),
            date=f.paid_on.isoformat(),
            line=name,
        )
        renewal = f.kind is ReceiptKind.RENEWAL and f.previous_expiry and f.new_expiry
        can_roll_back = bool(renewal and line and line.fields.expires_on == f.new_expiry)
        if renewal and not can_roll_back and line is not None:
            question += "\n\n" + fill(
                self.tr(
                    "The line's expiry has changed since this renewal (it is now {now}); "
                    "it stays as it is."
                ),
                now=line.fields.expires_on.isoformat(),
            )
        if not prompts.confirm(self, self.tr("Delete receipt"), question):
            return
        roll_back = False
        if can_roll_back and f.previous_expiry and f.new_expiry:
            roll_back = prompts.confirm(
                self,
                self.tr("Roll the expiry back?"),
                fill(
                    self.tr(
                        "This renewal moved the expiry of “{line}” from {before} to {after}.\n\n"
                        "Yes: set the expiry back to {before} (the renewal did not happen).\n"
                        "No: keep {after} (only the receipt is deleted)."
                    ),
                    line=name,
                    before=f.previous_expiry.isoformat(),
                    after=f.new_expiry.isoformat(),
                ),
            )
        try:
            changes = self.services.receipts.delete(
                receipt.id, self.clock(), roll_back_expiry=roll_back
            )
        except NumberKeeperError as e:
            prompts.error(self, self.tr("The receipt was not deleted"), write_error_text(e))
            self.refresh()  # deleted or changed elsewhere: show how it stands
            return
        self.changes.tell(changes)

    def export_csv(self) -> BackgroundTask | None:
        """Write exactly the receipts the filters show to a CSV or a workbook the user picks."""
        return export_receipts(self, self.services, self.clock, self.filters.current_filter())

    def _on_double_click(self, index: QModelIndex) -> None:
        receipt = index.data(ReceiptRole)
        if not isinstance(receipt, Receipt):
            return
        if index.column() == ATTACHMENT and receipt.fields.attachment is not None:
            self.open_attachment()
        else:
            self.edit_receipt()

    def _update_actions(self) -> None:
        receipt = self.selected_receipt()
        self.edit_action.setEnabled(receipt is not None)
        self.delete_action.setEnabled(receipt is not None)
        self.open_action.setEnabled(receipt is not None and receipt.fields.attachment is not None)
