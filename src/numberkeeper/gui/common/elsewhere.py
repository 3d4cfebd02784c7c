"""What a dialog open on a line says when another program changed or deleted that line (#15).

The dialog keeps what the user typed; saving it would be refused (the services compare what
was read with what is stored), so the user is told first, in the dialog, not only on Save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.errors import NotFoundError, NumberKeeperError
from numberkeeper.core.lines import Line
from numberkeeper.services.lines import LineService


def changed_elsewhere_text(lines: LineService, line: Line) -> str:
    """The sentence for `line` as a dialog read it: "" while it is stored so still."""
    try:
        stored = lines.get(line.id)
    except NotFoundError:
        return QCoreApplication.translate(
            "Elsewhere", "This line was deleted elsewhere meanwhile. Nothing here can be saved."
        )
    except NumberKeeperError:  # busy: the next look tells
        return ""
    if stored.fields == line.fields:
        return ""
    return QCoreApplication.translate(
        "Elsewhere",
        "This line was changed elsewhere (by the command line or another program) since it was "
        "opened here. Saving would be refused: close this and open the line again to see the "
        "change.",
    )
