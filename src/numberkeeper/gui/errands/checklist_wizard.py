"""The base of the renew, suspend, resume and cancel wizards: a checklist rendered from data.

One page per `StepSpec` of the action (core.checklists), one editor per field. What the wizard
decides, and why:

- Progress is saved (services.checklists.save) on every page change, so an errand left open —
  a suspension waiting days for the carrier — survives closing the window or a crash. "Save and
  close" (a button on every page) saves the current page and closes.
- Cancel closes and records nothing: no receipt, event or line change. It does not abandon the
  saved run either, so what was saved before is never lost by a stray Escape. Opening the
  wizard again continues where the run stopped, with a "Start over" button that abandons it.
- Every page asks the service for a draft of the answers (`make_draft`: the errand flows one
  way, #14) and shows the draft's errors under the page's fields; the wizard checks only
  that the required answers are there.
- Finish calls the subclass's `commit` (one service call, one transaction). A refused value
  (ValidationError) takes the user back to the page holding the field, with the message under
  it; other refusals (the line changed meanwhile) are reported in a message box.
- On success `finished_with` is emitted with what the service returned (its `changes` say
  what changed), then the wizard accepts. A change to the line made elsewhere while the
  wizard is open (the one change signal, gui/common/changes.py) re-checks the page shown.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from numberkeeper.core.checklists import Action, StepSpec, steps
from numberkeeper.core.errors import ErrorCode, FieldError, NumberKeeperError, ValidationError
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.elsewhere import changed_elsewhere_text
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.gui.common.screen_fit import fit_into_screen
from numberkeeper.gui.errands.checklist_page import ChecklistPage
from numberkeeper.gui.errands.checklist_texts import facts_html
from numberkeeper.gui.errands.field_editor import FieldEditor
from numberkeeper.gui.errands.step_fields import CurrencyEditor, make_editor
from numberkeeper.services.changes import Changes
from numberkeeper.services.container import Services
from numberkeeper.services.errand_fields import ErrandDraft, checklist_field

log = logging.getLogger(__name__)

SAVED_AND_CLOSED = 2  # the dialog result after "Save and close"
WIZARD_SIZE = QSize(640, 520)


class ChecklistWizard(QWizard):
    """Walks one line through one errand; subclasses say how it ends (`commit`)."""

    finished_with = Signal(object)  # what the service returned (RenewalResult, Line)

    def __init__(
        self,
        services: Services,
        clock: Clock,
        language: str,
        line_id: int,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.language = language
        self.action = action
        self.line = services.lines.get(line_id)
        self._told_elsewhere = ""
        self.result_value: Any = None
        self.resumed = False
        self._started = False
        self._restoring = False
        self._defaults: dict[str, Any] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.step_pages: dict[str, ChecklistPage] = {}
        for index, step in enumerate(steps(action)):
            editors = {
                spec.id: make_editor(spec, self.line_today, self.line.fields.linked_accounts)
                for spec in step.fields
            }
            self.editors.update(editors)
            page = ChecklistPage(step, editors, self.step_errors)
            page.banner.start_over.connect(self.start_over)
            self.setPage(index, page)
            self.step_pages[step.id] = page
        carrier = self.line.fields.carrier
        self.preset = services.lines.catalog.get(carrier) if carrier else None
        for editor in self.editors.values():  # the line's country's currency first (#16)
            if isinstance(editor, CurrencyEditor):
                editor.combo.set_country(self.preset.country if self.preset else "")
        if self.preset is not None:  # only this line's carrier's facts (#16)
            for step_id, step_page in self.step_pages.items():
                facts = self.preset.facts_for(action.value, step_id)
                step_page.show_facts(facts_html(facts, language))
        last = self.step_pages[steps(action)[-1].id]
        last.last_step = True
        last.finish = self._finish

        if sys.platform != "darwin":
            # Title and help in a header above each page; Classic style hides the help.
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(
            QWizard.WizardButton.CustomButton1,
            QCoreApplication.translate("ChecklistWizard", "Save and close"),
        )
        save_button = self.button(QWizard.WizardButton.CustomButton1)
        save_button.setToolTip(
            QCoreApplication.translate(
                "ChecklistWizard", "Keep your answers and close; continue later from the same step"
            )
        )
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        # As big as a long step asks, at least 640 × 520, within the screen's available area
        # (#16): at 1024 × 700 a kiosk step with its guidance and errors grew past the screen.
        fit_into_screen(self, WIZARD_SIZE.expandedTo(self.sizeHint()))
        change_signal(services).changed.connect(self._on_changes)

    # -- hooks for subclasses ----------------------------------------------------------------

    def extra_errors(self, step_id: str) -> list[FieldError]:
        """Errors a subclass finds in a step on top of the generic ones (e.g. a preview)."""
        return []

    def make_draft(self) -> ErrandDraft:
        """The service's draft of the answers as they stand (it writes nothing). May raise."""
        raise NotImplementedError

    def commit(self) -> object:
        """Commit a draft of the answers through the services, once; return their result
        (its `changes` say what changed). May raise."""
        raise NotImplementedError

    # -- values ------------------------------------------------------------------------------

    def line_today(self) -> date:
        """Today where the line's carrier is."""
        return self.line.local_date(self.clock())

    def answers(self) -> dict[str, Any]:
        """Every field's value, JSON-friendly, as saved with the progress."""
        return {field_id: editor.value() for field_id, editor in self.editors.items()}

    def text(self, field_id: str) -> str:
        """A text-like field's value."""
        return str(self.editors[field_id].value())

    def fill(self, answers: dict[str, Any]) -> None:
        """Show saved answers (unknown ids, from an older version of a checklist, are ignored)."""
        for field_id, value in answers.items():
            editor = self.editors.get(field_id)
            if editor is not None:
                editor.set_value(value)

    def page_of(self, step_id: str) -> ChecklistPage:
        """The page of one step."""
        return self.step_pages[step_id]

    def current_step(self) -> str:
        """The id of the step shown now."""
        page = self.currentPage()
        return page.step.id if isinstance(page, ChecklistPage) else ""

    # -- checking ----------------------------------------------------------------------------

    def step_errors(self, step: StepSpec) -> list[FieldError]:
        """Required fields still empty, then the errors the service's draft finds in the
        step's fields (#14: the wizard repeats none of the service's checks), then the
        subclass's own.

        A field still being filled in (e.g. three of the last four digits) says only that it
        is needed: what the service says about it waits until it is complete.
        """
        ids = {spec.id for spec in step.fields}
        unfilled = {field_id for field_id in ids if not self.editors[field_id].filled()}
        errors = [
            FieldError(spec.id, ErrorCode.REQUIRED)
            for spec in step.fields
            if spec.required and spec.id in unfilled
        ]
        drafted: tuple[FieldError, ...] = ()
        try:
            drafted = self.make_draft().checklist_errors
        except NumberKeeperError as e:  # the line was deleted, or its status changed, meanwhile
            log.debug("no draft of the %s errand: %s", self.action.value, e)  # Finish says why
        errors += [
            e
            for e in drafted
            if e.field in ids and (e.field not in unfilled or e.code is ErrorCode.REQUIRED)
        ]
        return errors + self.extra_errors(step.id)

    # -- starting, resuming, saving ----------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        """On first show: continue a saved run of this errand, or start at the first step."""
        if visible and not self._started:
            self._started = True
            self._start()
        super().setVisible(visible)

    def _start(self) -> None:
        self._defaults = self.answers()
        point = self.services.checklists.resume_point(self.line.id, self.action)
        self._restoring = True
        try:
            self.restart()
            if point is not None:
                index, saved = point
                self.fill(saved)
                self.resumed = True
                for page in self.step_pages.values():
                    page.errors.touch_all()
                while self.currentId() < index and self.currentPage().isComplete():
                    self.next()
                landed = self.currentPage()
                if isinstance(landed, ChecklistPage):
                    landed.banner.setVisible(True)
                    landed.refresh()
        finally:
            self._restoring = False

    def start_over(self) -> None:
        """Abandon the saved run and begin again at the first step with the defaults."""
        try:
            self.services.checklists.abandon(self.line.id, self.action, self.clock())
        except NumberKeeperError as e:
            prompts.error(
                self,
                QCoreApplication.translate("ChecklistWizard", "Could not start over"),
                write_error_text(e),
            )
            return
        self._restoring = True
        try:
            self.fill(self._defaults)
            for page in self.step_pages.values():
                page.banner.setVisible(False)
            self.resumed = False
            self.restart()
        finally:
            self._restoring = False

    def _on_changes(self, changes: Changes) -> None:
        # The line changed while this is open: check the page again against the line as it
        # stands, and if another program changed it (#15), say so. Not after this errand's
        # own Finish, which is what was told.
        if self.result_value is not None or not changes.touches_line(self.line.id):
            return
        page = self.currentPage()
        if isinstance(page, ChecklistPage):
            page.refresh()
        if changes.unknown:
            self.notice_changes_elsewhere()

    def _page_changed(self, page_id: int) -> None:
        if self._restoring or page_id < 0:
            return
        for page in self.step_pages.values():
            if page is not self.currentPage():
                page.banner.setVisible(False)
        self.save_progress()

    def save_progress(self) -> bool:
        """Remember the current step and every answer; False if the database refused."""
        try:
            self.services.checklists.save(
                self.line.id, self.action, self.current_step(), self.answers(), self.clock()
            )
        except NumberKeeperError as e:
            # Losing progress must not stop the errand; the user can still finish it now.
            log.warning("checklist progress not saved: %s", e)
            return False
        return True

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_and_close()

    def save_and_close(self) -> None:
        """Save progress and close; the wizard's result is SAVED_AND_CLOSED."""
        if self.save_progress():
            # QDialog's done, not QWizard's: that one validates the page first, and on the last
            # page validating means finishing the errand.
            QDialog.done(self, SAVED_AND_CLOSED)
        else:
            prompts.error(
                self,
                QCoreApplication.translate("ChecklistWizard", "Progress not saved"),
                QCoreApplication.translate(
                    "ChecklistWizard",
                    "Your answers could not be saved. Finish the checklist now or try again.",
                ),
            )

    def notice_changes_elsewhere(self) -> None:
        """Another program wrote to the database: say so, once, if it changed this line (#15)."""
        text = changed_elsewhere_text(self.services.lines, self.line)
        if text and text != self._told_elsewhere:
            self._told_elsewhere = text
            title = QCoreApplication.translate("ChecklistWizard", "Changed elsewhere")
            prompts.info(self, title, text)

    # -- finishing ---------------------------------------------------------------------------

    def _finish(self) -> bool:
        try:
            result = self.commit()
        except ValidationError as e:
            self.refuse(e.errors)
            return False
        except NumberKeeperError as e:
            prompts.error(
                self,
                QCoreApplication.translate("ChecklistWizard", "Nothing was saved"),
                write_error_text(e),
            )
            return False
        self.result_value = result
        self.finished_with.emit(result)
        return True

    def refuse(self, errors: list[FieldError]) -> None:
        """Go back to the first page holding a refused field and show the messages there."""
        # The services name their input's fields; one map says which checklist field each is.
        mapped = [replace(e, field=checklist_field(self.action, e.field)) for e in errors]
        target = self.currentPage()
        for page in self.step_pages.values():
            if any(e.field in page.editors for e in mapped):
                target = page
                break
        while self.currentPage() is not target and self.currentId() > 0:
            self.back()
        if isinstance(target, ChecklistPage):
            own = [e for e in mapped if e.field in target.editors]
            target.show_refused(own)
            others = [e for e in mapped if e.field not in target.editors]
            if others:
                target.errors.show(own + others)
