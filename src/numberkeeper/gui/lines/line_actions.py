"""The errands on the selected line — renew, suspend, resume, cancel, log activity, receipts,
purge — as QActions the main window puts in its menus, toolbar and context menu.

Each action opens its wizard or window on the line; what it wrote is told on the one change
signal (gui/common/changes.py), so the main window, the reminders and an open receipts window
reload once each (#14).

A line's keyring secrets (#6): after a cancel the user is offered to delete them; a purge deletes
them first. The keyring calls run on a `KeyringWorker` (never on the GUI thread, where an unlock
prompt would freeze the window); the SQLite bookkeeping follows on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from numberkeeper.core.errors import NumberKeeperError
from numberkeeper.core.lines import Line, LineStatus
from numberkeeper.gui.app.icons import themed_icon
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import write_error_text
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services

if TYPE_CHECKING:  # the wizards are imported when first opened, not at start-up
    from numberkeeper.core.secrets import SecretRef
    from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
    from numberkeeper.gui.secrets.keyring_worker import KeyringWorker


_ACCEPTED = QDialog.DialogCode.Accepted.value


class LineActions(QObject):
    """Actions on one line at a time; `set_line` tells them which (or None)."""

    secrets_settled = Signal(int)  # a line's secrets were deleted, or deleting them failed

    def __init__(self, services: Services, clock: Clock, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.language = language
        self.window = parent
        self.changes = change_signal(services)
        self.line: Line | None = None
        self._open: list[QWidget] = []  # windows kept alive while shown

        def make(
            text: str, handler: Callable[[], None], icon: QIcon.ThemeIcon | None = None
        ) -> QAction:
            action = QAction(text, self)
            if icon is not None:
                action.setIcon(themed_icon(icon))
            action.triggered.connect(handler)
            return action

        self.renew_action = make(self.tr("Re&new…"), self.renew, QIcon.ThemeIcon.MailSend)
        self.renew_action.setToolTip(
            self.tr("Walk through renewing this line and keep the receipt")
        )
        self.suspend_action = make(
            self.tr("&Suspend…"), self.suspend, QIcon.ThemeIcon.MediaPlaybackPause
        )
        self.resume_action = make(
            self.tr("Res&ume…"), self.resume, QIcon.ThemeIcon.MediaPlaybackStart
        )
        self.cancel_action = make(
            self.tr("&Cancel line…"), self.cancel, QIcon.ThemeIcon.ProcessStop
        )
        self.activity_action = make(
            self.tr("&Log keep-alive activity…"), self.log_activity, QIcon.ThemeIcon.CallStart
        )
        self.receipts_action = make(
            self.tr("&Receipts…"), self.show_receipts, QIcon.ThemeIcon.DocumentOpen
        )
        self.renew_action.setIconText(self.tr("Renew"))
        self.receipts_action.setIconText(self.tr("Receipts"))
        self.all_receipts_action = make(self.tr("All &receipts"), self.show_all_receipts)
        self.purge_action = make(
            self.tr("&Delete line and its records…"), self.purge, QIcon.ThemeIcon.EditDelete
        )
        self.set_line(None)

    # -- state ------------------------------------------------------------------------------

    @cached_property
    def keyring(self) -> KeyringWorker:
        """The worker that runs keyring calls, made when a line's secrets are first deleted."""
        from numberkeeper.gui.secrets.keyring_worker import KeyringWorker

        return KeyringWorker(self)

    def errand_actions(self) -> list[QAction]:
        """The actions that act on the selected line, in menu order."""
        return [
            self.renew_action,
            self.suspend_action,
            self.resume_action,
            self.cancel_action,
            self.activity_action,
            self.receipts_action,
        ]

    def set_line(self, line: Line | None) -> None:
        """Enable what makes sense for `line`'s status; name open errands "Continue …"."""
        self.line = line
        status = line.fields.status if line else None
        live = line is not None and line.archived_at is None
        self.renew_action.setEnabled(live and status is not LineStatus.CANCELLED)
        self.suspend_action.setEnabled(live and status is LineStatus.ACTIVE)
        self.resume_action.setEnabled(live and status is LineStatus.SUSPENDED)
        self.cancel_action.setEnabled(live and status is not LineStatus.CANCELLED)
        self.activity_action.setEnabled(live and status is not LineStatus.CANCELLED)
        self.receipts_action.setEnabled(line is not None)
        self.purge_action.setEnabled(line is not None)
        texts = [
            (self.renew_action, self.tr("Re&new…"), self.tr("Continue re&newal…")),
            (self.suspend_action, self.tr("&Suspend…"), self.tr("Continue &suspension…")),
            (self.resume_action, self.tr("Res&ume…"), self.tr("Continue res&uming…")),
            (self.cancel_action, self.tr("&Cancel line…"), self.tr("Continue &cancelling…")),
        ]
        unfinished = self._unfinished_errands(line) if line is not None else set()
        for qaction, fresh, resumed in texts:
            qaction.setText(resumed if qaction in unfinished else fresh)

    def _unfinished_errands(self, line: Line) -> set[QAction]:
        """The errand actions of `line` with a saved, unfinished checklist run."""
        # Imported here, when a line is first selected, rather than at start-up (#2).
        from numberkeeper.core.checklists import Action

        errands = {
            Action.RENEW: self.renew_action,
            Action.SUSPEND: self.suspend_action,
            Action.RESUME: self.resume_action,
            Action.CANCEL: self.cancel_action,
        }
        checklists = self.services.checklists
        return {
            qaction
            for action, qaction in errands.items()
            if checklists.resume_point(line.id, action) is not None
        }

    def fill_context_menu(self, menu: QMenu) -> None:
        """Add the errands to a context menu."""
        menu.addActions(self.errand_actions())
        menu.addSeparator()
        menu.addAction(self.purge_action)

    # -- errands ----------------------------------------------------------------------------

    def _open_wizard(self, wizard_class: Callable[..., ChecklistWizard]) -> ChecklistWizard | None:
        if self.line is None:
            return None
        line_id = self.line.id
        wizard = wizard_class(self.services, self.clock, self.language, line_id, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # One change, one reload (#14): a finished errand tells what it changed, once; closed
        # otherwise, only its saved run may have changed (the menus say "Continue …").
        wizard.finished_with.connect(lambda result: self.changes.tell(result.changes))
        saved_run = Changes.of(Kind.CHECKLISTS, lines=(line_id,))
        wizard.finished.connect(
            lambda code: self.changes.tell(saved_run) if code != _ACCEPTED else None
        )
        wizard.open()
        return wizard

    def renew(self) -> None:
        """Open the renew checklist on the line."""
        from numberkeeper.gui.errands.renew_wizard import RenewWizard

        self._open_wizard(RenewWizard)

    def suspend(self) -> None:
        """Open the suspend checklist on the line."""
        from numberkeeper.gui.errands.suspend_wizard import SuspendWizard

        self._open_wizard(SuspendWizard)

    def resume(self) -> None:
        """Open the resume checklist on the line."""
        from numberkeeper.gui.errands.resume_wizard import ResumeWizard

        self._open_wizard(ResumeWizard)

    def cancel(self) -> None:
        """Open the cancel checklist on the line."""
        from numberkeeper.gui.errands.cancel_wizard import CancelWizard

        line_id = self.line.id if self.line else None
        wizard = self._open_wizard(CancelWizard)
        if wizard is not None and line_id is not None:
            # Asked once the wizard has closed, not from inside its Finish.
            wizard.finished_with.connect(
                lambda _line: QTimer.singleShot(
                    0, self, lambda: self.offer_secret_deletion(line_id)
                )
            )

    def offer_secret_deletion(self, line_id: int) -> None:
        """After a cancel: if the line has secrets in the keyring, offer to delete them."""
        try:
            refs = [entry.ref for entry in self.services.secrets.list(line_id)]
            line = self.services.lines.get(line_id)
        except NumberKeeperError:
            return
        if not refs:
            return
        if not prompts.confirm(
            self.window,
            self.tr("Delete the line’s secrets"),
            fill(
                self.tr(
                    "“{name}” is cancelled. Delete its %n secret(s) (portal password, PIN, PUK, "
                    "eSIM code…) from the keyring? Keep them if you may still need the number "
                    "back.",
                    "",
                    len(refs),
                ),
                name=line.display_name,
            ),
        ):
            return
        self._delete_secrets(
            line_id,
            refs,
            lambda: self.secrets_settled.emit(line_id),
            self.tr("The line’s secrets are still in the keyring."),
        )

    def log_activity(self) -> None:
        """Record a keep-alive activity on the line."""
        from numberkeeper.gui.errands.activity_dialog import ActivityDialog

        if self.line is None:
            return
        line_id = self.line.id
        dialog = ActivityDialog(self.services, self.clock, line_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self.changes.tell(result.changes))
        dialog.open()

    def show_receipts(self) -> None:
        """The receipts window, filtered to the line."""
        self._receipts_window(self.line.id if self.line else None)

    def show_all_receipts(self) -> None:
        """The receipts window with every line."""
        self._receipts_window(None)

    def _receipts_window(self, line_id: int | None) -> None:
        from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow

        window = ReceiptsWindow(self.services, self.clock, self.language, line_id, self.window)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(
            lambda: self._open.remove(window) if window in self._open else None
        )
        self._open.append(window)
        window.show()

    def purge(self) -> None:
        """Delete the line with its history and receipts, after an explicit confirmation."""
        line = self.line
        if line is None:
            return
        if not prompts.confirm(
            self.window,
            self.tr("Delete line and its records"),
            fill(
                self.tr(
                    "Delete “{name}” ({number}) with all its history, receipts and keep-alive "
                    "log? This cannot be undone. To keep the records, cancel or archive the "
                    "line instead."
                ),
                name=line.display_name,
                number=line.readable_number,
            ),
        ):
            return
        try:
            refs = [entry.ref for entry in self.services.secrets.list(line.id)]
        except NumberKeeperError as e:
            prompts.error(self.window, self.tr("Could not delete the line"), write_error_text(e))
            return
        line_id = line.id
        if refs:
            # The secrets leave the keyring first (off the GUI thread); only then the line.
            self._delete_secrets(
                line_id,
                refs,
                lambda: self._purge_records(line_id),
                self.tr("The line and its secrets were kept."),
            )
        else:
            self._purge_records(line_id)

    def _purge_records(self, line_id: int) -> None:

        try:
            # The line's secrets are gone from the keyring and the index by now, so this
            # makes no keyring call on the GUI thread.
            changes = self.services.purge_line(line_id, self.clock())
        except NumberKeeperError as e:
            prompts.error(self.window, self.tr("Could not delete the line"), write_error_text(e))
            changes = Changes.of(Kind.LINES, lines=(line_id,))  # nothing written: show it as is
        self.secrets_settled.emit(line_id)
        self.changes.tell(changes)

    def _delete_secrets(
        self, line_id: int, refs: list[SecretRef], then: Callable[[], None], kept: str
    ) -> None:
        """Delete these secrets from the keyring on the worker, record it, then call `then`."""
        from numberkeeper.gui.secrets.keyring_text import keyring_problem_text

        vault = self.services.secrets.vault

        def delete_values() -> None:
            for ref in refs:
                vault.delete(ref.keyring_key)

        def deleted(_result: object) -> None:
            try:
                self.services.secrets.record_all_deleted(line_id, refs, self.clock())
            except NumberKeeperError as e:
                prompts.error(
                    self.window, self.tr("Could not delete the secrets"), write_error_text(e)
                )
                self.secrets_settled.emit(line_id)
                return
            self.changes.tell(Changes.of(Kind.SECRETS, lines=(line_id,)))
            then()

        def failed(error: Exception) -> None:
            prompts.error(
                self.window,
                self.tr("Could not delete the secrets"),
                kept + " " + keyring_problem_text(error),
            )
            self.secrets_settled.emit(line_id)

        self.keyring.submit(delete_values, deleted, failed)
