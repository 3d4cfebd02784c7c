"""What the filter box of the lines table matches in a line: its label, carrier, number as
stored and as shown, and the number's digits alone, prepared once per line."""

from __future__ import annotations

from dataclasses import dataclass

from numberkeeper.core.lines import Line


def digits(text: str) -> str:
    """The digits of a text: "+965 9666-1234" → "96596661234"."""
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class SearchText:
    """What the filter box looks at in one line, prepared once (casefolded, digits only)."""

    number_digits: str
    texts: tuple[str, ...]  # label, carrier, E.164 number, readable number; casefolded


def search_text(line: Line, carrier: str) -> SearchText:
    """A line's SearchText; `carrier` is its carrier cell ("Zain · Kuwait")."""
    number = line.fields.number
    texts = (line.fields.label, carrier, number, line.readable_number)
    return SearchText(digits(number), tuple(text.casefold() for text in texts))
