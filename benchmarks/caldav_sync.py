"""Calendar sync (#17) of N lines to a local Radicale, against a floor.

- first sync: every event of N lines written by services.calendar_sync (one PUT each, plus a
  PROPFIND or two), against the floor: the same number of plain `caldav` PUTs of the same
  bodies made directly, on a client already logged in, to another calendar;
- no-change sync: the same again with nothing changed (target: under 1 s, and no request
  body sent — only the calendar's change tag is asked for).

Radicale runs from the tests' own harness (tests/support/local_servers.py), with htpasswd
auth, on 127.0.0.1; its password and the account's stay in an in-memory keyring.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

SUPPORT = Path(__file__).resolve().parents[1] / "tests" / "support"
PASSWORD = "bench-radicale-password"
NO_CHANGE_TARGET_S = 1.0


class _Wire:
    """Counts the HTTP requests made and the bytes of their bodies."""

    def __init__(self) -> None:
        import niquests

        self.requests = 0
        self.body_bytes = 0
        self._original = niquests.Session.request
        wire = self

        def counting(session: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            data = kwargs.get("data")
            wire.requests += 1
            wire.body_bytes += len(data) if data else 0
            return wire._original(session, method, url, *args, **kwargs)

        niquests.Session.request = counting  # type: ignore[method-assign]

    def reset(self) -> None:
        self.requests = self.body_bytes = 0

    def close(self) -> None:
        import niquests

        niquests.Session.request = self._original  # type: ignore[method-assign]


def bench_caldav_sync(count: int = 1000) -> dict[str, float]:
    """Time the first and a no-change sync of `count` lines; print and return the figures."""
    sys.path.insert(0, str(SUPPORT))
    from local_servers import running_radicale  # the tests' own harness
    from memory_keyring import MemoryKeyring

    from benchmarks.__main__ import populate
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.calendar_events import event_calendar
    from numberkeeper.services.container import Services
    from numberkeeper.services.secrets import KeyringVault

    zone = ZoneInfo("Asia/Shanghai")
    with (
        tempfile.TemporaryDirectory(prefix="numberkeeper-bench-caldav-") as tmp,
        running_radicale(Path(tmp) / "radicale", {"bench": PASSWORD}) as radicale,
    ):
        folder = Path(tmp) / "data"
        folder.mkdir()
        populate(folder, count)
        services = Services.open_folder(folder, carrier_catalog(), KeyringVault(MemoryKeyring()))
        wire = _Wire()
        try:
            now = datetime.now(UTC)
            sync = services.calendar_sync
            sync.connect(radicale.url, "bench", PASSWORD, "NumberKeeper", now)
            wire.reset()
            started = time.perf_counter()
            first = sync.sync(now, zone)
            first_s = time.perf_counter() - started
            first_requests = wire.requests
            wire.reset()
            started = time.perf_counter()
            again = sync.sync(now, zone)
            no_change_s = time.perf_counter() - started
            no_change = (wire.requests, wire.body_bytes)
            floor_s = _floor(radicale.url, services, now, zone, event_calendar)
        finally:
            wire.close()
            services.close()
    events = first.written
    ratio = first_s / floor_s if floor_s else float("inf")
    ok = no_change_s < NO_CHANGE_TARGET_S and no_change[1] == 0 and again.sent_nothing
    print(
        f"caldav sync, {count} lines ({events} events) to a local Radicale: first sync "
        f"{first_s:.2f} s ({first_requests} requests), floor of {events} plain caldav PUTs "
        f"{floor_s:.2f} s → {ratio:.2f}×; no-change sync {no_change_s * 1000:.0f} ms, "
        f"{no_change[0]} request(s), {no_change[1]} body bytes "
        f"(target < {NO_CHANGE_TARGET_S:g} s, no body) {'ok' if ok else 'OVER TARGET'}"
    )
    return {
        "events": events,
        "first_sync_s": first_s,
        "floor_s": floor_s,
        "ratio": ratio,
        "no_change_s": no_change_s,
        "no_change_requests": no_change[0],
        "no_change_body_bytes": no_change[1],
    }


def _floor(url: str, services: Any, now: datetime, zone: Any, event_calendar: Any) -> float:
    """The same events, PUT one by one with the caldav client to a calendar of their own."""
    import caldav

    from numberkeeper.services.caldav_server import resource_url
    from numberkeeper.services.calendar_events import calendar_events

    lines, settings = services.lines.list_lines(), services.reminders.settings()
    bodies = [
        (e.uid, event_calendar(e, now).to_ical().decode("utf-8"))
        for e in calendar_events(lines, settings, zone)
    ]
    client = caldav.DAVClient(url=url, username="bench", password=PASSWORD, enable_rfc6764=False)
    calendar = client.principal().make_calendar(name="floor")
    target = str(calendar.url)
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    started = time.perf_counter()
    for uid, body in bodies:
        client.put(resource_url(target, uid), body, headers)
    return time.perf_counter() - started
