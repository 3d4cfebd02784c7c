"""A line without a label is named by its number as the table writes it (#16)."""

from __future__ import annotations

from numberkeeper.core.validation import LineInput
from numberkeeper.services.lines import LineService


def test_display_name_is_the_label_or_the_readable_number(service: LineService, now) -> None:
    bare = service.add(LineInput(number="+96590001234", expires="2027-01-31"), now).line
    assert bare.display_name == "+965 9000 1234"  # not +96590001234
    named = service.add(
        LineInput(number="+96590001235", expires="2027-01-31", label="Work"), now
    ).line
    assert named.display_name == "Work"
