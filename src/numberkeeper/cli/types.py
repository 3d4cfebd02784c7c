"""What every `numberkeeper-cli` command shares: its parser class, its argument types, its exit
codes and the option each refused field is named by.

A refused argument is one line on stderr, naming the option, and exit code 2, whatever the
sub-command: argparse's own errors print the whole usage first, which buries the reason.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from datetime import UTC, datetime
from typing import NoReturn

from numberkeeper.core.checklists import Action
from numberkeeper.core.errors import ValidationError
from numberkeeper.core.typed_values import EARLIEST_DATE, LATEST_DATE, parse_int
from numberkeeper.services.errand_fields import option_name
from numberkeeper.services.exports import LINE_COLUMN_FIELDS

EXIT_BAD_INPUT = 2
EXIT_PROBLEM = 1  # the database or the keyring cannot be used, or `check` found a problem

# CLI option → LineInput field, for add-line and edit: the lines CSV's columns, two of them
# under shorter option names.
_SHORT_OPTION_NAMES = {"time_zone": "tz", "linked_accounts": "accounts"}
LINE_OPTIONS: dict[str, str] = {
    _SHORT_OPTION_NAMES.get(column, column): name for column, name in LINE_COLUMN_FIELDS.items()
}

# A refused field is named as the option that was typed (`--balance`, not balance_amount):
# the services name their own fields. The errands' few differences are in the one map the
# wizard uses too (services/errand_fields.py).
_OPTION_OF_FIELD = {field: option for option, field in LINE_OPTIONS.items()}
_ACTION_OF_COMMAND = {action.value: action for action in Action}


def option_of(command: str, field: str) -> str:
    """The option a refused field came from, as typed: "--balance", "--tz", "--until"."""
    action = _ACTION_OF_COMMAND.get(command)
    dest = (option_name(action, field) if action else None) or _OPTION_OF_FIELD.get(field)
    return "--" + (dest or field).replace("_", "-")


# SQLite keeps ids as signed 64-bit integers; a larger one cannot even be looked up.
_LARGEST_ID = 2**63 - 1


# Bidirectional overrides and isolates: they reorder what the terminal shows after them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` with control characters shown escaped (`\\x1b`, `\\r`, `\\n`): a value typed
    or read from a file is echoed in messages, and an ESC or CR in it acted on the terminal,
    a newline broke the one-line error (#15)."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS
        else ch
        for ch in text
    )


def say(message: str) -> None:
    """One line on stderr: `numberkeeper-cli: message`, its control characters escaped."""
    print(f"numberkeeper-cli: {printable(message)}", file=sys.stderr)


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: `numberkeeper-cli add-line: …`."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see {self.prog} --help)"
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {printable(message)}{hint}\n")


def record_id(text: str) -> int:
    """A line's or a receipt's id: a whole number from 1 (digits only, as everywhere)."""
    try:
        return parse_int(text, "id", 1, _LARGEST_ID)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"{text} is not an id (a whole number from 1)") from None


def instant(text: str) -> datetime:
    """An ISO date-time for --at (UTC when it names no offset), within the dates kept."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not an ISO date-time") from None
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    # Compared on the date alone, before any conversion: an offset at either end of Python's
    # dates cannot be converted at all.
    if not EARLIEST_DATE <= value.date() <= LATEST_DATE:
        raise argparse.ArgumentTypeError(
            f"{text} is outside the dates kept ({EARLIEST_DATE} to {LATEST_DATE})"
        )
    return value


def read_secret(prompt: str) -> str:
    """A secret from standard input, or from a prompt that does not echo at a terminal: never
    an argument, which would end up in shell history and process lists."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.read()
