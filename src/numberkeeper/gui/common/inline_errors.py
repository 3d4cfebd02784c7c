"""Error lines under the fields of a form, and the bookkeeping of which field shows what.

A field's errors are shown once the user has touched it (changed it), so tabbing through an
empty form does not paint it red; `touch_all` (on Save) shows every error.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from numberkeeper.core.errors import FieldError
from numberkeeper.gui.common.error_label import ErrorLabel
from numberkeeper.gui.common.messages import field_error_text, labelled_error_text


class InlineErrors:
    """Maps field names (as in `FieldError.field`) to an error line and a widget to focus."""

    def __init__(self, general: ErrorLabel, keep_room: bool = False) -> None:
        """`keep_room`: each error line keeps one line of room while empty, so the fields
        below do not move when an error appears (#16); otherwise its row hides."""
        self.general = general  # errors about fields that have no row of their own
        self.keep_room = keep_room
        self._labels: dict[str, ErrorLabel] = {}
        self._focus: dict[str, QWidget] = {}
        self._forms: dict[ErrorLabel, QFormLayout] = {}
        self._touched: set[str] = set()

    def add_row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        field: str,
        focus: QWidget | None = None,
    ) -> ErrorLabel:
        """A labelled field with its own error line under it, hidden while there is no error."""
        form.addRow(text, widget)
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            label.setBuddy(focus or widget)
        error = ErrorLabel(keep_room=self.keep_room)
        form.addRow("", error)
        form.setRowVisible(error, self.keep_room)
        self._forms[error] = form
        self.share(field, error, focus or widget)
        return error

    def share(self, field: str, error: ErrorLabel, focus: QWidget) -> None:
        """Show `field`'s errors on an existing error line (a row holding two fields)."""
        self._labels[field] = error
        self._focus[field] = focus

    def touch(self, field: str) -> None:
        """The user changed this field: its errors (and its row-mates') may show from now on."""
        self._touched.add(field)

    def touch_all(self) -> None:
        """Show every field's errors (on Save)."""
        self._touched.update(self._labels)

    def messages(self, field: str) -> tuple[str, ...]:
        """What the field's error line shows now (row-mates' messages included)."""
        label = self._labels.get(field)
        return label.messages if label is not None else ()

    def show(self, errors: Iterable[FieldError]) -> None:
        """Show these errors under their touched fields, and clear every other error line."""
        touched = {self._labels[f] for f in self._touched if f in self._labels}
        shown: dict[ErrorLabel, list[str]] = {label: [] for label in self._forms}
        general: list[str] = []
        for error in errors:
            label = self._labels.get(error.field)
            if label is None:
                general.append(labelled_error_text(error))
            elif label in touched:
                shown[label].append(field_error_text(error))
        for label, messages in shown.items():
            label.show_messages(messages)
            self._forms[label].setRowVisible(label, bool(messages) or self.keep_room)
        for field, widget in self._focus.items():
            # Screen readers read the description when the field gets the focus.
            widget.setAccessibleDescription(" ".join(shown.get(self._labels[field], [])))
        self.general.show_messages(general)

    def focus_first(self, errors: Iterable[FieldError], order: Iterable[str]) -> None:
        """Give the focus to the first field, in on-screen `order`, that has an error."""
        fields = {e.field for e in errors}
        for field in order:
            if field in fields and field in self._focus:
                self._focus[field].setFocus(Qt.FocusReason.OtherFocusReason)
                return
