"""One map of the errands' field names, for the wizard and the command line (#14).

The services name a refused value by the field of their input (`RenewalInput.extend`,
`CancelInput.last_four`). The wizard shows it under a checklist field (core.checklists), the
command line names the option that was typed; most names are the same in all three, and the
few that are not are listed here, once, for both faces.
"""

from __future__ import annotations

from dataclasses import dataclass

from numberkeeper.core.checklists import Action


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
