"""Attachment files, copied into the data folder and named by their SHA-256.

The same file attached twice is stored once; a receipt never depends on a path outside the
data folder. Files are written to a temporary name and renamed, so a crash leaves no
half-written attachment.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.receipts import Attachment

ATTACHMENTS_DIR = "attachments"
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def attachments_dir(data_dir: Path) -> Path:
    """The folder holding every attachment."""
    return data_dir / ATTACHMENTS_DIR


def import_file(data_dir: Path, source: Path, field_name: str = "attachment") -> Attachment:
    """Copy `source` into the attachments folder (once per content); describe it.

    An unreadable, missing or oversized file raises a ValidationError naming the field.
    """
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise IsADirectoryError(str(source))
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError.single(
                field_name,
                ErrorCode.FILE_UNREADABLE,
                value=source.name,
                reason=f"larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB",
            )
        digest = hashlib.sha256()
        folder = attachments_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for chunk in iter(lambda: src.read(1 << 16), b""):
                    digest.update(chunk)
                    out.write(chunk)
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
    except OSError as e:
        raise ValidationError.single(
            field_name, ErrorCode.FILE_UNREADABLE, value=str(source), reason=e.strerror or str(e)
        ) from None
    return attachment


def stored_path(data_dir: Path, attachment: Attachment) -> Path:
    """Where an attachment's copy lives (it may be missing if someone deleted it)."""
    return attachments_dir(data_dir) / attachment.stored_name
