"""Numbers, dates and names that keep their own direction inside right-to-left text (#18).

In an Arabic sentence, "+965 9000 1234" is three runs of digits that the Unicode bidirectional
algorithm lays out right to left: it reads "1234 9000 965+". A date and time, an amount before
its currency, a path, a label ending in a bracket come apart the same way. What the app writes
into its sentences is therefore isolated from the words around it (Unicode's isolates,
U+2066–U+2069, which Qt's text layout and the desktop's notification daemons honour), and a
table cell or a label holding a value alone is isolated too.

In a left-to-right interface (English, Chinese) nothing is added: the texts stay byte for byte
what they were, for the tests, the clipboard and the files the app writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from numberkeeper.gui.app.i18n import right_to_left

LRI = "\u2066"  # left-to-right isolate
FSI = "\u2068"  # first-strong isolate: the direction of the first letter inside
PDI = "\u2069"  # pop directional isolate
_SIGNED = re.compile(r"[+\-\u2212]\d[\d.,]*")
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Arabic-Indic and Eastern Arabic-Indic digits, as Latin ones.
_LATIN_DIGITS = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
    "01234567890123456789",
)

# Placeholders that name something written left to right whatever letters it holds: a phone
# number, a file's path or name, an address. Every other value takes the direction of its
# first letter (an Arabic label reads right to left, "KWD 5.000" and a bare date left to right).
LEFT_TO_RIGHT = frozenset({"number", "path", "archive", "backup", "url"})


def isolate(value: object) -> str:
    """`value` as text that keeps its own direction inside right-to-left text."""
    text = str(value)
    if not right_to_left() or not text:
        return text
    return f"{FSI}{text}{PDI}"


def left_to_right(value: object) -> str:
    """`value` as text laid out left to right inside right-to-left text (a number, a path)."""
    text = str(value)
    if not right_to_left() or not text:
        return text
    return f"{LRI}{text}{PDI}"


def isolated(values: Mapping[str, object]) -> dict[str, str]:
    """A sentence's parameters as text, each isolated in a right-to-left interface (`fill`)."""
    if not right_to_left():
        return {key: str(value) for key, value in values.items()}
    return {
        key: left_to_right(value) if key in LEFT_TO_RIGHT else isolate(value)
        for key, value in values.items()
    }


def fill(template: str, /, **values: object) -> str:
    """`template.format(**values)`, each value isolated in a right-to-left interface.

    Used for every translated sentence with placeholders: `fill(self.tr("{name} expires on
    {date}"), name=…, date=…)`.
    """
    return template.format(**isolated(values))


def signed_numbers(text: str) -> str:
    """A translated text with each signed number in it ("+30") kept left to right."""
    if not right_to_left():
        return text
    return _SIGNED.sub(lambda m: left_to_right(m.group()), text)


def plain(text: str) -> str:
    """`text` without directional marks: for matching what the user types, or copying."""
    return _CONTROLS.sub("", text)


def latin_digits(text: str) -> str:
    """A text Qt's locale wrote (a date, a time) with Latin digits, like the rest of the app.

    In Arabic, QLocale writes "٢٥ نوفمبر ٢٠:٥٩", while the sentences around it hold ISO dates,
    counts and amounts in Latin digits ("2026-11-20", "3 ي 11 س"): two digit systems side by
    side in one cell or notification. The app writes its numbers in Latin digits (#18).
    """
    return text.translate(_LATIN_DIGITS)
