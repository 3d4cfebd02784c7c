"""Input the command line took and broke later, or echoed to the terminal as it was (#15)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ADD = ("add-line", "--number", "+96596661234", "--carrier", "kw-zain", "--expires", "2026-12-31")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "numberkeeper.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "right/UTC", "posix/Asia/Kuwait"])
def test_a_time_zone_only_this_machine_knows_is_refused(data_dir: Path, zone: str) -> None:
    result = run(data_dir, *ADD, "--tz", zone)
    assert result.returncode == 2
    assert f"--tz: {zone} is not a known time zone" in result.stderr
    assert run(data_dir, "lines").stdout.count("\n") <= 1  # nothing stored


@pytest.mark.parametrize("amount", ["1,000", "1,000.500", "10,5"])
def test_an_amount_with_a_comma_is_refused(data_dir: Path, amount: str) -> None:
    assert run(data_dir, *ADD).returncode == 0
    renew = ("renew", "1", "--currency", "KWD", "--extend", "1m", "--channel", "kiosk")
    result = run(data_dir, *renew, "--amount", amount)
    assert result.returncode == 2
    assert f"--amount: {amount} has a comma" in result.stderr


@pytest.mark.parametrize("code", ["XXX", "XTS", "XAU"])
def test_a_code_that_is_not_money_is_refused(data_dir: Path, code: str) -> None:
    result = run(data_dir, *ADD, "--balance", "1", "--currency", code)
    assert result.returncode == 2
    assert "not a known ISO 4217 currency code" in result.stderr


def test_control_characters_in_the_input_are_shown_escaped(data_dir: Path) -> None:
    typed = "\x1b[2J\x1b[31m+965\rgone\nsecond line\u202e"
    result = run(data_dir, *ADD[:1], "--number", typed, "--expires", "2026-12-31")
    assert result.returncode == 2
    assert "\x1b" not in result.stderr
    assert "\r" not in result.stderr
    assert "\u202e" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "\\x1b[2J\\x1b[31m+965\\rgone\\nsecond line\\u202e" in result.stderr


def test_control_characters_in_a_file_name_are_shown_escaped(
    data_dir: Path, tmp_path: Path
) -> None:
    result = run(data_dir, "import", "lines", "--csv", str(tmp_path / "a\x1b]0;owned\x07.csv"))
    assert result.returncode == 2
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "a\\x1b]0;owned\\x07.csv" in result.stderr
