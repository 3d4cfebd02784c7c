"""Sending one message to one push channel through Apprise (#17), and checking a channel's URL.

Apprise is imported on first use (about 0.2 s, and its plugins on the first URL): only when a
channel is set up, and never before the window's first paint. Its failures come out as
core.reach.ReachError; what Apprise logged is kept as the detail with every part of the
channel's URL that could be a token taken out, so no token reaches a log or the database.
"""

from __future__ import annotations

import re
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
    known one with a malformed rest."""
    url = text.strip()
    if not url:
        raise ValidationError.single(field_name, ErrorCode.REQUIRED)
    scheme = scheme_of(url)
    if len(url) > MAX_URL or any(c.isspace() for c in url) or not scheme:
        raise ValidationError.single(field_name, ErrorCode.URL_INVALID, value=_shown(url))
    import apprise

    if scheme not in _known_schemes(apprise):
        raise ValidationError.single(field_name, ErrorCode.SCHEME_UNKNOWN, value=scheme)
    if apprise.Apprise.instantiate(url) is None:
        raise ValidationError.single(field_name, ErrorCode.URL_INVALID, value=_shown(url))
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


class AppriseSender:
    """Sends a title and a body to one Apprise URL."""

    def send(self, url: str, title: str, body: str) -> None:
        """Send now; ReachError (SEND_FAILED, with what Apprise logged) when it did not go."""
        import apprise

        logged: list[str] = []

        def keep(entry: Any, _plugin: Any = None) -> None:
            logged.append(str(getattr(entry, "message", entry)))

        sender = apprise.Apprise()
        if not sender.add(url):
            raise ReachError(ReachProblem.SEND_FAILED, "the channel's URL is not usable")
        try:
            result = sender.notify(body=body, title=title, log_callback=keep)
        except Exception as e:  # a plugin's own bug must not stop the other channels
            raise ReachError(ReachProblem.SEND_FAILED, redact(str(e), url)[:300]) from e
        if not result:
            detail = "; ".join(line for line in logged if line)[-300:]
            raise ReachError(ReachProblem.SEND_FAILED, redact(detail, url))
