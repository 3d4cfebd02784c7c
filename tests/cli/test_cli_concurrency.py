"""A long import holds the write lock only briefly (#15): other programs' writes made while it
runs wait less than their time-out, and none is refused or lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROWS = 60_000

# Asks for the write lock again and again without waiting, and prints the longest stretch of
# time it was refused: how long any writer beside the import would have had to wait.
PROBE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
longest, refused_since = 0.0, None
while True:
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        if refused_since is not None:
            longest = max(longest, time.monotonic() - refused_since)
            refused_since = None
    except sqlite3.OperationalError:
        refused_since = refused_since or time.monotonic()
    if sys.stdin.readable() and __import__("select").select([sys.stdin], [], [], 0.002)[0]:
        break
print(longest, flush=True)
"""


def cli(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "numberkeeper.cli", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def test_writers_beside_a_large_import_are_neither_refused_nor_lost(
    data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lines.csv"
    with source.open("w", encoding="utf-8") as f:
        f.write("number,expires,carrier\n")
        f.writelines(f"+9655{i:07d},2027-01-31,kw-zain\n" for i in range(ROWS))
    first = cli(data_dir, "add-line", "--number", "+96890000000", "--expires", "2027-01-31")
    assert first.wait(timeout=60) == 0, first.communicate()
    probe = subprocess.Popen(
        [sys.executable, "-c", PROBE, str(data_dir / "numberkeeper.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    started = time.monotonic()
    importer = cli(data_dir, "import", "lines", "--csv", str(source))
    written = []
    while importer.poll() is None:  # a real writer, one write after the other, all along
        writer = cli(data_dir, "log-activity", "1", "--kind", "sms")
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        written.append(out)
    took = time.monotonic() - started
    longest_wait = float(probe.communicate("stop\n", timeout=60)[0])
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert f"imported: {ROWS} added" in out
    # Before #15 the whole import ran under the lock (60,000 rows: ~6 s of a ~8 s import).
    assert longest_wait < 0.4 * took, (longest_wait, took)
    assert longest_wait < 5.0  # the command line's time-out
    assert len(written) >= 3  # the writes really ran beside the import
    shown = cli(data_dir, "show", "1", "--json")
    history = json.loads(shown.communicate(timeout=60)[0])["history"]
    assert sum(e["kind"] == "activity" for e in history) == len(written)
