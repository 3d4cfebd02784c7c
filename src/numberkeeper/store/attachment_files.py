"""Attachment files, copied into the data folder and named by their SHA-256.

The same file attached twice is stored once; a receipt never depends on a path outside the
data folder. Files are written to a temporary name and renamed, so a crash leaves no
half-written attachment.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.receipts import Attachment
from numberkeeper.store.failures import ENOUGH_ROOM, disk_full, free_space

ATTACHMENTS_DIR = "attachments"
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def attachments_dir(data_dir: Path) -> Path:
    """The folder holding every attachment."""
    return data_dir / ATTACHMENTS_DIR


def import_file(data_dir: Path, source: Path, field_name: str = "attachment") -> Attachment:
    """Copy `source` into the attachments folder (once per content); describe it.

    A source that cannot be read, is missing, is no regular file (a device would be read
    forever, a pipe would hang) or is too large raises a ValidationError naming the field. A
    copy that cannot be written (a full disk, a read-only folder) raises the OSError, which the
    services tell as a storage failure (#15) — it is not the source's fault. Nothing is left
    behind either way.
    """
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise _unreadable(source, e, field_name) from None
    with os.fdopen(fd, "rb") as src:
        facts = os.fstat(fd)
        if not stat.S_ISREG(facts.st_mode):
            raise ValidationError.single(field_name, ErrorCode.FILE_NOT_REGULAR, value=str(source))
        if facts.st_size > MAX_ATTACHMENT_BYTES:
            raise ValidationError.single(
                field_name,
                ErrorCode.FILE_TOO_LARGE,
                value=source.name,
                limit=str(MAX_ATTACHMENT_BYTES // (1024 * 1024)),
            )
        folder = attachments_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if free_space(folder) < facts.st_size + ENOUGH_ROOM:
            raise disk_full(folder, facts.st_size + ENOUGH_ROOM)
        digest = hashlib.sha256()
        size = 0
        out_fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        try:
            with os.fdopen(out_fd, "wb") as out:
                while chunk := _read(src, source, field_name):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if size > MAX_ATTACHMENT_BYTES:  # it grew while being read
                        raise ValidationError.single(
                            field_name,
                            ErrorCode.FILE_TOO_LARGE,
                            value=source.name,
                            limit=str(MAX_ATTACHMENT_BYTES // (1024 * 1024)),
                        )
            attachment = Attachment(digest.hexdigest(), source.name, size)
            target = folder / attachment.stored_name
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
    return attachment


def _read(src: BinaryIO, source: Path, field_name: str) -> bytes:
    try:
        return src.read(1 << 16)
    except OSError as e:
        raise _unreadable(source, e, field_name) from None


def _unreadable(source: Path, error: OSError, field_name: str) -> ValidationError:
    return ValidationError.single(
        field_name,
        ErrorCode.FILE_UNREADABLE,
        value=str(source),
        reason=error.strerror or str(error),
    )


def stored_path(data_dir: Path, attachment: Attachment) -> Path:
    """Where an attachment's copy lives (it may be missing if someone deleted it)."""
    return attachments_dir(data_dir) / attachment.stored_name
