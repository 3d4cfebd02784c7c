"""Every storage failure is one sentence naming its real cause, never a traceback (#15).

The command line runs as its own process, as a user (or a script) runs it, on real places that
refuse writes: a small tmpfs filled to 32 KiB free, the same disk mounted read-only, the
database file alone bind-mounted read-only, a database locked by another process, a damaged
one. Nothing may be lost or changed by any of it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lock_holder import write_lock_held
from mounts import fill, need_mounts, read_only, read_only_file, small_disk, tree

ADD = ("add-line", "--number", "+96596661234", "--carrier", "kw-zain", "--expires", "2026-12-31")


def run(data_dir: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "numberkeeper.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal: exit code 1 or 2, one line on stderr, no traceback."""
    assert result.returncode in (1, 2), result
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("numberkeeper-cli: "), result.stderr
    return lines[0]


def numbers(data_dir: Path) -> list[str]:
    result = run(data_dir, "lines", "--json", "--all")
    assert result.returncode == 0, result.stderr
    return [line["number"] for line in json.loads(result.stdout)]


def test_a_full_disk_is_told_by_every_write_and_loses_nothing(tmp_path: Path) -> None:
    need_mounts(tmp_path)
    slip = tmp_path / "slip.pdf"  # on another disk: only the copy kept with the data is big
    slip.write_bytes(b"%PDF-1.4 " + os.urandom(200 * 1024))
    with small_disk(tmp_path / "disk", 4096) as disk:
        data = disk / "data"
        assert run(data, *ADD).returncode == 0
        assert run(data, "backup").returncode == 0  # the backups folder exists already
        filler = fill(disk, 32 * 1024)
        before = tree(data)
        writes = [
            ("add-line", "--number", "+96596661235", "--expires", "2026-12-31"),
            ("edit", "1", "--label", "Bank OTP"),
            (
                "renew", "1", "--amount", "5.000", "--currency", "KWD", "--extend", "1m",
                "--channel", "kiosk", "--attach", str(slip),
            ),
            ("log-activity", "1", "--kind", "sms"),
            ("backup",),
            ("backup", "--to", str(disk / "all.zip")),
            ("export", "lines", "--csv", str(disk / "lines.csv")),
        ]  # fmt: skip
        for args in writes:
            said = one_sentence(run(data, *args))
            assert "full" in said, (args, said)
            assert "damaged" not in said
        assert tree(data) == before  # nothing half-written, not even an orphan attachment
        filler.unlink()
        assert numbers(data) == ["+96596661234"]
        assert run(data, "check").returncode == 0


def test_a_full_disk_says_how_much_is_free_and_needed(tmp_path: Path) -> None:
    need_mounts(tmp_path)
    with small_disk(tmp_path / "disk", 4096) as disk:
        data = disk / "data"
        assert run(data, *ADD).returncode == 0
        fill(disk, 32 * 1024)
        said = one_sentence(run(data, "edit", "1", "--label", "x"))
        assert re.search(r"is full \(\d+ (bytes|KiB) free\)", said), said
        assert "Free at least 1 MiB" in said


def test_a_read_only_disk_is_not_called_damaged(tmp_path: Path) -> None:
    need_mounts(tmp_path)
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        assert run(data, *ADD).returncode == 0
        before = tree(data)
        with read_only(disk):
            for args in (("lines",), ADD, ("edit", "1", "--label", "x")):
                said = one_sentence(run(data, *args))
                assert "read-only" in said
                assert "mounted read-only" in said
                assert "damaged" not in said
                assert "not a NumberKeeper database" not in said
            checked = run(data, "check")
            assert checked.returncode == 0, checked.stderr
            assert "ok (its disk is mounted read-only" in checked.stdout
        assert tree(data) == before


def test_a_read_only_database_file_is_not_called_damaged(tmp_path: Path, data_dir: Path) -> None:
    need_mounts(tmp_path)
    assert run(data_dir, *ADD).returncode == 0
    path = data_dir / "numberkeeper.sqlite3"
    before = path.read_bytes()
    with read_only_file(path):
        said = one_sentence(run(data_dir, "edit", "1", "--label", "x"))
        assert f"{path} is read-only" in said
        assert "damaged" not in said
    assert path.read_bytes() == before


def test_a_database_locked_by_another_process_is_told_as_busy(data_dir: Path) -> None:
    assert run(data_dir, *ADD).returncode == 0
    with write_lock_held(data_dir / "numberkeeper.sqlite3"):
        started = time.monotonic()
        said = one_sentence(run(data_dir, "edit", "1", "--label", "x"))
        assert time.monotonic() - started < 15
        assert "busy: another program" in said
    assert run(data_dir, "edit", "1", "--label", "x").returncode == 0


def test_a_damaged_database_is_told_with_the_restore_offer(data_dir: Path) -> None:
    for i in range(40):
        assert run(data_dir, *ADD[:2], f"+965966610{i:02d}", *ADD[3:]).returncode == 0
    import sqlite3

    path = data_dir / "numberkeeper.sqlite3"
    with sqlite3.connect(path) as raw_db:
        (root,) = raw_db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'lines'"
        ).fetchone()
    raw_db.close()
    raw = bytearray(path.read_bytes())
    page = int.from_bytes(raw[16:18], "big")
    raw[page * (root - 1) : page * (root - 1) + 64] = b"\xff" * 64  # the lines' root page
    path.write_bytes(bytes(raw))
    said = one_sentence(run(data_dir, "lines"))
    assert "is damaged" in said
    assert "restore a backup" in said
    checked = run(data_dir, "check")
    assert checked.returncode == 1
    assert "database:" in checked.stderr


@pytest.mark.parametrize("version", [0, 3])
def test_another_programs_database_is_told_as_not_ours(data_dir: Path, version: int) -> None:
    import sqlite3

    path = data_dir / "numberkeeper.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (x)")
        raw.execute(f"PRAGMA user_version = {version}")
    raw.close()
    before = tree(data_dir)
    said = one_sentence(run(data_dir, *ADD))
    assert "is not a NumberKeeper database" in said
    assert "damaged" not in said
    checked = run(data_dir, "check")
    assert checked.returncode == 1
    assert "not a NumberKeeper database" in checked.stderr
    assert tree(data_dir) == before
