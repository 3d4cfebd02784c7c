"""Reminders on a real desktop: the tray icon in a real tray host (trayer), notifications at a
real notification server (dunst), and a second launch raising the first window."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_support import find_window, require_programs, screenshot, wait_until

HERE = Path(__file__).parent
# services/demo.py: expires in 3 days, at 23:59 Kuwait time (20:59 UTC); from 20:00 to 20:59 UTC
# the countdown has no hours left to show ("3 d"), so the hours are optional below.
DEMO_LABEL = "Bank OTP (Kuwait)"


def stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def trayer(xvfb: dict[str, str]) -> Iterator[dict[str, str]]:
    """A system tray host (XEmbed) on the Xvfb display, at the bottom right."""
    require_programs("trayer")
    host = subprocess.Popen(
        ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "true", "--transparent", "false"],
        env=xvfb,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until(lambda: find_window(xvfb, "panel") or None, 10, "the trayer panel")
        yield xvfb
    finally:
        stop(host)


def test_tray_icon_shows_the_nearest_expiries(trayer: dict[str, str], tmp_path: Path) -> None:
    env = trayer
    probe = subprocess.run(
        [sys.executable, str(HERE / "tray_menu_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout.strip().splitlines()[-1])
    assert report["available"], report
    assert report["visible"], report
    menu = report["menu"]
    assert menu[0] == "Open NumberKeeper"
    assert menu[-1] == "Quit"
    assert any(re.fullmatch(re.escape(DEMO_LABEL) + r" — 3 d( \d+ h)?", t) for t in menu), menu
    assert any(t.startswith("Old work number — expired") for t in menu), menu
    # The whole app, too: it finds the tray, and its icon is embedded in the tray host.
    log = tmp_path / "app.log"
    with log.open("w") as err:
        app = subprocess.Popen(
            [sys.executable, "-m", "numberkeeper", "--demo"],
            env={**env, "NUMBERKEEPER_LOG": "INFO"},
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        wait_until(lambda: find_window(env, "NumberKeeper"), 30, "the main window")
        wait_until(
            lambda: "system tray available: True" in log.read_text() or None,
            10,
            "the app to find the tray",
        )
        screenshot(env, tmp_path / "tray.png")
    finally:
        stop(app)


def notifications_at_dunst(xvfb: dict[str, str], folder: Path, label: str, *options: str) -> str:
    """What a real dunst printed of the notifications of the app started on its demo."""
    require_programs("dbus-run-session", "dunst")
    config = folder / "dunstrc"
    config.write_text("[global]\n    font = Monospace 8\n")
    output = folder / "dunst.out"
    session = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(HERE / "dunst_session.py"),
         str(config), str(output), label, *options],
        env=xvfb,
        capture_output=True,
        text=True,
        timeout=40,
        check=False,
    )  # fmt: skip
    printed = output.read_text(errors="replace")
    assert session.returncode == 0, session.stderr + printed
    return printed


def test_due_reminder_reaches_the_notification_server(xvfb: dict[str, str], tmp_path) -> None:
    printed = notifications_at_dunst(xvfb, tmp_path, DEMO_LABEL)
    summaries = re.findall(r"summary: '(.*)'", printed)
    expected = re.escape(DEMO_LABEL) + r" expires in 3 d( \d+ h)?"
    assert any(re.fullmatch(expected, s) for s in summaries)
    assert "appname: 'NumberKeeper'" in printed
    assert "desktop_entry: 'io.github.numberkeeper.NumberKeeper'" in printed
    assert '"renew": "Renew…"' in printed  # dunst supports actions
    assert "+965 9666 1234" in printed  # the number, as the table writes it (#16)


def test_an_arabic_reminder_reaches_the_notification_server(xvfb: dict[str, str], tmp_path) -> None:
    # #18: in Arabic, with the label and the countdown isolated, the number left to right
    # (dunst lays it out with Pango: looked at under Xvfb, it reads +965 9666 1234).
    printed = notifications_at_dunst(xvfb, tmp_path, "رموز البنك (الكويت)", "--lang", "ar")
    summaries = re.findall(r"summary: '(.*)'", printed)
    assert "تنتهي صلاحية \u2068رموز البنك (الكويت)\u2069 خلال" in "\n".join(summaries)
    assert "\u2066+965 9666 1234\u2069" in printed  # left to right whatever surrounds it
    assert '"renew": "تجديد…"' in printed
    assert "appname: 'NumberKeeper'" in printed


def test_second_launch_raises_the_first(xvfb: dict[str, str], tmp_path: Path) -> None:
    env = {**xvfb, "NUMBERKEEPER_LOG": "INFO"}
    data = tmp_path / "data"
    log = tmp_path / "first.log"
    with log.open("w") as err:
        first = subprocess.Popen(
            [sys.executable, "-m", "numberkeeper", "--data-dir", str(data)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        window = wait_until(lambda: find_window(env, "NumberKeeper"), 30, "the first window")
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "numberkeeper", "--data-dir", str(data)],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 15
        wait_until(
            lambda: "raised the window for a second launch" in log.read_text() or None,
            10,
            "the first instance to raise its window",
        )
        windows = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "NumberKeeper"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        assert windows == [window]  # one window: the second launch did not open its own
        assert first.poll() is None
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
    finally:
        stop(first)
