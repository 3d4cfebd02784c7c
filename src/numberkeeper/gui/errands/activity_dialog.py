"""Record a keep-alive activity (a top-up, a call, an SMS, a data session) on a line.

The dialog shows the line's rule ("every N days; these count"), when the next activity is due
now and what it will be after this one, and the recent history. What it says comes from the
activity service's draft of what is typed (services.activities.draft: the errors, the next due
dates, whether the kind counts; #14); Save commits that draft, once. Nothing counts down by
itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.errors import ErrorCode, NumberKeeperError
from numberkeeper.core.lines import ActivityKind, Line
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.changes import change_signal
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.date_field import DateField
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import field_error_text, labelled_error_text, write_error_text
from numberkeeper.gui.common.sentences import join_sentences
from numberkeeper.services.activities import ActivityDraft
from numberkeeper.services.changes import Changes, Kind
from numberkeeper.services.container import Services

ACTIVITY_NAMES: dict[ActivityKind, str] = {
    ActivityKind.TOP_UP: QT_TRANSLATE_NOOP("ActivityDialog", "Top-up"),
    ActivityKind.CALL: QT_TRANSLATE_NOOP("ActivityDialog", "Call"),
    ActivityKind.SMS: QT_TRANSLATE_NOOP("ActivityDialog", "SMS"),
    ActivityKind.DATA: QT_TRANSLATE_NOOP("ActivityDialog", "Data session"),
}

HISTORY_SHOWN = 10


class ActivityDialog(QDialog):
    """Log one activity on a line; emits `saved` with the ActivityResult, then accepts."""

    saved = Signal(object)  # services.activities.ActivityResult

    def __init__(
        self,
        services: Services,
        clock: Clock,
        line_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self.line: Line = services.lines.get(line_id)
        self.setWindowTitle(self.tr("Log keep-alive activity"))
        title = QLabel(
            fill(
                self.tr("{name} — {number}"),
                name=self.line.display_name,
                number=self.line.readable_number,
            )
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.rule_label = QLabel(self.rule_text())
        self.rule_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)

        self.kind_combo = QComboBox()
        for kind in ActivityKind:
            self.kind_combo.addItem(self.tr(ACTIVITY_NAMES[kind]), kind.value)
        rule = self.line.fields.keep_alive
        if rule is not None:
            first = next((k for k in ActivityKind if k in rule.counts), ActivityKind.TOP_UP)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(first.value))
        self.date_field = DateField(self.today)
        self.date_field.setText(self.today().isoformat())
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("optional, e.g. “SMS to 100”"))
        self.date_error = ErrorLabel()
        self.general_error = ErrorLabel()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Activity:"), self.kind_combo)
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Note:"), self.note_edit)

        self.history_list = QListWidget()
        self.history_list.setMaximumHeight(self.history_list.fontMetrics().lineSpacing() * 7)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(QLabel(self.tr("Recent activity:")))
        layout.addWidget(self.history_list)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._update())
        self.date_field.line_edit.textChanged.connect(lambda _text: self._update())
        self._fill_history()
        self._update()
        change_signal(services).changed.connect(self._on_changes)

    # -- what is shown ----------------------------------------------------------------------

    def today(self) -> date:
        """Today where the line's carrier is (the service's default date, too)."""
        return self.line.local_date(self._clock())

    def activity_name(self, kind: ActivityKind) -> str:
        """An activity kind in the interface language."""
        return self.tr(ACTIVITY_NAMES[kind])

    def rule_text(self) -> str:
        """The line's rule in a sentence."""
        rule = self.line.fields.keep_alive
        if rule is None:
            return self.tr(
                "This line has no keep-alive rule; activities are logged for the record only."
            )
        counted = [self.activity_name(k) for k in ActivityKind if k in rule.counts]
        sentence = self.tr(
            "Keep alive: an activity every %n day(s); these count: {kinds}.", "", rule.every_days
        )
        return fill(sentence, kinds=self.tr(", ").join(counted))

    def due_text(self, draft: ActivityDraft | None) -> str:
        """When the next activity is due now, and after logging the drafted one."""
        if draft is None or draft.due_now is None:  # no keep-alive rule
            return ""
        text = fill(self.tr("Next activity due: {date}."), date=draft.due_now.isoformat())
        if draft.kind is None:
            return text
        if not draft.counts:
            kind = self.activity_name(draft.kind)
            return join_sentences(
                text, fill(self.tr("{kind} does not count for this line."), kind=kind)
            )
        if draft.due_after is None:  # not a date yet
            return text
        after = draft.due_after.isoformat()
        return join_sentences(text, fill(self.tr("After this one: {date}."), date=after))

    def _on_changes(self, changes: Changes) -> None:
        # An activity logged or the line changed elsewhere while this is open (#14, #15):
        # show the rule, the history and the due dates as they stand.
        if not (
            changes.touches_line(self.line.id) and changes.touches(Kind.LINES, Kind.ACTIVITIES)
        ):
            return
        try:
            self.line = self._services.lines.get(self.line.id)
        except NumberKeeperError:
            return  # deleted: Save says so
        self.rule_label.setText(self.rule_text())
        self._fill_history()
        self._update()

    def _fill_history(self) -> None:
        self.history_list.clear()
        history = self._services.activities.history(self.line.id)[:HISTORY_SHOWN]
        for activity in history:
            text = fill(
                self.tr("{date} · {kind}"),
                date=activity.on.isoformat(),
                kind=self.activity_name(activity.kind),
            )
            if activity.note:
                text = fill(self.tr("{entry} — {note}"), entry=text, note=activity.note)
            self.history_list.addItem(text)
        if not history:
            self.history_list.addItem(self.tr("Nothing logged yet."))

    # -- checking and saving ----------------------------------------------------------------

    def make_draft(self) -> ActivityDraft:
        """The service's draft of what is typed (#14: it checks, the dialog shows)."""
        return self._services.activities.draft(
            self.line.id,
            str(self.kind_combo.currentData()),
            self.date_field.text(),
            self._clock(),
            self.note_edit.text(),
        )

    def date_errors(self, draft: ActivityDraft) -> list[str]:
        """What the draft says is wrong with the typed date (empty: nothing)."""
        texts: list[str] = []
        for error in draft.errors:
            if error.field != "date":
                continue
            if error.code is ErrorCode.DATE_IN_FUTURE:  # this dialog's own words for it
                texts.append(
                    fill(
                        self.tr("{date} is in the future; log an activity once it has happened."),
                        date=error.params["value"],
                    )
                )
            else:
                texts.append(field_error_text(error))
        return texts

    def _update(self) -> None:
        try:
            draft: ActivityDraft | None = self.make_draft()
        except NumberKeeperError:  # deleted meanwhile: Save says so
            draft = None
        self.date_error.show_messages(self.date_errors(draft) if draft else [])
        self.due_label.setText(self.due_text(draft))

    def _save(self) -> None:
        try:
            draft = self.make_draft()
            if draft.ok:
                result = self._services.activities.commit(draft, self._clock())
        except NumberKeeperError as e:
            prompts.error(self, self.tr("The activity was not logged"), write_error_text(e))
            return
        if not draft.ok:
            self.date_error.show_messages(self.date_errors(draft))
            self.general_error.show_messages(
                [labelled_error_text(err) for err in draft.errors if err.field != "date"]
            )
            if self.date_errors(draft):
                self.date_field.setFocus()
            return
        self.saved.emit(result)
        self.accept()
