"""One sentence for why the keyring cannot be used now, and what to do about it (#6).

Said by the secrets panel and by the line actions (a purge that could not remove a line's
secrets); a module of its own so neither reaches into the other's widgets (#14).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.errors import KeyringTimeoutError, SecretsUnavailableError, Unavailability
from numberkeeper.gui.common.bidi import fill


def keyring_problem_text(error: Exception) -> str:
    """One sentence for why the keyring cannot be used now, and what to do about it."""
    # Literal strings in translate() calls, so pyside6-lupdate extracts each of them.
    if isinstance(error, KeyringTimeoutError):
        return fill(
            QCoreApplication.translate(
                "SecretsPanel",
                "The keyring did not answer within {seconds} seconds. If it asked you to unlock "
                "it, do so and try again.",
            ),
            seconds=f"{error.timeout_ms / 1000:g}",
        )
    if isinstance(error, SecretsUnavailableError):
        if error.reason is Unavailability.NO_BACKEND:
            return QCoreApplication.translate(
                "SecretsPanel",
                "No keyring service is available. Install and start a Secret Service such as "
                "GNOME Keyring or KWallet (Linux), then reopen this window.",
            )
        if error.reason is Unavailability.LOCKED:
            return QCoreApplication.translate(
                "SecretsPanel",
                "The keyring is locked. Unlock it (your login password) and try again.",
            )
        detail = error.detail
    else:
        detail = str(error) or type(error).__name__
    return fill(
        QCoreApplication.translate(
            "SecretsPanel",
            "The keyring reported an error ({detail}); try again, or check your keyring service.",
        ),
        detail=detail,
    )
