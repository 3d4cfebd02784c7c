"""The Add line / Edit line dialog.

Every value is kept as typed (a `LineInput`) and validated by the core's `validate_line`, so the
dialog and the CLI refuse exactly the same things. Each field has its own error line under it:
a field's errors show once the user has changed it, and all of them on Save. What the service
refuses on Save (e.g. a number already kept) is shown the same way, and the dialog stays open
with everything that was typed.

A second tab holds the portal user name (saved with the line) and, for a saved line, its
secrets in the OS keyring (`SecretsPanel`, given `secrets`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.errors import FieldError, NumberKeeperError, ValidationError
from numberkeeper.core.lines import Line
from numberkeeper.core.validation import (
    LineInput,
    input_from_fields,
    number_warnings,
    read_number,
    validate_line,
)
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.elsewhere import changed_elsewhere_text
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.common.screen_fit import fit_into_screen, scrolling
from numberkeeper.gui.lines.line_form import FIELD_ORDER, LineForm
from numberkeeper.gui.secrets.panel import SecretsPanel
from numberkeeper.services.lines import LineService
from numberkeeper.services.secrets import SecretsService


class LineDialog(QDialog):
    """Add a line (`line` is None) or edit one; emits `saved` with the service's LineResult (the
    stored line and what changed), then accepts."""

    saved = Signal(object)

    def __init__(
        self,
        service: LineService,
        catalog: CarrierCatalog,
        clock: Clock,
        language: str,
        line: Line | None = None,
        parent: QWidget | None = None,
        secrets: SecretsService | None = None,
        secrets_panel: SecretsPanel | None = None,
    ) -> None:
        """`secrets`: the keyring use cases (None: the portal user name only); `secrets_panel`
        replaces the default panel (tests shorten its timers)."""
        super().__init__(parent)
        self._service = service
        self._catalog = catalog
        self._clock = clock
        self._line = line
        self.setWindowTitle(self.tr("Edit line") if line else self.tr("Add line"))
        self.form = LineForm(catalog, language, lambda: clock().astimezone().date())
        if line is not None:
            self.form.default_checked_today = False
            # The number as the table writes it (+965 9000 1234), not as stored (#16).
            typed = replace(input_from_fields(line.fields), number=line.readable_number)
            self.form.set_input(typed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.secrets_panel = secrets_panel or SecretsPanel(
            secrets,
            clock,
            line.id if line else None,
            line.fields.portal_user if line else "",
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # A long form scrolls instead of growing past the screen (#16).
        self.tabs.addTab(scrolling(self.form), self.tr("Line"))
        self.tabs.addTab(self.secrets_panel, self.tr("Portal && secrets"))
        layout = QVBoxLayout(self)
        self.elsewhere_label = ErrorLabel(self)  # the line changed under the dialog (#15)
        layout.addWidget(self.elsewhere_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        form = self.form.sizeHint()
        chrome = self.buttons.sizeHint().height() + self.tabs.tabBar().sizeHint().height()
        fit_into_screen(self, QSize(form.width() + 48, form.height() + chrome + 48))
        self.form.edited.connect(self._edited)
        self.form.finished.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self._cancel)
        self.form.number_edit.setFocus()
        self._as_opened = self.line_input()  # Cancel asks before throwing changes away (#16)

    def notice_changes_elsewhere(self) -> None:
        """Another program wrote to the database: say above the form if it changed (or
        deleted) the line this dialog edits (#15)."""
        if self._line is not None:
            text = changed_elsewhere_text(self._service, self._line)
            self.elsewhere_label.show_messages([text] if text else [])

    def may_discard(self) -> bool:
        """Whether typed or changed values may be thrown away: asks when there are some (#16)."""
        if self.line_input() == self._as_opened:
            return True
        return prompts.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("What you typed in this line is not saved yet. Throw it away?")
            if self._line is None
            else self.tr("Your changes to this line are not saved yet. Throw them away?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        )

    # Only the user's Cancel, Escape and close button ask: a close asked for by the app (a
    # session logout's SIGTERM closes every window) must never wait for an answer.
    def _cancel(self) -> None:
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels as the Cancel button does."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self._cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks as Cancel does; a close by the app does not."""
        if event.spontaneous() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def line_input(self) -> LineInput:
        """Everything as typed."""
        return replace(self.form.line_input(), portal_user=self.secrets_panel.portal_user())

    def field_errors(self, field: str) -> tuple[str, ...]:
        """The messages shown under a field (a shared row shows its fields' messages together)."""
        return self.form.errors.messages(field)

    def _edited(self, field: str) -> None:
        # While typing, only re-check a field that shows an error, so it clears as it is fixed.
        if self.form.errors.messages(field):
            self._validate()

    def _validate(self) -> None:
        typed = self.line_input()
        errors = self._errors_for(typed)
        self._show(errors + self._warnings_for(typed, errors))

    def _warnings_for(self, typed: LineInput, errors: list[FieldError]) -> list[FieldError]:
        """What Save keeps but the user should check: a number the metadata does not know."""
        if any(e.field == "number" for e in errors):
            return []
        try:
            return number_warnings(read_number(typed, self._catalog).e164)
        except ValidationError:
            return []

    def _show(self, errors: list[FieldError]) -> None:
        # The form scrolls: the dialog keeps its size, on the screen, whatever the errors (#16).
        self.form.errors.show(errors)

    def _errors_for(self, typed: LineInput) -> list[FieldError]:
        errors: list[FieldError] = []
        try:
            validate_line(typed, self._catalog)
        except ValidationError as e:
            errors.extend(e.errors)
        return errors + self.form.local_errors()

    def _refuse(self, errors: list[FieldError]) -> None:
        self.tabs.setCurrentIndex(0)  # every refusable field is on the first tab
        self._show(errors)
        self.form.errors.focus_first(errors, FIELD_ORDER)

    def _save(self) -> None:
        self.form.errors.touch_all()
        typed = self.line_input()
        errors = self._errors_for(typed)
        if errors:
            self._refuse(errors)
            return
        try:
            if self._line is None:
                result = self._service.add(typed, self._clock())
            else:
                result = self._service.edit(
                    self._line.id, typed, self._clock(), read=self._line.fields
                )
        except ValidationError as e:
            self._refuse(e.errors)
            return
        except NumberKeeperError as e:
            prompts.error(self, self.tr("The line was not saved"), write_error_text(e))
            return
        self._show([])
        self.saved.emit(result)
        self.accept()
