"""The base of every checklist field editor: one `FieldSpec`, its value, and `changed`.

Its own module so that the editors (step_fields.py, accounts_field.py) and the factory that
picks one by kind (`step_fields.make_editor`) import it without importing each other (#14).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from numberkeeper.core.checklists import FieldSpec, answered


class FieldEditor(QWidget):
    """The widget for one field of a step."""

    changed = Signal()  # the user changed the value

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def value(self) -> Any:
        """The value as saved in the checklist's answers."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a saved value (quietly: `changed` is not emitted)."""
        raise NotImplementedError

    def filled(self) -> bool:
        """Whether a required field counts as answered; editors with a stricter idea of a
        complete value (four digits, every account decided) say so themselves."""
        return answered(self.value())

    def has_own_label(self) -> bool:
        """True when the editor shows its label itself (a check box), not the form."""
        return False
