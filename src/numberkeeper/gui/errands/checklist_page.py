"""One wizard page for one step of a checklist (core.checklists.StepSpec), built from its data.

The page lays out the step's field editors in a form, each with an error line under it, and
asks its wizard (through `check`) which errors the step's values have. Required fields that are
still empty keep Next (or Finish) disabled, and a hint under the form says which ones; any other
error stands under its field once the user has touched that field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from numberkeeper.core.checklists import StepSpec
from numberkeeper.core.errors import ErrorCode, FieldError
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.inline_errors import InlineErrors
from numberkeeper.gui.common.screen_fit import scrolling
from numberkeeper.gui.errands.checklist_texts import checklist_text
from numberkeeper.gui.errands.field_editor import FieldEditor

StepCheck = Callable[[StepSpec], list[FieldError]]


class ResumeBanner(QFrame):
    """ "Continue where you stopped" with a button to start the checklist over."""

    start_over = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.label = QLabel(
            self.tr("Continue where you stopped: your answers so far were kept."), self
        )
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Start over"), self)
        self.button.setToolTip(self.tr("Forget the saved answers and begin at the first step"))
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.start_over.emit)
        self.setVisible(False)


class ChecklistPage(QWizardPage):
    """The page of one step: `top` and `bottom` take extra widgets around the form."""

    entered = Signal(str)  # the wizard arrived on this page going forward (step id)

    def __init__(
        self,
        step: StepSpec,
        editors: dict[str, FieldEditor],
        check: StepCheck,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.editors = editors
        self._check = check
        self._refused: list[FieldError] = []
        self.last_step = False  # the hint says "finish" instead of "continue"
        # On the last page: the wizard's Finish (save through the services); False stays.
        self.finish: Callable[[], bool] | None = None
        self.setTitle(checklist_text(step.title))
        self.setSubTitle(checklist_text(step.help))

        self.banner = ResumeBanner(self)
        # What the line's own carrier says about this step (#16); hidden when it says nothing.
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setOpenExternalLinks(True)
        self.facts.setFrameShape(QFrame.Shape.StyledPanel)
        self.facts.setMargin(8)
        self.facts.setVisible(False)
        self.general_error = ErrorLabel(self)
        self.errors = InlineErrors(self.general_error)
        self.top = QVBoxLayout()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for spec in step.fields:
            editor = editors[spec.id]
            label = ""
            if not editor.has_own_label():
                label = fill(self.tr("{label}:"), label=checklist_text(spec.label))
            self.errors.add_row(self.form, label, editor, spec.id)
            editor.changed.connect(lambda f=spec.id: self._changed(f))
        self.bottom = QVBoxLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # A long step (a carrier's facts, a kiosk's guidance, errors) scrolls instead of
        # growing the wizard past a small screen (#16); what is missing stays in sight below.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.facts)
        column.addLayout(self.top)
        column.addLayout(self.form)
        column.addLayout(self.bottom)
        column.addStretch(1)
        self.scroll_area = scrolling(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scroll_area, 1)
        page.addWidget(self.general_error)
        page.addWidget(self.hint)

    def show_facts(self, rich_text: str) -> None:
        """Show the carrier's facts for this step (gui.checklist_texts.facts_html), or hide."""
        self.facts.setText(rich_text)
        self.facts.setVisible(bool(rich_text))

    def insert_row_after(self, field_id: str, label: str, widget: QWidget) -> None:
        """Put an extra row (e.g. quick amounts) under a field and its error line."""
        position: Any = self.form.getWidgetPosition(self.editors[field_id])
        self.form.insertRow(int(position[0]) + 2, label, widget)

    def _changed(self, field_id: str) -> None:
        self.errors.touch(field_id)
        self._refused = []
        self.refresh()

    def show_refused(self, errors: list[FieldError]) -> None:
        """Show errors the service refused the finished checklist with, until the next edit."""
        self._refused = list(errors)
        for error in errors:
            self.errors.touch(error.field)
        self.refresh()
        self.errors.focus_first(errors, list(self.editors))

    def current_errors(self) -> list[FieldError]:
        """Every error of the step's values now, refused ones included."""
        seen: set[tuple[str, ErrorCode]] = set()
        unique: list[FieldError] = []
        for error in self._check(self.step) + self._refused:
            if (error.field, error.code) not in seen:
                seen.add((error.field, error.code))
                unique.append(error)
        return unique

    def refresh(self) -> None:
        """Re-check the values: error lines, the hint, and whether Next is enabled."""
        errors = self.current_errors()
        # An empty required field is not an error to paint red; the hint names it instead.
        shown = [e for e in errors if e.code is not ErrorCode.REQUIRED or e in self._refused]
        self.errors.show(shown)
        missing = [e.field for e in errors if e.code is ErrorCode.REQUIRED]
        labels = [checklist_text(spec.label) for spec in self.step.fields if spec.id in missing]
        if labels and self.last_step:
            # The list separator is a translation too: Chinese joins with "、".
            text = fill(
                self.tr("Still needed to finish: {fields}"), fields=self.tr(", ").join(labels)
            )
        elif labels:
            text = fill(
                self.tr("Still needed to continue: {fields}"), fields=self.tr(", ").join(labels)
            )
        elif errors and self.last_step:
            text = self.tr("Correct the values marked above to finish.")
        elif errors:
            text = self.tr("Correct the values marked above to continue.")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next/Finish is enabled when the step's values have no error and nothing is missing."""
        return not self.current_errors()

    def initializePage(self) -> None:
        """Arriving going forward: let the wizard fill computed content, then re-check."""
        self.entered.emit(self.step.id)
        self.refresh()

    def validatePage(self) -> bool:
        """Next/Finish clicked: show every error of the step, and go on only without any."""
        self.errors.touch_all()
        self.refresh()
        if self.current_errors():
            return False
        return self.finish() if self.finish is not None else True
