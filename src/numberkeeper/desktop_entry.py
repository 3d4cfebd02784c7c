"""The Exec= line of a desktop entry, quoted as the freedesktop.org Desktop Entry spec says.

Written for the autostart entry (gui/app/autostart.py) and the menu entry that
`make install-desktop` installs (packaging/linux/install_desktop.py): one rule for both.
"""

from __future__ import annotations

from collections.abc import Iterable

# Characters that make an argument need double quotes ("The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Characters escaped with a backslash inside double quotes.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')
# The escapes of the string type, applied to the value after the quoting above.
_STRING_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def string_value(text: str) -> str:
    """A value of the spec's string type (TryExec=, Path=): backslashes and controls escaped."""
    return "".join(_STRING_ESCAPES.get(c, c) for c in text)


def exec_argument(argument: str) -> str:
    """One argument as written in an Exec= value.

    A literal % is doubled (a single one starts a field code such as %f). An argument with a
    reserved character goes in double quotes, with ", `, $ and \\ escaped; then every
    backslash is doubled again, as the spec's string escapes apply first when it is read.
    """
    argument = argument.replace("%", "%%")
    if any(c in _RESERVED for c in argument):
        quoted = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
        argument = f'"{quoted}"'
    return string_value(argument)


def exec_value(command: Iterable[str]) -> str:
    """A whole command (program, then its arguments) as an Exec= value."""
    return " ".join(exec_argument(argument) for argument in command)
