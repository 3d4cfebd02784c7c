"""One map of the errands' field names, for the wizard and the command line (#14).

The services name a refused value by the field of their input (`RenewalInput.extend`,
`CancelInput.last_four`). The wizard shows it under a checklist field (core.checklists), the
command line names the option that was typed; most names are the same in all three, and the
few that are not are listed here, once, for both faces.

Every errand's draft (`RenewalDraft`, `SuspendDraft`, …) is an `ErrandDraft`: its errors by
input field, and the same errors under the checklist's fields for the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import FieldError


@dataclass(frozen=True)
class FieldNames:
    """What the wizard and the command line call one input field of an errand."""

    checklist: str  # the checklist field (FieldSpec.id) the wizard shows it under
    option: str  # numberkeeper-cli's option, without its dashes


ERRAND_FIELDS: dict[Action, dict[str, FieldNames]] = {
    Action.RENEW: {
        "extend": FieldNames("extension", "extend"),
        "new_expiry": FieldNames("extension", "new-expiry"),
        "attachment": FieldNames("attachment", "attach"),
        "new_balance": FieldNames("new_balance", "balance"),
    },
    Action.SUSPEND: {"resume_on": FieldNames("resume_on", "until")},
    Action.CANCEL: {"last_four": FieldNames("last_four", "confirm")},
}


def checklist_field(action: Action, field: str) -> str:
    """The checklist field the wizard shows an input field's error under."""
    names = ERRAND_FIELDS.get(action, {}).get(field)
    return names.checklist if names else field


def option_name(action: Action, field: str) -> str | None:
    """The command line's option for an input field, when it is not the field's own name."""
    names = ERRAND_FIELDS.get(action, {}).get(field)
    return names.option if names else None


class ErrandDraft:
    """What every errand's draft has: the errors of what was typed, by the input's fields.

    A face shows a draft before saving and hands the very same draft to the service's
    `commit`, which refuses one with errors (#14).
    """

    action: ClassVar[Action]
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        """Whether it can be committed."""
        return not self.errors

    @property
    def checklist_errors(self) -> tuple[FieldError, ...]:
        """The errors under the checklist fields they belong to (the wizard shows these)."""
        return tuple(replace(e, field=checklist_field(self.action, e.field)) for e in self.errors)

    @property
    def field_errors(self) -> dict[str, tuple[FieldError, ...]]:
        """The checklist errors by field."""
        by_field: dict[str, list[FieldError]] = {}
        for error in self.checklist_errors:
            by_field.setdefault(error.field, []).append(error)
        return {field: tuple(errors) for field, errors in by_field.items()}
