"""The app's own code against a real Secret Service (gnome-keyring under a private D-Bus)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_support import require_programs

PIN = "7391-real-keyring-pin"

SCRIPT = r"""
set -e
echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
cli() { "$PYTHON" -m numberkeeper.cli --data-dir "$DATA" "$@"; }
cli add-line --number +96596661234 --expires 2027-01-01 >/dev/null
echo "$PIN" | cli secret set 1 pin
echo "backend: $("$PYTHON" -c 'import keyring; print(type(keyring.get_keyring()).__module__)')"
echo "got: $(cli secret get 1 pin)"
cli secret list 1
cli secret delete 1 pin
cli secret get 1 pin || echo "gone"
"""


def test_pin_round_trip_through_the_secret_service(tmp_path: Path) -> None:
    require_programs("dbus-run-session", "gnome-keyring-daemon")
    data = tmp_path / "data"
    env = {
        "PYTHON": sys.executable,
        "DATA": str(data),
        "PIN": PIN,
        "HOME": str(tmp_path),  # gnome-keyring keeps its collection under $HOME
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
    }
    (tmp_path / "run").mkdir(mode=0o700)
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "backend: keyring.backends.SecretService" in out
    assert f"got: {PIN}" in out
    assert "pin\t" in out
    assert out.rstrip().endswith("gone")
    for path in data.rglob("*"):
        assert PIN.encode() not in path.read_bytes(), path
