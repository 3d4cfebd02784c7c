"""The zone the app runs in (#17): named, so a reminder hour days ahead survives a DST change."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from numberkeeper import local_zone as module
from numberkeeper.local_zone import local_zone


def test_tz_naming_a_zone_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert local_zone() == ZoneInfo("Asia/Shanghai")
    monkeypatch.setenv("TZ", ":Europe/London")
    assert local_zone() == ZoneInfo("Europe/London")


def test_the_localtime_link_names_the_zone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TZ", raising=False)
    zoneinfo = tmp_path / "usr/share/zoneinfo/America"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "New_York").write_bytes(b"TZif")
    link = tmp_path / "localtime"
    link.symlink_to(zoneinfo / "New_York")
    monkeypatch.setattr(module, "_LOCALTIME", link)
    assert local_zone() == ZoneInfo("America/New_York")


@pytest.fixture
def posix_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """TZ as a POSIX rule, which the C library's clock (and so this process) follows."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_without_a_name_today_s_offset_stands_in(
    posix_rule: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(module, "_LOCALTIME", tmp_path / "absent")
    found = local_zone()
    assert not isinstance(found, ZoneInfo)
    assert isinstance(found, timezone)
    assert found.utcoffset(None) == timedelta(hours=8)
