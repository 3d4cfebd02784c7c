"""Sending one message to one push channel through Apprise (#17), and checking a channel's URL.

Apprise is imported on first use (about 0.2 s, and its plugins on the first URL): only when a
channel is set up, and never before the window's first paint. Its failures come out as
core.reach.ReachError; what Apprise logged is kept as the detail with every part of the
channel's URL that could be a token taken out, so no token reaches a log or the database.
While a message is sent, every log record is cleaned the same way: Apprise and the HTTP
libraries log the URL they post to (token and all) at DEBUG, which NUMBERKEEPER_LOG=debug shows.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.reach import ReachError, ReachProblem

MAX_URL = 4096
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
# Parts of a URL shorter than this are left in a redacted detail (ports, "json", "api" …).
_SECRET_PART = 4


def scheme_of(url: str) -> str:
    """The scheme of an Apprise URL as typed ("tgram"), lower case; "" when there is none."""
    match = _SCHEME.match(url.strip())
    return match.group(1).lower() if match else ""


def check_channel_url(text: str, field_name: str = "url") -> str:
    """An Apprise URL Apprise can send to; ValidationError naming an unknown scheme, or a
    known one with a malformed rest (CHANNEL_URL_INVALID: not a web address, which would ask
    for https://)."""
    url = text.strip()
    if not url:
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    scheme = scheme_of(url)
    if len(url) > MAX_URL or any(c.isspace() for c in url) or not scheme:
        raise ValidationError.single(field_name, ErrorCode.CHANNEL_URL_INVALID, value=_shown(url))
    import apprise

    if scheme not in _known_schemes(apprise):
        raise ValidationError.single(field_name, ErrorCode.SCHEME_UNKNOWN, value=scheme)
    with redacted_logs(url):
        usable = apprise.Apprise.instantiate(url) is not None
    if not usable:
        raise ValidationError.single(field_name, ErrorCode.CHANNEL_URL_INVALID, value=_shown(url))
    return url


def _known_schemes(apprise: Any) -> set[str]:
    manager = apprise.NotificationManager()
    return {str(s).lower() for s in manager.schemas()}


def _shown(url: str) -> str:
    """A refused URL as an error may show it: its scheme only (the rest may be a token)."""
    scheme = scheme_of(url)
    return f"{scheme}://…" if scheme else url[:12] + ("…" if len(url) > 12 else "")


def redact(text: str, url: str) -> str:
    """`text` with every part of `url` long enough to be a token replaced by ***."""
    parts = urlsplit(url)
    pieces = re.split(r"[/:@?&=#,]+", f"{parts.netloc}/{parts.path}?{parts.query}#{parts.fragment}")
    for piece in sorted({p for p in pieces if len(p) >= _SECRET_PART}, key=len, reverse=True):
        text = text.replace(piece, "***")
    return text


class _Redacting(logging.Filter):
    """Takes a channel's tokens out of a log record (its message and its traceback)."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info, record.exc_text = None, None
        record.msg, record.args = redact(message, self.url), None
        return True


@contextlib.contextmanager
def redacted_logs(url: str) -> Iterator[None]:
    """For the `with` block, every record that reaches a handler of the root logger (the
    window's stderr, a test's capture) or Python's last-resort handler loses `url`'s tokens."""
    shield = _Redacting(url)
    handlers = [*logging.getLogger().handlers, logging.lastResort]
    for handler in handlers:
        if handler is not None:
            handler.addFilter(shield)
    try:
        yield
    finally:
        for handler in handlers:
            if handler is not None:
                handler.removeFilter(shield)


class AppriseSender:
    """Sends a title and a body to one Apprise URL."""

    def send(self, url: str, title: str, body: str) -> None:
        """Send now; ReachError (SEND_FAILED, with what Apprise logged) when it did not go."""
        import apprise

        logged: list[str] = []

        def keep(entry: Any, _plugin: Any = None) -> None:
            logged.append(str(getattr(entry, "message", entry)))

        with redacted_logs(url):
            sender = apprise.Apprise()
            if not sender.add(url):
                raise ReachError(ReachProblem.SEND_FAILED, "the channel's URL is not usable")
            try:
                # Warnings and errors only: "Notifying 1 service(s)." says nothing to a user.
                result = sender.notify(
                    body=body, title=title, log_callback=keep, log_level=logging.WARNING
                )
            except Exception as e:  # a plugin's own bug must not stop the other channels
                raise ReachError(ReachProblem.SEND_FAILED, redact(str(e), url)[:300]) from e
        if not result:
            detail = "; ".join(line for line in logged if line)[-300:]
            raise ReachError(ReachProblem.SEND_FAILED, redact(detail, url))
