"""The systemd user timer and service shipped for `remind --push` (#17): systemd accepts them,
and every command they run is one numberkeeper-cli understands."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

from desktop_support import require_programs

from numberkeeper.cli import build_parser

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
SERVICE = LINUX / "numberkeeper-remind.service"
TIMER = LINUX / "numberkeeper-remind.timer"


def read_unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def test_systemd_accepts_the_units(tmp_path: Path) -> None:
    require_programs("systemd-analyze")
    for unit in (SERVICE, TIMER):
        shutil.copy(unit, tmp_path)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", SERVICE.name, TIMER.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_service_runs_commands_the_cli_knows() -> None:
    commands = [
        line.split("=", 1)[1].lstrip("-")
        for line in SERVICE.read_text(encoding="utf-8").splitlines()
        if line.startswith("ExecStart=")
    ]
    assert len(commands) == 2
    for command in commands:
        words = shlex.split(command)
        assert words[:2] == ["/usr/bin/env", "numberkeeper-cli"]
        build_parser().parse_args(words[2:])  # exits 2 on anything it does not know
    assert commands[-1].endswith("remind --push")  # last: its failure is the unit's


def test_the_timer_runs_every_quarter_hour_and_catches_up() -> None:
    timer = read_unit(TIMER)["Timer"]
    assert timer["OnCalendar"] == "*:0/15"
    assert timer["Persistent"] == "true"
    assert read_unit(TIMER)["Install"]["WantedBy"] == "timers.target"
