"""The PyInstaller bundle (`make bundle`): it carries what the app reads at run time, starts
on a real X server in Chinese with the demo lines, and quits cleanly on SIGTERM (issue #7).

Runs when dist/NumberKeeper/NumberKeeper exists. With NUMBERKEEPER_REQUIRE_BUNDLE=1 (set by
.ci/run after `make bundle`) a missing bundle fails instead of skipping.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

import pytest
from desktop_support import find_window, require_programs, wait_until
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "NumberKeeper"
EXECUTABLE = BUNDLE / "NumberKeeper"
INTERNAL = BUNDLE / "_internal"
REQUIRE_ENV = "NUMBERKEEPER_REQUIRE_BUNDLE"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def bundle() -> Path:
    """The bundled executable; skip without one, unless CI requires it."""
    if EXECUTABLE.is_file():
        return EXECUTABLE
    reason = f"no bundle at {EXECUTABLE} (build it with: make bundle)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def test_bundle_carries_what_the_app_reads(bundle: Path) -> None:
    resources = INTERNAL / "numberkeeper" / "resources"
    for required in (
        resources / "carriers.json",
        resources / "translations" / "numberkeeper_zh_CN.qm",
        resources / "translations" / "numberkeeper_zh_TW.qm",
        resources / "translations" / "numberkeeper_ar.qm",
        resources / "icons" / "numberkeeper-256.png",
        resources / "icons" / "tray-critical.svg",
        INTERNAL / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm",
        INTERNAL / "PySide6" / "Qt" / "translations" / "qtbase_zh_TW.qm",
        INTERNAL / "PySide6" / "Qt" / "translations" / "qtbase_ar.qm",
        INTERNAL / "tzdata" / "zoneinfo" / "Asia" / "Kuwait",
        INTERNAL / "tzdata" / "zoneinfo" / "Asia" / "Muscat",
        INTERNAL / "tzdata" / "zoneinfo" / "zone.tab",  # the time-zone picker's list (#16)
        INTERNAL / "tzdata" / "zones",  # the zones a line may be kept in (#15)
        INTERNAL / "babel" / "global.dat",
        INTERNAL / "babel" / "locale-data" / "zh_Hans_CN.dat",
        INTERNAL / "babel" / "locale-data" / "en.dat",
        INTERNAL / "babel" / "locale-data" / "zh_Hant_TW.dat",
        INTERNAL / "babel" / "locale-data" / "ar.dat",
        INTERNAL / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        INTERNAL / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so",
        INTERNAL / "PySide6" / "Qt" / "plugins" / "iconengines" / "libqsvgicon.so",
    ):
        assert required.is_file(), f"missing from the bundle: {required.relative_to(BUNDLE)}"


def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    names = {path.name for path in INTERNAL.rglob("*")}
    unused = re.compile(r"Qt6(Qml|Quick|WebEngine|Pdf|OpenGL|3D|Multimedia|Designer|Sql|Test)")
    assert not sorted(n for n in names if unused.search(n))
    assert "libgtk-3.so.0" not in names  # pulled in only by the dropped gtk3 theme
    locales = list((INTERNAL / "babel" / "locale-data").glob("*.dat"))
    assert len(locales) < 20  # the interface languages, not all of CLDR
    qt_translations = list((INTERNAL / "PySide6" / "Qt" / "translations").glob("*.qm"))
    wanted = {f"qtbase_{language}.qm" for language in ("zh_CN", "zh_TW", "ar")}
    assert {p.name for p in qt_translations} == wanted


@pytest.fixture
def bundle_env(xvfb: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """The Xvfb environment, with a private home: the bundle never sees the user's files."""
    env = {k: v for k, v in xvfb.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    home = tmp_path / "home"
    for sub in ("config", "data", "cache", "runtime"):
        (home / sub).mkdir(parents=True)
    (home / "runtime").chmod(0o700)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def run_bundle(bundle: Path, env: dict[str, str], data: Path, lang: str) -> tuple[str, QImage]:
    """Start the bundle on the demo lines; its window title and a picture of its menu bar."""
    app = subprocess.Popen(
        [str(bundle), "--data-dir", str(data), "--demo", "--lang", lang],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_until(lambda: find_window(env, "NumberKeeper"), 60, "the bundle's window")
        title = subprocess.run(
            ["xdotool", "getwindowname", window],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        shot = data / f"window-{lang}.png"
        wait_until(lambda: _grab(env, window, shot), 30, "the window to be drawn")
        image = QImage(str(shot))
        assert not image.isNull()
        # A session logout sends SIGTERM: the frozen app must quit cleanly too.
        app.send_signal(signal.SIGTERM)
        _, stderr = app.communicate(timeout=30)
        assert app.returncode == 0, stderr
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    return title, image.copy(0, 0, min(image.width(), 400), 24)  # the menu bar


def _grab(env: dict[str, str], window: str, path: Path) -> bool | None:
    """A screenshot of the window once it has drawn its menu bar (mapped is not painted)."""
    result = subprocess.run(
        ["import", "-window", window, str(path)], env=env, capture_output=True, check=False
    )
    if result.returncode != 0 or not path.is_file():
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    colours = {
        image.pixel(x, y)
        for y in range(min(24, image.height()))
        for x in range(0, min(400, image.width()), 3)
    }
    return True if len(colours) > 3 else None


def test_bundle_starts_in_chinese_and_quits_cleanly(
    bundle: Path, bundle_env: dict[str, str], tmp_path: Path
) -> None:
    require_programs("import")
    data = tmp_path / "data"
    data.mkdir()
    title_zh, menu_zh = run_bundle(bundle, bundle_env, data, "zh_CN")
    title_en, menu_en = run_bundle(bundle, bundle_env, data, "en")
    assert CJK.search(title_zh), title_zh  # the demo title, translated
    assert not CJK.search(title_en), title_en
    assert menu_zh != menu_en  # 文件 编辑 … drawn instead of File Edit …


def import_dialog_corner(bundle: Path, env: dict[str, str], data: Path, lang: str) -> QImage:
    """Start the bundle, open File ▸ Import lines from CSV, and picture the file dialog's
    top-left corner, where Qt's own "Look in:" label stands."""
    title = {"zh_CN": "从 CSV 导入号码", "en": "Import lines from CSV"}[lang]
    app = subprocess.Popen(
        [str(bundle), "--data-dir", str(data), "--demo", "--lang", lang],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        window = wait_until(lambda: find_window(env, "NumberKeeper"), 60, "the bundle's window")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True)
        subprocess.run(["xdotool", "key", "--delay", "300", "alt+f", "i"], env=env, check=True)
        dialog = wait_until(lambda: find_window(env, title), 30, "the file dialog")
        shot = data / f"dialog-{lang}.png"
        wait_until(lambda: _grab(env, dialog, shot), 30, "the file dialog to be drawn")
        image = QImage(str(shot))
        return image.copy(0, 0, 110, 50)
    finally:
        app.kill()
        app.communicate()


def test_bundle_file_dialog_speaks_chinese(
    bundle: Path, bundle_env: dict[str, str], tmp_path: Path
) -> None:
    # Qt's own catalogue lacks "&Look in:" (#16): ours answers it, in the bundle too.
    require_programs("import", "xdotool")
    data = tmp_path / "data"
    data.mkdir()
    chinese = import_dialog_corner(bundle, bundle_env, data, "zh_CN")
    english = import_dialog_corner(bundle, bundle_env, data, "en")
    assert chinese != english  # 查找范围(L)： drawn, not Look in: twice


def test_bundle_starts_in_arabic_and_traditional_chinese(
    bundle: Path, bundle_env: dict[str, str], tmp_path: Path
) -> None:
    # #18: the catalogues of both, and Qt's qtbase_ar and qtbase_zh_TW, are in the bundle.
    require_programs("import")
    data = tmp_path / "data"
    data.mkdir()
    title_ar, menu_ar = run_bundle(bundle, bundle_env, data, "ar")
    title_tw, _menu_tw = run_bundle(bundle, bundle_env, data, "zh_TW")
    _title_en, menu_en = run_bundle(bundle, bundle_env, data, "en")
    assert re.search("[\u0600-\u06ff]", title_ar), title_ar  # the demo title, in Arabic
    assert "示範" in title_tw, title_tw  # Taiwan's word for a demo, not 演示
    assert menu_ar != menu_en  # the menu bar drawn from the right, in Arabic
