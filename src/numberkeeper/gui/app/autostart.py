""" "Start at login": the entry each desktop reads at login, written or removed on request.

- Linux (and other XDG desktops): $XDG_CONFIG_HOME/autostart/<APP_ID>.desktop
- Windows: the value NumberKeeper under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run
- macOS: ~/Library/LaunchAgents/<APP_ID>.plist
Every entry starts the app with --background, so it goes straight to the tray.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

from numberkeeper import APP_ID, APP_NAME
from numberkeeper.desktop_entry import exec_value

BACKGROUND_FLAG = "--background"
RUN_KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"


def launch_command() -> list[str]:
    """The program and arguments that start NumberKeeper in the background."""
    if getattr(sys, "frozen", False):  # a bundle: the executable is the app
        return [sys.executable, BACKGROUND_FLAG]
    return [sys.executable, "-m", "numberkeeper", BACKGROUND_FLAG]


def xdg_autostart_path() -> Path:
    """Where an XDG desktop looks for this app's autostart entry."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path() -> Path:
    """Where macOS looks for this user's LaunchAgent."""
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def desktop_entry(command: list[str]) -> str:
    """The text of the XDG autostart entry."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders before prepaid numbers lapse\n"
        f"Exec={exec_value(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def launch_agent(command: list[str]) -> bytes:
    """The LaunchAgent property list."""
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def _windows_value(command: list[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(command)


def is_enabled() -> bool:
    """Whether NumberKeeper starts at login for this user."""
    if sys.platform == "win32":
        from PySide6.QtCore import QSettings

        settings = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
        return settings.contains(APP_NAME)
    if sys.platform == "darwin":
        return launch_agent_path().is_file()
    return xdg_autostart_path().is_file()


def set_enabled(enabled: bool, command: list[str] | None = None) -> Path | None:
    """Write or remove the login entry; the file written (None on Windows). Raises OSError."""
    command = command or launch_command()
    if sys.platform == "win32":
        from PySide6.QtCore import QSettings

        settings = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
        if enabled:
            settings.setValue(APP_NAME, _windows_value(command))
        else:
            settings.remove(APP_NAME)
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            raise OSError(f"cannot write {RUN_KEY}")
        return None
    if sys.platform == "darwin":
        path, data = launch_agent_path(), launch_agent(command)
    else:
        path, data = xdg_autostart_path(), desktop_entry(command).encode()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(path.suffix + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
    else:
        path.unlink(missing_ok=True)
    return path
