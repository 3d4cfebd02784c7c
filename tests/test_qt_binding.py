"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

That release dropped a reference to None on every Qt call returning nothing, and to True or
False on every bool signal emitted, so the app aborted after a few thousand calls.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    flag = Signal(bool)

o = Emitter()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(2000):
    o.setObjectName("x")
    o.flag.emit(True)
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_qt_calls_keep_reference_counts_intact() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    lost_none, lost_true = (int(x) for x in result.stdout.split())
    assert abs(lost_none) < 100, "the Qt binding leaks or drops references to None"
    assert abs(lost_true) < 100, "the Qt binding leaks or drops references to True"
