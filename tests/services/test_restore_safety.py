"""Restoring only what is ours (#15): archives whose database is not NumberKeeper's are refused,
and backups made before the mark existed still restore."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

from numberkeeper.services.backups import check_archive, restore_archive
from numberkeeper.store.db import connect
from numberkeeper.store.migrations import APPLICATION_ID, MARKED_FROM, MIGRATIONS


def _archive(tmp_path: Path, db: Path, name: str = "b.zip") -> Path:
    data = db.read_bytes()
    manifest = {
        "format": 1,
        "app": "NumberKeeper",
        "schema_version": MARKED_FROM - 1,
        "created_at": "2026-11-01T00:00:00+00:00",
        "files": [
            {
                "name": "numberkeeper.sqlite3",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        ],
    }
    archive = tmp_path / name
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("numberkeeper.sqlite3", data)
    return archive


def _schema(db: Path, version: int, extra: str = "") -> Path:
    with sqlite3.connect(db) as raw:
        for steps in MIGRATIONS[:version]:
            for step in steps:
                if isinstance(step, str):
                    raw.execute(step)
        if extra:
            raw.execute(extra)
        raw.execute(f"PRAGMA user_version = {version}")
    raw.close()
    return db


def test_a_backup_made_before_the_mark_restores_and_is_marked(
    tmp_path: Path, data_dir: Path, now: datetime
) -> None:
    archive = _archive(tmp_path, _schema(tmp_path / "old.sqlite3", MARKED_FROM - 1))
    assert check_archive(archive).ok
    restore_archive(archive, data_dir, now)
    conn = connect(data_dir / "numberkeeper.sqlite3")
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_a_foreign_database_shaped_like_ours_is_not_restored(
    tmp_path: Path, data_dir: Path
) -> None:
    """Its user_version and tables pass for ours; one table of its own gives it away."""
    db = _schema(tmp_path / "theirs.sqlite3", 3, "CREATE TABLE their_own (x)")
    check = check_archive(_archive(tmp_path, db))
    assert not check.ok
    assert [p.kind.value for p in check.problems] == ["database_not_ours"]
