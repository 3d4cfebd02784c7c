"""Which time zones a line may be kept in: the IANA names of the tz database NumberKeeper
ships (the tzdata package), which every installation has (#15)."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from numberkeeper.core.errors import ErrorCode, ValidationError


@cache
def known_time_zones() -> frozenset[str]:
    """The zone names of the tz database NumberKeeper ships (the tzdata package): the ones
    every installation has, Windows and the frozen bundle included."""
    from importlib import resources

    listed = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    return frozenset(listed.split())


def check_time_zone(name: str, field_name: str = "time_zone") -> str:
    """An IANA zone name of the shipped tz database (tzdata).

    Only those (#15): this machine's own database also answers to "localtime", "posixrules",
    "right/UTC" or "posix/Asia/Kuwait", which were stored, and then every listing of the lines
    failed where only the shipped database exists.
    """
    raw = name.strip()
    if raw not in known_time_zones():
        raise ValidationError.single(field_name, ErrorCode.TIME_ZONE_UNKNOWN, value=raw)
    try:
        ZoneInfo(raw)
    # OSError: a very long name is too long a path.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError.single(field_name, ErrorCode.TIME_ZONE_UNKNOWN, value=raw) from None
    return raw
