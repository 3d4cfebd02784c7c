"""Starting the window: arguments, QApplication, translators, the database, the main window.

`main()` runs the event loop; `build_main_window()` and `start()` do everything before it,
so tests can build the real window without calling exec().
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from numberkeeper import APP_ID, APP_NAME, __version__, paths
from numberkeeper.core.carriers import CarrierCatalog
from numberkeeper.core.errors import StorageError
from numberkeeper.gui.app.i18n import install_translators
from numberkeeper.gui.app.icons import app_icon
from numberkeeper.gui.app.launch import Launch
from numberkeeper.gui.app.single_instance import SingleInstance
from numberkeeper.gui.app.startup_check import database_usable
from numberkeeper.gui.app.unix_signals import watch_termination
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.clock import Clock, system_clock
from numberkeeper.gui.common.storage_messages import storage_text
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services

ORGANIZATION_NAME = "NumberKeeper"
SETTINGS_NAME = "settings.ini"
# A write from the window waits this long for another program's (the command line's, a
# script's) before the user is told the database is busy: never a frozen window (#15).
WINDOW_BUSY_TIMEOUT_MS = 750


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    data_dir: str | None = None
    demo: bool = False
    lang: str | None = None
    background: bool = False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="numberkeeper", description="Keep prepaid phone numbers alive."
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep the data in DIR")
    parser.add_argument(
        "--demo", action="store_true", help="open sample lines in a temporary folder"
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="interface language: en, zh_CN, zh_TW or ar (default: the system's)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray with the window hidden (when the desktop has a tray)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def parse_known(argv: list[str]) -> tuple[Options, list[str]]:
    """Our options, and the arguments left for Qt (e.g. -platform offscreen, -style)."""
    ns, rest = _parser().parse_known_args(argv)
    return Options(data_dir=ns.data_dir, demo=ns.demo, lang=ns.lang, background=ns.background), rest


def parse_args(argv: list[str]) -> Options:
    """Our options; anything else is an error (argparse exits with status 2)."""
    options, rest = parse_known(argv)
    if rest:
        _parser().error("unrecognized arguments: " + " ".join(rest))
    return options


def settings_for(folder: Path) -> QSettings:
    """The window settings kept beside the database, in an INI file."""
    return QSettings(str(folder / SETTINGS_NAME), QSettings.Format.IniFormat)


def build_main_window(
    folder: Path,
    clock: Clock,
    language: str = "en",
    catalog: CarrierCatalog | None = None,
    demo: bool = False,
) -> MainWindow:
    """Open the database in `folder` and build the window over it (not shown).

    Raises StorageError when the database cannot be used; the file is then left untouched.
    The caller closes `window.services` when done (see Session.close).
    """
    catalog = catalog or carrier_catalog()
    services = Services.open_folder(folder, catalog, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    try:
        if demo and not services.lines.list_lines(include_archived=True):
            from numberkeeper.services.demo import CONTEXT, populate_demo

            # The sample lines' words in the interface language (#16).
            populate_demo(
                services.lines, clock(), lambda text: QCoreApplication.translate(CONTEXT, text)
            )
        return MainWindow(services, catalog, clock, settings_for(folder), language, demo)
    except BaseException:
        services.close()
        raise


@dataclass
class Session:
    """A built window and what it holds open: closed together when the app ends."""

    window: MainWindow
    folder: Path
    demo: bool

    def close(self) -> None:
        """Close the database; a demo's temporary folder is deleted with it."""
        self.window.data_actions.backups.shutdown()  # a daily backup may be reading the database
        self.window.services.close()
        if self.demo:
            shutil.rmtree(self.folder, ignore_errors=True)


def start(options: Options, clock: Clock, language: str = "en") -> Session | None:
    """Build the window the options ask for; on a database error tell the user, return None.

    --demo uses a fresh temporary folder filled with sample lines.
    """
    if options.demo:
        folder = Path(tempfile.mkdtemp(prefix="numberkeeper-demo-"))
    else:
        folder = paths.data_dir(options.data_dir)
        # A damaged database is never opened (opening would write to it): #5.
        if not database_usable(folder, clock):
            return None
    try:
        window = build_main_window(folder, clock, language, demo=options.demo)
    except StorageError as e:
        prompts.error(
            None,
            QCoreApplication.translate("App", "NumberKeeper cannot open its data"),
            storage_text(e),
        )
        return None
    return Session(window, folder, options.demo)


def _application(qt_args: list[str]) -> QApplication:
    """The QApplication (a new one, or the one tests made); refuse what Qt did not take."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        leftovers = qt_args
        app = existing
    else:
        app = QApplication([sys.argv[0] if sys.argv else "numberkeeper", *qt_args])
        leftovers = app.arguments()[1:]
    if leftovers:
        _parser().error("unrecognized arguments: " + " ".join(leftovers))
    return app


def _set_windows_app_id() -> None:
    # Windows groups taskbar buttons and toasts by this id; it must be set before any window.
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def main(argv: list[str] | None = None) -> int:
    """Run the window; the exit code is 0, or 1 when the data cannot be opened."""
    _set_windows_app_id()
    # Parsed before Qt starts, so --help and --version work without a display.
    options, qt_args = parse_known(list(sys.argv[1:] if argv is None else argv))
    app = _application(qt_args)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # No tray yet: closing the window must quit, not hide the app where it cannot be found.
    app.setQuitOnLastWindowClosed(True)
    logging.basicConfig(
        level=os.environ.get("NUMBERKEEPER_LOG", "WARNING").upper(),
        format="numberkeeper: %(levelname)s %(name)s: %(message)s",
    )
    # One instance per data folder (a demo has its own fresh folder): a second launch raises.
    instance = None if options.demo else SingleInstance(paths.data_dir(options.data_dir))
    if instance is not None and not instance.acquire():
        instance.send_raise()
        return 0
    language = install_translators(options.lang)  # before any widget exists
    session = start(options, system_clock, language)
    if session is None:
        return 1
    launch = Launch(session.window, instance, options.background, daily_backups=not options.demo)
    watcher = watch_termination(launch.quit)
    try:
        return app.exec()
    finally:
        if watcher is not None:
            watcher.close()
        launch.stop()
        session.close()
        if instance is not None:
            instance.release()
