"""The preview of a lines CSV before anything is imported (#5).

Every row of the file is listed with what will happen to it. Rows the services refused are
highlighted and each refusal is named by row and column ("row 7, expires: 31/02/2026 is not a
date"); columns the app does not know and required columns the file lacks are listed above the
table. Rows whose number is already kept are shown, and the user chooses to skip or merge them.
Import stays disabled while anything is refused; nothing is written until the user presses it,
and then the services write every row in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.gui.app.i18n import carrier_language, normalise_language
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill, isolate
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import field_error_text, write_error_text
from numberkeeper.gui.common.screen_fit import fit_into_screen
from numberkeeper.gui.common.text_edit import ReadingSideEdit
from numberkeeper.gui.main.line_cells import LineCells
from numberkeeper.services.container import Services

if TYPE_CHECKING:
    from numberkeeper.services.line_import import (
        CellError,
        DuplicatePolicy,
        ImportPreview,
        ImportRow,
    )

ROW, NUMBER, LABEL, CARRIER, EXPIRES, STATUS = range(6)


def _refused_background(palette: QPalette) -> QColor:
    """A pale red behind refused rows that keeps the text readable in light and dark themes."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#5a1f1f") if dark else QColor("#fde2e1")


class ImportLinesDialog(QDialog):
    """Shows an ImportPreview; on Import writes it and emits `imported(ImportResult)`."""

    imported = Signal(object)

    def __init__(
        self,
        services: Services,
        clock: Clock,
        source: Path,
        preview: ImportPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.source = source
        self.preview = preview
        self.setWindowTitle(fill(self.tr("Import lines from {name}"), name=source.name))

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.missing_label = ErrorLabel(self)
        self.unknown_label = QLabel(self)
        self.unknown_label.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.errors_view = ReadingSideEdit(self)
        self.errors_view.setReadOnly(True)
        self.errors_view.setMaximumHeight(110)
        self.duplicates_box = QGroupBox(self.tr("Numbers already kept"), self)
        self.skip_radio = QRadioButton(self.tr("&Skip these rows (keep the lines as they are)"))
        self.merge_radio = QRadioButton(
            self.tr("&Merge into the kept lines (the file's non-empty values replace theirs)")
        )
        self.skip_radio.setChecked(True)
        self.policy_group = QButtonGroup(self)
        self.policy_group.addButton(self.skip_radio)
        self.policy_group.addButton(self.merge_radio)
        box_layout = QVBoxLayout(self.duplicates_box)
        box_layout.addWidget(self.skip_radio)
        box_layout.addWidget(self.merge_radio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        self.skip_radio.toggled.connect(lambda _checked: self._fill_statuses())

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.unknown_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors_view)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.buttons)

        self._fill()
        fit_into_screen(self, QSize(900, 560))  # a small screen's available area at most (#16)

    # -- what the preview says --------------------------------------------------------------

    def cell_error_text(self, error: CellError) -> str:
        """ "row 7, expires: 31/02/2026 is not a date"."""
        message = field_error_text(error.error) if error.error is not None else error.message
        return fill(
            self.tr("row {row}, {column}: {message}"),
            row=error.row,
            column=error.column,
            message=message,
        )

    def error_texts(self) -> list[str]:
        """Every refusal in the file, in row order."""
        return [self.cell_error_text(e) for row in self.preview.rows for e in row.errors]

    def warning_texts(self) -> list[str]:
        """What is imported but should be checked (#13), in row order."""
        return [self.cell_error_text(w) for w in self.preview.warnings]

    def duplicate_rows(self) -> list[ImportRow]:
        """The rows whose number is already kept (and that have no errors of their own)."""
        return [r for r in self.preview.rows if r.duplicate_of is not None and not r.errors]

    def can_import(self) -> bool:
        """Import only a file with every required column, no refused row, and a row to add."""
        p = self.preview
        return not p.missing_required and not any(r.errors for r in p.rows) and bool(p.rows)

    def policy(self) -> DuplicatePolicy:
        """What the user chose for the numbers already kept."""
        from numberkeeper.services.line_import import DuplicatePolicy

        return DuplicatePolicy.MERGE if self.merge_radio.isChecked() else DuplicatePolicy.SKIP

    # -- filling ----------------------------------------------------------------------------

    def _fill(self) -> None:
        p = self.preview
        refused = sum(1 for r in p.rows if r.errors)
        duplicates = len(self.duplicate_rows())
        parts = [
            fill(self.tr("%n row(s) read from {name}.", "", len(p.rows)), name=self.source.name)
        ]
        if refused:
            parts.append(
                self.tr("%n row(s) with errors: fix the file and import it again.", "", refused)
            )
        if duplicates:
            parts.append(self.tr("%n number(s) already kept.", "", duplicates))
        if p.warnings and not refused:
            parts.append(
                self.tr(
                    "%n number(s) not in the numbering plan known to this version: they will be "
                    "imported; check them.",
                    "",
                    len(p.warnings),
                )
            )
        if not p.rows:
            parts.append(self.tr("There is nothing to import."))
        elif not refused and not p.missing_required:
            parts.append(self.tr("Nothing is written until you press Import."))
        # One sentence a line: no separator to translate (Chinese puts no space between).
        self.summary_label.setText("\n".join(parts))
        self.missing_label.show_messages(
            [
                fill(
                    self.tr("The file has no “{column}” column, which is required."), column=column
                )
                for column in p.missing_required
            ]
        )
        self.unknown_label.setText(
            fill(
                self.tr(
                    "Columns NumberKeeper does not know, ignored: {columns}"
                ),  # The list separator is a translation too: Chinese joins with "、".
                columns=self.tr(", ").join(p.unknown_columns),
            )
        )
        self.unknown_label.setVisible(bool(p.unknown_columns))

        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Number"),
                self.tr("Label"),
                self.tr("Carrier"),
                self.tr("Expires"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setRowCount(len(p.rows))
        background = QBrush(_refused_background(self.palette()))
        # The carrier as the main table will show it (#16): the preset the row resolves to in
        # its number's country ("zain" on a Kuwaiti number is "Zain · Kuwait"), by name and
        # country; a refused row's as typed, a preset id by its name.
        language = normalise_language(QLocale())
        catalog = self.services.lines.catalog
        words = LineCells(catalog, language)
        for index, row in enumerate(p.rows):
            carrier = (
                words.carrier_words(row.fields)
                if row.fields is not None
                else catalog.display_name(row.typed.carrier, carrier_language(language))
            )
            cells = [
                str(row.row),
                row.typed.number,
                row.typed.label,
                carrier,
                row.typed.expires,
                "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(isolate(text))  # a number as typed (#18)
                if column == ROW:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.errors:
                    item.setBackground(background)
                self.table.setItem(index, column, item)
        self._fill_statuses()
        # The status takes the width left, its title at its left edge: fitted to its longest
        # sentence, its title was centred out of sight and the table scrolled sideways (#16);
        # each sentence is in its tooltip, and the refusals are listed whole below.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(STATUS):
            self.table.resizeColumnToContents(column)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        notes = self.error_texts() or self.warning_texts()
        self.errors_view.setPlainText("\n".join(notes))
        self.errors_view.setVisible(bool(notes))
        self.duplicates_box.setVisible(bool(duplicates))
        self.import_button.setEnabled(self.can_import())
        if not self.can_import():
            self.import_button.setToolTip(
                self.tr("Fix the errors listed here in the file, then import it again.")
            )

    def status_text(self, row: ImportRow) -> str:
        """What will happen to one row, or why it is refused."""
        if row.errors:
            return "; ".join(self.cell_error_text(e) for e in row.errors)
        if row.duplicate_of is not None:
            kept = self._kept_name(row.duplicate_of)
            if self.merge_radio.isChecked():
                return fill(self.tr("Already kept as “{line}”: will be merged"), line=kept)
            return fill(self.tr("Already kept as “{line}”: will be skipped"), line=kept)
        if row.warnings:
            return fill(
                self.tr("New line; check: {warning}"),
                warning="; ".join(field_error_text(w.error) for w in row.warnings if w.error),
            )
        return self.tr("New line")

    def _kept_name(self, line_id: int) -> str:
        try:
            return self.services.lines.get(line_id).display_name
        except NumberKeeperError:
            return str(line_id)

    def _fill_statuses(self) -> None:
        for index, row in enumerate(self.preview.rows):
            item = self.table.item(index, STATUS)
            if item is not None:
                text = self.status_text(row)
                item.setText(text)
                item.setToolTip(text)

    # -- importing --------------------------------------------------------------------------

    def _import(self) -> None:
        if not self.can_import():
            return
        from numberkeeper.services import line_import

        try:
            result = line_import.import_lines(
                self.services,
                self.preview,
                self.policy(),
                self.clock(),
            )
        except NumberKeeperError as e:
            # One transaction: nothing was imported.
            prompts.error(self, self.tr("Nothing was imported"), write_error_text(e))
            return
        self.imported.emit(result)
        self.accept()
