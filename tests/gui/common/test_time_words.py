"""An instant is written as the wall-clock time of the zone asked for, whatever zone the
computer is set to — also a time that does not exist in the computer's own zone."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from numberkeeper.core.countdown import Span
from numberkeeper.gui.common.time_words import local_text, span_text

KUWAIT = ZoneInfo("Asia/Kuwait")

# 14 March 2027, 02:00–03:00 does not exist in New York (summer time starts); in Kuwait it does.
IN_NEW_YORKS_GAP = """
from datetime import datetime
from zoneinfo import ZoneInfo
from PySide6.QtCore import QCoreApplication, QLocale
app = QCoreApplication([])
QLocale.setDefault(QLocale("en"))
from numberkeeper.gui.common.time_words import local_text
kuwait = ZoneInfo("Asia/Kuwait")
print(local_text(datetime(2027, 3, 14, 2, 30, tzinfo=kuwait), kuwait))
"""


def test_a_time_in_the_computers_summer_time_gap_is_written_as_it_is() -> None:
    env = dict(os.environ, TZ="America/New_York", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", IN_NEW_YORKS_GAP],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "14 Mar 02:30"


def test_the_zone_asked_for_decides_the_wall_clock(language) -> None:
    instant = datetime(2026, 12, 1, 1, 59, tzinfo=UTC)
    day = {"en": "01 Dec", "zh_CN": "12月1日"}[language]
    assert local_text(instant, KUWAIT) == f"{day} 04:59"
    assert local_text(instant, ZoneInfo("Asia/Shanghai")) == f"{day} 09:59"
    assert local_text(instant, UTC) == f"{day} 01:59"


def test_spans(qapp) -> None:
    assert span_text(Span(days=3, hours=4, minutes=0)) == "3 d 4 h"
    assert span_text(Span(days=0, hours=0, minutes=12)) == "12 min"
