"""The time zone this computer runs in, by its IANA name where the system says it (#17).

A reminder falls due at an hour of the user's own day; days ahead, across a DST change, only a
named zone knows the offset: `datetime.now().astimezone().tzinfo` is today's fixed offset.
Read once per call (cheap), in this order: the TZ environment variable when it names a zone,
the /etc/localtime link (Linux, macOS), /etc/timezone (Debian), else today's offset.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")


def _named(name: str) -> ZoneInfo | None:
    name = name.strip().lstrip(":")
    if not name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _from_link(link: Path) -> ZoneInfo | None:
    """/etc/localtime → /usr/share/zoneinfo/Asia/Shanghai gives Asia/Shanghai."""
    try:
        target = os.path.realpath(link)
    except OSError:
        return None
    parts = Path(target).parts
    if "zoneinfo" not in parts:
        return None
    tail = parts[len(parts) - parts[::-1].index("zoneinfo") :]
    return _named("/".join(tail))


def local_zone() -> tzinfo:
    """The zone the app runs in: named when the system says which, else today's offset."""
    tz = os.environ.get("TZ", "")
    found = _named(tz)
    if found is None and tz.strip(" :"):
        pass  # a POSIX rule ("CST-8") rules this process's clock: today's offset below
    elif found is None and _LOCALTIME.is_symlink():
        found = _from_link(_LOCALTIME)
    if found is None and not tz.strip(" :"):
        try:
            found = _named(_TIMEZONE_FILE.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            found = None
    if found is not None:
        return found
    # Windows, or a system that says nothing: right today, and an hour off across a DST change.
    offset = datetime.now().astimezone().tzinfo
    assert offset is not None
    return offset
