"""Install NumberKeeper's desktop entry, icons and AppStream metadata for the current user.

`make install-desktop` runs this with the venv's Python, so the menu entry starts the venv's
`numberkeeper` by its absolute path. Files go under $XDG_DATA_HOME (default ~/.local/share):

    applications/<APP_ID>.desktop
    icons/hicolor/<N>x<N>/apps/<APP_ID>.png, icons/hicolor/scalable/apps/<APP_ID>.svg
    metainfo/<APP_ID>.metainfo.xml

then the desktop and icon caches are refreshed when the tools exist (failures are ignored:
a missing cache only delays the menu). `--uninstall` removes the same files.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT / "src"))
# The checkout's package, even without the venv.
from numberkeeper import APP_ICON_SIZES as PNG_SIZES  # noqa: E402
from numberkeeper import APP_ID  # noqa: E402
from numberkeeper.desktop_entry import exec_argument, string_value  # noqa: E402


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def default_executable() -> Path:
    """The `numberkeeper` script beside the Python running this (the venv's)."""
    return Path(sysconfig.get_path("scripts")) / "numberkeeper"


def desktop_entry(executable: Path) -> str:
    """The shipped .desktop file with Exec= and TryExec= pointing at `executable`."""
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^Exec=\S+", lambda _: f"Exec={exec_argument(str(executable))}", text)
    return re.sub(r"(?m)^TryExec=.*$", lambda _: f"TryExec={string_value(str(executable))}", text)


def targets(base: Path) -> dict[Path, Path | None]:
    """Installed file -> its source (None: the generated .desktop)."""
    files: dict[Path, Path | None] = {base / "applications" / f"{APP_ID}.desktop": None}
    hicolor = base / "icons" / "hicolor"
    for size in PNG_SIZES:
        files[hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = (
            ICONS / f"numberkeeper-{size}.png"
        )
    files[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = ICONS / "numberkeeper.svg"
    files[base / "metainfo" / f"{APP_ID}.metainfo.xml"] = LINUX / f"{APP_ID}.metainfo.xml"
    return files


def refresh_caches(base: Path) -> None:
    """Tell the menu and icon theme about the change; harmless when the tools are absent."""
    commands = [
        ["update-desktop-database", "-q", str(base / "applications")],
        ["gtk-update-icon-cache", "-q", "-f", "-t", str(base / "icons" / "hicolor")],
    ]
    for command in commands:
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exec",
        dest="executable",
        type=Path,
        default=default_executable(),
        help="the program the menu entry starts (default: %(default)s)",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove the installed files")
    args = parser.parse_args(argv)
    base = data_home()
    executable = args.executable.absolute()
    if not args.uninstall and not os.access(executable, os.X_OK):
        parser.error(f"{executable} is not an executable: run `make install-desktop`")
    for target, source in targets(base).items():
        if args.uninstall:
            target.unlink(missing_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(executable), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        print(target)
    refresh_caches(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
