"""Calendar sync and pushes through the real Secret Service (#17): gnome-keyring under a
private D-Bus keeps the CalDAV password and a channel's URL between separate runs of
numberkeeper-cli, as with a systemd timer; a real Radicale and a json:// receiver on 127.0.0.1
take what they send, and nothing secret reaches the data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import caldav
from desktop_support import require_programs
from local_servers import json_receiver, running_radicale

PASSWORD = "desktop-radicale-pw-5c1"
TOKEN = "desktop-hook-token-9e2"

SCRIPT = r"""
set -e
echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
cli() { "$PYTHON" -m numberkeeper.cli --data-dir "$DATA" "$@"; }
cli add-line --number +96596661234 --expires 2026-12-20 --label Bank >/dev/null
echo "$PASSWORD" | cli calendar connect --url "$RADICALE" --user erin --calendar Phone
cli calendar sync
echo "$HOOK" | cli channel add Hook
cli remind --push --at 2026-11-22T12:00:00+00:00
cli remind --push --at 2026-11-22T13:00:00+00:00
"""


def test_a_timer_s_runs_find_their_secrets_in_the_keyring(tmp_path: Path) -> None:
    require_programs("dbus-run-session", "gnome-keyring-daemon")
    data = tmp_path / "data"
    (tmp_path / "run").mkdir(mode=0o700)
    with (
        running_radicale(tmp_path / "radicale", {"erin": PASSWORD}) as radicale,
        json_receiver() as (port, received),
    ):
        env = {
            "PYTHON": sys.executable,
            "DATA": str(data),
            "PASSWORD": PASSWORD,
            "RADICALE": radicale.url,
            "HOOK": f"json://127.0.0.1:{port}/{TOKEN}",
            "HOME": str(tmp_path),  # gnome-keyring keeps its collection under $HOME
            "XDG_DATA_HOME": str(tmp_path / "share"),
            "XDG_RUNTIME_DIR": str(tmp_path / "run"),
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "TZ": "Asia/Shanghai",
        }
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", SCRIPT],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        client = caldav.DAVClient(url=radicale.url, username="erin", password=PASSWORD)
        [calendar] = [c for c in client.principal().calendars() if c.get_display_name() == "Phone"]
        uids = {str(e.icalendar_component["UID"]) for e in calendar.get_events()}
    out = result.stdout.splitlines()
    assert out[:3] == [
        "connected to “Phone” as erin",
        "synced: 2 written, 0 deleted, 0 unchanged",
        "synced: 0 written, 0 deleted, 2 unchanged",  # a second process, the same password
    ]
    assert out[-2:] == [
        "sent 1 reminder(s) over 1 channel(s)",
        "sent 0 reminder(s) over 1 channel(s)",
    ]
    assert uids == {"line-1-expiry@numberkeeper", "line-1-grace-end@numberkeeper"}
    assert [m["title"] for m in received] == ["Bank expires in 28 d 8 h"]
    for path in data.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert PASSWORD.encode() not in blob, path
            assert TOKEN.encode() not in blob, path
