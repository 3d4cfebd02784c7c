"""GUI test set-up: offscreen Qt by default, a fixed clock, and a helper to add lines."""

from __future__ import annotations

import os
from pathlib import Path

# Before any QApplication exists: tests never need (or open) a real display. The offscreen
# platform gets two screens of the sizes users have (#16): a 1366 × 768 laptop, and a
# 1024 × 700 screen to its right, and an 800 × 600 netbook below (tests/gui/screens.json).
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('screens.json')}"
)

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from gui_prompts import Prompts
from PySide6.QtCore import QLocale, QSettings

from numberkeeper.core.lines import Line
from numberkeeper.core.validation import LineInput
from numberkeeper.gui.app import i18n
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.services.container import Services
from numberkeeper.services.lines import LineService

GUI_NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing at 2026-11-22 12:00 UTC until a test moves it."""
    return FixedClock(GUI_NOW)


class LineMaker:
    """Adds lines through the service with only the fields a test cares about."""

    def __init__(self, service: LineService, clock: FixedClock) -> None:
        self.service = service
        self.clock = clock
        self._serial = 0

    def __call__(self, expires: str, **typed: str) -> Line:
        """A new line expiring on `expires` (Kuwait time unless time_zone is given)."""
        self._serial += 1
        typed.setdefault("number", f"+965 9666 {1000 + self._serial}")
        typed.setdefault("time_zone", "Asia/Kuwait")
        typed.setdefault("label", f"line {self._serial}")
        return self.service.add(LineInput(expires=expires, **typed), self.clock()).line


@pytest.fixture
def make_line(service: LineService, clock: FixedClock) -> LineMaker:
    """Add a line: `make_line("2026-12-01", label="Bank")`."""
    return LineMaker(service, clock)


@contextmanager
def interface_language(code: str) -> Iterator[str]:
    """The translators of one interface language installed, then removed again."""
    before = QLocale()
    assert i18n.install_translators(code) == code
    try:
        yield code
    finally:
        i18n.remove_translators()
        QLocale.setDefault(before)


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp) -> Iterator[str]:
    """Each interface language in turn."""
    with interface_language(request.param) as code:
        yield code


@pytest.fixture
def chinese(qapp) -> Iterator[str]:
    """The interface in Simplified Chinese."""
    with interface_language("zh_CN") as code:
        yield code


@pytest.fixture
def services(service: LineService, data_dir: Path) -> Services:
    """Every service over the test database (the one `make_line` writes to)."""
    return Services.open(service.conn, data_dir, service.catalog)


@pytest.fixture
def window(qtbot, services: Services, clock: FixedClock, data_dir: Path) -> MainWindow:
    """The main window over `services`, in English, its settings in the data folder."""
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(services, services.lines.catalog, clock, settings, "en")
    qtbot.addWidget(main)
    return main


@pytest.fixture
def arabic(qapp) -> Iterator[str]:
    """The interface in Arabic: right to left (#18)."""
    with interface_language("ar") as code:
        yield code


@pytest.fixture(params=["zh_CN", "zh_TW", "ar"])
def translated_language(request, qapp) -> Iterator[str]:
    """Each language the interface is translated into, in turn (#18)."""
    with interface_language(request.param) as code:
        yield code


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    """Every box and picker answered by the test, every message recorded."""
    return Prompts(monkeypatch)
