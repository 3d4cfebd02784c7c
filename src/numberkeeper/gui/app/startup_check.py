"""Before the database is opened: is it sound? If not, never touch it; offer a backup (#5).

A database that fails `PRAGMA integrity_check`, or a file that is no longer a database, is left
exactly as it is. The user is told what is wrong and may restore the latest good daily backup
(the damaged file is moved aside, not overwritten) or quit. Only real damage comes here (#15):
another program's database or a read-only disk is told when opening it, with no backup
offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.common.messages import refusal_text
from numberkeeper.paths import database_path
from numberkeeper.services.database_health import check_database


def database_usable(folder: Path, clock: Clock) -> bool:
    """True when the database in `folder` may be opened (or does not exist yet).

    False means the user chose to quit, or no backup can stand in: the app must not start.
    """
    path = database_path(folder)
    if not path.exists():
        return True
    health = check_database(path)
    if not health.damaged:
        # Sound, or unusable for a reason that is no damage (another program's file, a
        # read-only disk …): opening it tells that in its own words, and offers no backup.
        return True
    title = QCoreApplication.translate("StartupCheck", "NumberKeeper's data is damaged")
    problem = fill(
        QCoreApplication.translate(
            "StartupCheck",
            "NumberKeeper cannot open {path}: it is damaged (SQLite says: {problem}).\n\n"
            "NumberKeeper has not changed the file.",
        ),
        path=str(path),
        problem=health.problem,
    )
    latest = health.latest_backup
    if latest is None:
        prompts.error(
            None,
            title,
            problem
            + "\n\n"
            + QCoreApplication.translate(
                "StartupCheck",
                "There is no automatic backup to restore. If you have a backup archive, "
                "move the damaged file away, start NumberKeeper and use File ▸ Restore from "
                "backup….",
            ),
        )
        return False
    if not prompts.ask(
        None,
        title,
        problem
        + "\n\n"
        + fill(
            QCoreApplication.translate(
                "StartupCheck",
                "The latest good automatic backup is {backup}. Restore it? The damaged file is "
                "kept beside it.",
            ),
            backup=latest.name,
        ),
        QCoreApplication.translate("StartupCheck", "Restore the backup"),
        QCoreApplication.translate("StartupCheck", "Quit"),
    ):
        return False
    try:
        from numberkeeper.services.backups import restore_daily_backup

        kept = restore_daily_backup(latest, folder, clock())
    except (OSError, ValueError) as e:
        prompts.error(
            None,
            title,
            fill(
                QCoreApplication.translate("StartupCheck", "The backup was not restored: {reason}"),
                reason=refusal_text(e),
            ),
        )
        return False
    prompts.info(
        None,
        QCoreApplication.translate("StartupCheck", "Backup restored"),
        fill(
            QCoreApplication.translate(
                "StartupCheck",
                "NumberKeeper restored its data from {backup}. The damaged database is kept at "
                "{kept}. Changes made after that backup are not in the restored data.",
            ),
            backup=latest.name,
            kept=str(kept),
        ),
    )
    return True
