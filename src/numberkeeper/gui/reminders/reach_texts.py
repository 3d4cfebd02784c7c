"""Why a calendar sync or a push did not go through, and how calendar sync stands, in the user's
language (#17): the services say it as a ReachProblem code and the server's own words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from numberkeeper.core.errors import SecretsUnavailableError
from numberkeeper.core.reach import ReachError, ReachProblem
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP
from numberkeeper.gui.common.bidi import fill, latin_digits
from numberkeeper.gui.common.messages import failure_text
from numberkeeper.gui.common.sentences import join_sentences
from numberkeeper.gui.secrets.keyring_text import keyring_problem_text
from numberkeeper.services.calendar_sync import SyncStatus

_PROBLEMS = {
    ReachProblem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ReachTexts", "The server cannot be reached: check the address and the connection."
    ),
    ReachProblem.TIMEOUT: QT_TRANSLATE_NOOP("ReachTexts", "The server did not answer in time."),
    ReachProblem.TLS: QT_TRANSLATE_NOOP(
        "ReachTexts", "The server's certificate is not trusted, so nothing was sent to it."
    ),
    ReachProblem.AUTH: QT_TRANSLATE_NOOP(
        "ReachTexts",
        "The user name or password was refused. iCloud and Fastmail need an app-specific password.",
    ),
    ReachProblem.NOT_CALDAV: QT_TRANSLATE_NOOP(
        "ReachTexts", "Something answers at that address, but not a CalDAV server."
    ),
    ReachProblem.NOT_A_CALENDAR: QT_TRANSLATE_NOOP(
        "ReachTexts", "That address is not a calendar. Choose a calendar, or leave the name."
    ),
    ReachProblem.CALENDAR_GONE: QT_TRANSLATE_NOOP(
        "ReachTexts", "The calendar is gone from the server. Connect again to make it anew."
    ),
    ReachProblem.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "ReachTexts", "The server failed. It is tried again later."
    ),
    ReachProblem.REFUSED: QT_TRANSLATE_NOOP("ReachTexts", "The server refused an event."),
    ReachProblem.NO_PASSWORD: QT_TRANSLATE_NOOP(
        "ReachTexts", "The keyring no longer holds its password (or address): set it again."
    ),
    ReachProblem.KEYRING: QT_TRANSLATE_NOOP(
        "ReachTexts", "The keyring cannot be used now: unlock it, then try again."
    ),
    ReachProblem.SEND_FAILED: QT_TRANSLATE_NOOP(
        "ReachTexts", "The message did not go. It is tried again later."
    ),
}


def problem_text(problem: ReachProblem, detail: str = "") -> str:
    """One sentence for a problem, with the server's own words after it when there are some."""
    sentence = QCoreApplication.translate("ReachTexts", _PROBLEMS[problem])
    if not detail:
        return sentence
    return fill(
        QCoreApplication.translate("ReachTexts", "{sentence} ({detail})"),
        sentence=sentence,
        detail=detail,
    )


def reach_error_text(error: Exception) -> str:
    """A failed connect, sync, send or test in the user's language."""
    if isinstance(error, ReachError):
        return problem_text(error.problem, error.detail)
    if isinstance(error, SecretsUnavailableError):
        return keyring_problem_text(error)
    return failure_text(error)


def when_text(moment: datetime) -> str:
    """An instant in the user's zone and locale, short: "4 Dec 2026 10:42"."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return latin_digits(QLocale().toString(stamp, QLocale.FormatType.ShortFormat))


def sync_status_text(status: SyncStatus) -> str:
    """The calendar's status line: when it last synced well, and why the last try failed."""
    if status.account is None:
        return QCoreApplication.translate("ReachTexts", "No calendar is connected.")
    if status.last_good_sync is None:
        synced = QCoreApplication.translate("ReachTexts", "Not synced yet.")
    else:
        synced = fill(
            QCoreApplication.translate("ReachTexts", "Last synced {when}."),
            when=when_text(status.last_good_sync),
        )
    if status.problem is None:
        return synced
    failed = fill(
        QCoreApplication.translate("ReachTexts", "The last sync failed: {reason}"),
        reason=problem_text(status.problem, status.detail),
    )
    if status.retry_at is None:
        return join_sentences(synced, failed)
    again = fill(
        QCoreApplication.translate("ReachTexts", "Next try {when}."),
        when=when_text(status.retry_at),
    )
    return join_sentences(synced, failed, again)
