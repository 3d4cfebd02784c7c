"""What a backup archive holds, and whether it may be restored (#5, #15).

An archive is checked before anything of it is kept: every entry must be a plain file the
manifest lists, with the size the manifest says, and all of them must fit on the disk — all
of it decided from the archive's directory, before a byte is extracted (a 1 GiB zip bomb was
refused only after it was written out; a symbolic link the manifest did not list was restored
as a file). Extracted files are private to the user (0600 in 0700 folders), like the data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import stat
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from numberkeeper.core.errors import RefusedError, byte_size
from numberkeeper.core.receipts import Attachment
from numberkeeper.services.boundary import storage_errors
from numberkeeper.store import backups as store
from numberkeeper.store.attachment_files import ATTACHMENTS_DIR
from numberkeeper.store.db import DATABASE_NAME
from numberkeeper.store.failures import ENOUGH_ROOM, free_space
from numberkeeper.store.migrations import SCHEMA_VERSION

MANIFEST = "manifest.json"
ARCHIVE_FORMAT = 1
MAX_MANIFEST_BYTES = 1 << 20


class BackupProblemKind(StrEnum):
    """What is wrong with a backup. Each kind has one English template below; the window
    words it in the user's language."""

    NOT_A_BACKUP = "not_a_backup"
    MANIFEST_UNREADABLE = "manifest_unreadable"
    UNEXPECTED_FILE = "unexpected_file"
    FILE_UNREADABLE = "file_unreadable"
    FILE_DAMAGED = "file_damaged"
    FILE_MISSING = "file_missing"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_TOO_NEW = "database_too_new"
    DATABASE_NOT_OURS = "database_not_ours"
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_DAMAGED = "attachment_damaged"
    NOT_LISTED = "not_listed"  # in the archive, not in its manifest (#15)
    NOT_A_FILE = "not_a_file"  # a link, a folder, a device: never extracted (#15)
    TOO_LARGE = "too_large"  # larger than the manifest says, or than the disk can take


ENGLISH_PROBLEMS: dict[BackupProblemKind, str] = {
    BackupProblemKind.NOT_A_BACKUP: "{name} is not a NumberKeeper backup ({reason})",
    BackupProblemKind.MANIFEST_UNREADABLE: "the manifest cannot be read ({reason})",
    BackupProblemKind.UNEXPECTED_FILE: "unexpected file in the archive: {name}",
    BackupProblemKind.FILE_UNREADABLE: "{name} cannot be read from the archive ({reason})",
    BackupProblemKind.FILE_DAMAGED: "{name} is damaged (its SHA-256 does not match the manifest)",
    BackupProblemKind.FILE_MISSING: "{name} is listed in the manifest but missing",
    BackupProblemKind.DATABASE_DAMAGED: "{name} fails its integrity check ({reason})",
    BackupProblemKind.DATABASE_TOO_NEW: "the database was written by a newer NumberKeeper "
    "(schema {version}; this version knows up to {known})",
    BackupProblemKind.DATABASE_NOT_OURS: "the database is not a NumberKeeper database",
    BackupProblemKind.ATTACHMENT_MISSING: "attachment {name} is missing",
    BackupProblemKind.ATTACHMENT_DAMAGED: "attachment {name} is damaged",
    BackupProblemKind.NOT_LISTED: "{name} is in the archive but not in its manifest",
    BackupProblemKind.NOT_A_FILE: "{name} is not a plain file (a link, a folder or a device)",
    BackupProblemKind.TOO_LARGE: "{name} would unpack to {size}, more than {limit}",
}


@dataclass(frozen=True)
class BackupProblem:
    """One thing wrong with a backup: its kind, and the values its sentence needs."""

    kind: BackupProblemKind
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return ENGLISH_PROBLEMS[self.kind].format(**self.params)


def _problem(kind: BackupProblemKind, **params: object) -> BackupProblem:
    return BackupProblem(kind, {key: str(value) for key, value in params.items()})


class RestoreRefusedError(RefusedError):
    """The archive failed its checks; nothing was changed."""

    def __init__(self, problems: tuple[BackupProblem, ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class RestoreCheck:
    """What checking an archive found, and what it holds."""

    ok: bool
    problems: tuple[BackupProblem, ...]
    schema_version: int
    lines: int
    receipts: int
    attachments: int
    created_at: str


@dataclass(frozen=True)
class RestoreReport:
    """Where the previous data was kept, and what was restored."""

    safety_copy: Path
    restored: RestoreCheck


def sha256_of(path: Path) -> str:
    """A file's SHA-256, as the manifest lists it."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Listed:
    """A file the manifest lists."""

    size: int
    sha256: str


def _refused(*problems: BackupProblem) -> RestoreCheck:
    return RestoreCheck(False, problems, 0, 0, 0, 0, "")


def _may_hold(name: str) -> bool:
    """A name a backup writes: the database, or one attachment (no path tricks)."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name:
        return False
    return name == DATABASE_NAME or (len(pure.parts) == 2 and pure.parts[0] == ATTACHMENTS_DIR)


def _plain_file(info: zipfile.ZipInfo) -> bool:
    """Not a folder, and — where the archive records Unix modes — a regular file, not a
    symbolic link or a device."""
    if info.is_dir():
        return False
    kind = stat.S_IFMT(info.external_attr >> 16)
    return info.create_system != 3 or kind in (0, stat.S_IFREG)  # 0: no type recorded


def _read_manifest(zf: zipfile.ZipFile) -> tuple[dict[str, object], list[BackupProblem]]:
    info = zf.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST_BYTES:
        size, limit = byte_size(info.file_size), byte_size(MAX_MANIFEST_BYTES)
        return {}, [_problem(BackupProblemKind.TOO_LARGE, name=MANIFEST, size=size, limit=limit)]
    try:
        loaded = json.loads(zf.read(info))
    except (ValueError, zipfile.BadZipFile) as e:
        return {}, [_problem(BackupProblemKind.MANIFEST_UNREADABLE, reason=e)]
    return (loaded if isinstance(loaded, dict) else {}), []


def _listed(manifest: dict[str, object]) -> dict[str, Listed]:
    files = manifest.get("files")
    return {
        str(f["name"]): Listed(int(f["size"]), str(f["sha256"]))
        for f in (files if isinstance(files, list) else [])
        if isinstance(f, dict) and isinstance(f.get("size"), int) and "name" in f and "sha256" in f
    }


def _largest(name: str, listed: Listed) -> int:
    """The most an entry may unpack to: what the manifest says, and for an attachment no
    more than any attachment may be."""
    from numberkeeper.store.attachment_files import MAX_ATTACHMENT_BYTES

    return listed.size if name == DATABASE_NAME else min(listed.size, MAX_ATTACHMENT_BYTES)


def _entries(
    zf: zipfile.ZipFile, listed: dict[str, Listed]
) -> tuple[list[zipfile.ZipInfo], list[BackupProblem]]:
    """The entries to extract, or what is wrong — decided from the archive's directory alone."""
    keep: list[zipfile.ZipInfo] = []
    problems: list[BackupProblem] = []
    seen = {MANIFEST}
    for info in zf.infolist():
        name = info.filename
        if name == MANIFEST and info is zf.getinfo(MANIFEST):
            continue
        if name in seen or not _may_hold(name):
            problems.append(_problem(BackupProblemKind.UNEXPECTED_FILE, name=name))
        elif not _plain_file(info):
            problems.append(_problem(BackupProblemKind.NOT_A_FILE, name=name))
        elif name not in listed:
            problems.append(_problem(BackupProblemKind.NOT_LISTED, name=name))
        elif info.file_size > (limit := _largest(name, listed[name])):
            size, most = byte_size(info.file_size), byte_size(limit)
            problems.append(_problem(BackupProblemKind.TOO_LARGE, name=name, size=size, limit=most))
        elif info.file_size != listed[name].size:
            problems.append(_problem(BackupProblemKind.FILE_DAMAGED, name=name))
        else:
            keep.append(info)
        seen.add(name)
    problems += [
        _problem(BackupProblemKind.FILE_MISSING, name=n) for n in sorted(set(listed) - seen)
    ]
    return keep, problems


def _extract(zf: zipfile.ZipFile, info: zipfile.ZipInfo, folder: Path) -> Path:
    """One checked entry into `folder`, 0600 in 0700 folders, never more than it declared."""
    out = folder / info.filename
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with zf.open(info) as src, os.fdopen(fd, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    return out


def extract_checked(archive: Path, folder: Path) -> RestoreCheck:
    """Check `archive`, extracting its database and attachments into `folder` only when its
    directory and manifest allow it; then check what was extracted.

    StorageError (DISK_FULL) when `folder`'s disk cannot take what the archive holds.
    """
    from numberkeeper.store.failures import disk_full

    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as e:
        return _refused(_problem(BackupProblemKind.NOT_A_BACKUP, name=archive, reason=e))
    with zf:
        names = set(zf.namelist())
        if MANIFEST not in names or DATABASE_NAME not in names:
            reason = "no manifest or database"
            return _refused(_problem(BackupProblemKind.NOT_A_BACKUP, name=archive, reason=reason))
        manifest, problems = _read_manifest(zf)
        keep, wrong = _entries(zf, _listed(manifest))
        problems += wrong
        if problems:
            return _refused(*problems)
        needed = sum(info.file_size for info in keep) + ENOUGH_ROOM
        if free_space(folder) < needed:
            raise disk_full(folder, needed)
        listed = _listed(manifest)
        for info in keep:
            try:
                out = _extract(zf, info, folder)
            except (zipfile.BadZipFile, EOFError) as e:
                problems.append(
                    _problem(BackupProblemKind.FILE_UNREADABLE, name=info.filename, reason=e)
                )
                continue
            if sha256_of(out) != listed[info.filename].sha256:
                problems.append(_problem(BackupProblemKind.FILE_DAMAGED, name=info.filename))
    if problems:
        return _refused(*problems)
    return _check_database(folder, str(manifest.get("created_at", "")))


def _check_database(folder: Path, created_at: str) -> RestoreCheck:
    """The extracted database: intact, ours, not newer, every attachment it names there."""
    problems: list[BackupProblem] = []
    db = folder / DATABASE_NAME
    facts = store.inspect(db)
    if not facts.ok:
        problems.append(
            _problem(BackupProblemKind.DATABASE_DAMAGED, name=DATABASE_NAME, reason=facts.problem)
        )
    if facts.ok and not facts.ours:  # another program's database: never put in place (#15)
        problems.append(_problem(BackupProblemKind.DATABASE_NOT_OURS))
    elif facts.schema_version > SCHEMA_VERSION:
        problems.append(
            _problem(
                BackupProblemKind.DATABASE_TOO_NEW,
                version=facts.schema_version,
                known=SCHEMA_VERSION,
            )
        )
    referenced: list[tuple[str, str]] = []
    if facts.ok and facts.ours:
        try:
            referenced = store.referenced_attachments(db)
        except sqlite3.Error:  # unreadable tables: the integrity check did not see it
            problems.append(_problem(BackupProblemKind.DATABASE_NOT_OURS))
    for sha256, original in referenced:
        stored = Attachment(sha256, original, 0).stored_name
        path = folder / ATTACHMENTS_DIR / stored
        if not path.is_file():
            problems.append(_problem(BackupProblemKind.ATTACHMENT_MISSING, name=original or stored))
        elif sha256_of(path) != sha256:
            problems.append(_problem(BackupProblemKind.ATTACHMENT_DAMAGED, name=original or stored))
    attachments = len(list((folder / ATTACHMENTS_DIR).glob("*"))) if facts.ok else 0
    return RestoreCheck(
        ok=not problems,
        problems=tuple(problems),
        schema_version=facts.schema_version,
        lines=facts.lines,
        receipts=facts.receipts,
        attachments=attachments,
        created_at=created_at,
    )


@storage_errors
def check_archive(archive: Path) -> RestoreCheck:
    """Check an archive without restoring it: only plain files its manifest lists, at their
    listed sizes and hashes; the database intact, ours and not newer than this version; every
    attachment it refers to present and right."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="numberkeeper-check-") as tmp:
        return extract_checked(Path(archive), Path(tmp))
