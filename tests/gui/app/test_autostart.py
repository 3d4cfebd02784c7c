"""Start at login: the XDG autostart entry and the command it starts."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from numberkeeper.gui.app import autostart

# -- start at login ---------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_autostart_writes_and_removes_the_desktop_entry(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = autostart.set_enabled(True, ["/opt/Number Keeper/bin/numberkeeper", "--background"])
    assert path == tmp_path / "config" / "autostart" / "io.github.numberkeeper.NumberKeeper.desktop"
    assert autostart.is_enabled()
    text = path.read_text()
    assert 'Exec="/opt/Number Keeper/bin/numberkeeper" --background' in text
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "error" not in result.stdout.lower()
    autostart.set_enabled(False)
    assert not path.exists()
    assert not autostart.is_enabled()


def test_launch_command_starts_in_the_background() -> None:
    assert autostart.launch_command()[-1] == "--background"
    assert b"<string>--background</string>" in autostart.launch_agent(autostart.launch_command())
