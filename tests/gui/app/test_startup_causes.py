"""At start-up each cause has its own words (#15): only a damaged database is offered a
backup; another program's database and a read-only disk are told as what they are."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from mounts import need_mounts, read_only, small_disk, tree

from numberkeeper.cli import main as cli
from numberkeeper.gui.app import application
from numberkeeper.gui.common import prompts
from numberkeeper.paths import database_path


def refused_at_start(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[str]:
    """What the window said when it would not start; fails if it offered a backup."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: shown.append(text))

    def no_offer(*_args: object) -> bool:
        raise AssertionError("a backup was offered")

    monkeypatch.setattr(prompts, "ask", no_offer)
    assert application.main(["--data-dir", str(folder)]) == 1
    return shown


@pytest.mark.usefixtures("qapp")
def test_another_programs_database_is_not_called_damaged(monkeypatch, data_dir) -> None:
    with sqlite3.connect(database_path(data_dir)) as raw:
        raw.execute("CREATE TABLE recipes (name)")
        raw.execute("PRAGMA user_version = 3")
    raw.close()
    before = tree(data_dir)
    [told] = refused_at_start(monkeypatch, data_dir)
    assert "is not a NumberKeeper database" in told
    assert "another program's file" in told
    assert "damaged" not in told
    assert tree(data_dir) == before


@pytest.mark.usefixtures("qapp")
def test_a_read_only_disk_is_told_with_what_to_change(monkeypatch, tmp_path) -> None:
    need_mounts(tmp_path)
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        assert cli(["--data-dir", str(data), "add-line", "--number", "+96596661234",
                    "--expires", "2026-12-31"]) == 0  # fmt: skip
        with read_only(disk):
            [told] = refused_at_start(monkeypatch, data)
        assert "cannot save in" in told
        assert "its disk is mounted read-only" in told
        assert "mount the disk read-write" in told
        assert "damaged" not in told
