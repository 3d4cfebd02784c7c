"""Packaging files: the desktop entry and AppStream metadata validate, icons exist at every
size, and `install-desktop` puts everything under $XDG_DATA_HOME (issue #7).

The validators are Debian's desktop-file-utils and appstream: without them these tests skip,
and with NUMBERKEEPER_REQUIRE_DESKTOP=1 (CI) they fail.
"""

from __future__ import annotations

import configparser
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from desktop_support import require_programs

from numberkeeper import APP_ICON_SIZES, APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = APP_ICON_SIZES


def read_desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_desktop_file_validates() -> None:
    require_programs("desktop-file-validate")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


def test_metainfo_validates() -> None:
    require_programs("appstreamcli")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_is_named_by_the_app_id() -> None:
    entry = read_desktop_entry(DESKTOP_FILE)
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry["Name[zh_CN]"]
    assert entry["Comment[zh_CN]"]
    assert entry["X-GNOME-UsesNotifications"] == "true"
    assert entry["Terminal"] == "false"
    # Qt sets WM_CLASS from the application name: the shell matches windows to the entry.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Exec"].split()[0] == "numberkeeper"


def test_metainfo_names_the_app_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert __version__ in versions
    images = [i.text or "" for i in root.iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:  # each screenshot is a file in this repository
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


@pytest.mark.parametrize("size", PNG_SIZES)
def test_app_icon_png_has_its_size(size: int) -> None:
    assert png_size(ICONS / f"numberkeeper-{size}.png") == (size, size)


def test_ico_holds_every_size() -> None:
    data = (ICONS / "numberkeeper.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == set(PNG_SIZES)


def test_icns_is_well_formed() -> None:
    data = (ICONS / "numberkeeper.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset : offset + 4])
        offset += struct.unpack(">I", data[offset + 4 : offset + 8])[0]
    assert offset == len(data)
    assert {b"icp4", b"icp5", b"ic07", b"ic08", b"ic09"} <= kinds


def test_windows_version_info_matches_the_version() -> None:
    text = (ROOT / "packaging" / "windows" / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(n) for n in __version__.split("."))
    four = ",".join(str(n) for n in (*numbers, 0))
    assert f"filevers=({four})" in text.replace(" ", "")
    assert f"prodvers=({four})" in text.replace(" ", "")
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


def install_desktop(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    environment.update(HOME=str(tmp_path / "home"), **env)
    return subprocess.run(
        [sys.executable, str(LINUX / "install_desktop.py"), *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def installed_files(base: Path) -> list[Path]:
    hicolor = base / "icons" / "hicolor"
    return [
        base / "applications" / f"{APP_ID}.desktop",
        base / "metainfo" / f"{APP_ID}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
        *(hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in PNG_SIZES),
    ]


def test_install_desktop_honours_xdg_data_home(tmp_path: Path) -> None:
    base = tmp_path / "xdg-data"
    executable = tmp_path / "bin dir" / "numberkeeper"
    executable.parent.mkdir()
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(0o755)
    result = install_desktop(tmp_path, "--exec", str(executable), XDG_DATA_HOME=str(base))
    assert result.returncode == 0, result.stderr
    for path in installed_files(base):
        assert path.is_file(), path
    for size in PNG_SIZES:
        png = base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
    desktop = base / "applications" / f"{APP_ID}.desktop"
    entry = read_desktop_entry(desktop)
    assert entry["Exec"] == f'"{executable}"'  # quoted: the path has a space
    assert entry["TryExec"] == str(executable)
    assert entry["Icon"] == APP_ID
    assert not (tmp_path / "home" / ".local").exists()
    if _has("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout

    removed = install_desktop(tmp_path, "--uninstall", XDG_DATA_HOME=str(base))
    assert removed.returncode == 0, removed.stderr
    assert not any(path.exists() for path in installed_files(base))


def test_install_desktop_defaults_to_local_share_and_the_venv_script(tmp_path: Path) -> None:
    result = install_desktop(tmp_path)
    script = Path(sys.executable).parent / "numberkeeper"
    if not script.is_file():
        assert result.returncode != 0  # refuses to install an entry that cannot start
        return
    assert result.returncode == 0, result.stderr
    base = tmp_path / "home" / ".local" / "share"
    entry = read_desktop_entry(base / "applications" / f"{APP_ID}.desktop")
    assert Path(entry["TryExec"]).is_absolute()
    assert Path(entry["TryExec"]).name == "numberkeeper"
    assert re.fullmatch(r'"?/[^"]+numberkeeper"?', entry["Exec"])


def _has(program: str) -> bool:
    from shutil import which

    return which(program) is not None
