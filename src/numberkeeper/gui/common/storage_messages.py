"""Why the database or a file cannot be used, in the user's language: one sentence per cause.

A healthy database on a read-only disk, a full disk or a busy moment must never be called
damaged, and only a damaged one is offered a backup (#15): the advice "move the file away"
is the one that can lose data. The services' own sentences (core.errors.STORAGE_TEMPLATES) are
English, for the command line and logs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.errors import (
    NO_PERMISSION,
    READ_ONLY_MOUNT,
    StorageError,
    StorageProblem,
    byte_size,
)
from numberkeeper.gui.common.bidi import fill


def _why_read_only(detail: str) -> str:
    if detail == READ_ONLY_MOUNT:
        return QCoreApplication.translate("Storage", "its disk is mounted read-only")
    if detail == NO_PERMISSION:
        return QCoreApplication.translate("Storage", "you have no permission to write there")
    return detail


def storage_text(error: StorageError) -> str:
    """The sentence for one StorageError, its path and values filled in."""
    path, detail = str(error.path), error.detail
    problem = error.problem
    if problem is StorageProblem.NOT_A_FOLDER:
        text = QCoreApplication.translate(
            "Errors", "{path} is a file, not a folder: NumberKeeper cannot keep its data there."
        )
    elif problem is StorageProblem.READ_ONLY:
        text = QCoreApplication.translate(
            "Storage",
            "NumberKeeper cannot save in {path}: {reason}. Nothing was changed. Make it "
            "writable (its permissions, or mount the disk read-write), or choose another data "
            "folder.",
        )
        detail = _why_read_only(detail)
    elif problem is StorageProblem.DISK_FULL:
        text = QCoreApplication.translate(
            "Storage",
            "The disk holding {path} is full ({free} free). Nothing was saved. Free at least "
            "{needed} on it, then try again.",
        )
    elif problem is StorageProblem.LOCKED:
        text = QCoreApplication.translate(
            "Storage",
            "Another program is writing to {path} (perhaps numberkeeper-cli or a script). "
            "Nothing was saved; try again in a moment.",
        )
    elif problem is StorageProblem.DAMAGED:
        text = QCoreApplication.translate(
            "Storage",
            "{path} is damaged ({reason}). NumberKeeper has not changed it. Restore a backup: "
            "File ▸ Restore from backup…, or the daily backup offered at the next start.",
        )
    elif problem is StorageProblem.NOT_OURS:
        text = QCoreApplication.translate(
            "Storage",
            "{path} is not a NumberKeeper database ({reason}): another program's file, which "
            "NumberKeeper has not changed. Choose another data folder.",
        )
    elif problem is StorageProblem.TOO_NEW:
        text = QCoreApplication.translate(
            "Errors",
            "{path} was written by a newer version of NumberKeeper. Update NumberKeeper to "
            "open it; the file was not changed.",
        )
    elif problem is StorageProblem.CANNOT_OPEN:
        text = QCoreApplication.translate(
            "Errors", "NumberKeeper cannot open or create {path} ({reason})."
        )
    else:
        text = QCoreApplication.translate(
            "Storage", "{path} could not be changed ({reason}). Nothing was saved."
        )
    return fill(
        text, path=path, reason=detail, free=byte_size(error.free), needed=byte_size(error.needed)
    )
