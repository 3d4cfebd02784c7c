"""Reaching the phone (#17): what can go wrong talking to a calendar server or a push service,
as codes the faces word in the user's language, and the checks of the addresses typed.

Pure: no Qt, no network, no clock. services.calendar_sync and services.push raise ReachError;
a failed background sync or send is stored as its problem code and shown in the status.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from numberkeeper.core.errors import ErrorCode, RefusedError, UnavailableError, ValidationError

MAX_URL = 2000


class ReachProblem(StrEnum):
    """Why a sync or a send did not go through."""

    UNREACHABLE = "unreachable"  # no connection: refused, no such host, no network
    TIMEOUT = "timeout"  # connected, but no answer in time
    TLS = "tls"  # the server's certificate is not trusted
    AUTH = "auth"  # the user name or password was refused
    NOT_CALDAV = "not_caldav"  # something answers there, but not a CalDAV server
    NOT_A_CALENDAR = "not_a_calendar"  # the chosen collection is not a calendar
    CALENDAR_GONE = "calendar_gone"  # the calendar was deleted on the server
    SERVER_ERROR = "server_error"  # the server failed (5xx)
    REFUSED = "refused"  # the server refused what was sent (4xx); detail says
    NO_PASSWORD = "no_password"  # the keyring holds no password (or channel URL) for it
    KEYRING = "keyring"  # the keyring cannot be used now
    SEND_FAILED = "send_failed"  # the push service did not take the message


class ReachError(UnavailableError):
    """A sync or send failed: `problem` for the faces, `detail` in the server's own words."""

    def __init__(self, problem: ReachProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


# After the n-th failure in a row, the next automatic try waits this long (capped): a server
# that is down is not hammered, and one that is back is found within the hour (#17).
FIRST_RETRY = timedelta(minutes=1)
LAST_RETRY = timedelta(hours=1)


def retry_after(failures: int) -> timedelta:
    """How long to wait after `failures` failures in a row (1 → a minute, doubling)."""
    if failures <= 0:
        return timedelta(0)
    return min(FIRST_RETRY * (1 << min(failures - 1, 16)), LAST_RETRY)


def check_server_url(text: str, field_name: str = "url") -> str:
    """A server address as typed: http(s), a host, no password inside (it would be stored)."""
    url = text.strip()
    if not url:
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        parts, port = None, None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or len(url) > MAX_URL
        or any(c.isspace() for c in url)
        or port == 0
    ):
        raise ValidationError.single(field_name, ErrorCode.URL_INVALID, value=url[:200])
    if parts.password is not None:
        raise ValidationError.single(field_name, ErrorCode.URL_HAS_PASSWORD)
    return url


class NotConnectedError(RefusedError):
    """Asked to sync or send with no calendar account or channel set up."""
