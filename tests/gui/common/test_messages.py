"""Failed writes are told in the user's language, not in the services' English."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from numberkeeper.core.errors import ValidationError
from numberkeeper.core.validation import parse_date
from numberkeeper.gui.app import i18n
from numberkeeper.gui.common.messages import field_error_text, write_error_text
from numberkeeper.services.lines import LineNotFoundError


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    before = QLocale()
    assert i18n.install_translators("zh_CN") == "zh_CN"
    yield
    i18n.remove_translators()
    QLocale.setDefault(before)


def test_a_missing_line_is_told_in_chinese(chinese) -> None:
    text = write_error_text(LineNotFoundError(7))
    assert "there is no line" not in text
    assert "号码已不存在" in text


def test_a_database_error_says_nothing_was_saved(qapp) -> None:
    text = write_error_text(sqlite3.OperationalError("database is locked"))
    assert text == "The database could not be changed (database is locked). Nothing was saved."


def test_anything_else_keeps_its_own_words(qapp) -> None:
    assert write_error_text(ValueError("odd")) == "odd"
    assert write_error_text(ValueError()) == "ValueError"


def test_calendar_events_are_titled_in_the_interface_language(
    chinese, service, clock, make_line, tmp_path
) -> None:
    from numberkeeper.gui.data.calendar_texts import calendar_summary
    from numberkeeper.services.calendar_export import DeadlineKind, english_summary

    line = make_line("2026-12-01", label="Bank")
    assert english_summary(line, DeadlineKind.EXPIRY) == "Bank (+965 9666 1001) expires"
    assert calendar_summary(line, DeadlineKind.EXPIRY) == "Bank (+965 9666 1001) 到期"
    for kind in (DeadlineKind.GRACE_END, DeadlineKind.KEEP_ALIVE, DeadlineKind.RESUME):
        assert calendar_summary(line, kind) != english_summary(line, kind)


def test_errands_refused_meanwhile_are_told_in_chinese(chinese) -> None:
    from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError
    from numberkeeper.services.lines import LineChangedError, LineStateError
    from numberkeeper.services.receipts import ReceiptNotFoundError

    told = [
        write_error_text(ReceiptNotFoundError(3)),
        write_error_text(LineChangedError("line 5 was changed since it was read")),
        write_error_text(LineStateError("line 5 is cancelled; it cannot be renewed")),
        write_error_text(ValidationError([FieldError("expires", ErrorCode.REQUIRED)])),
    ]
    assert all(not text.isascii() for text in told), told  # Chinese, not the services' English
    assert not any("line 5" in text or "receipt 3" in text for text in told)


def test_a_database_that_cannot_be_used_is_told_in_chinese(chinese, tmp_path) -> None:
    from numberkeeper.gui.common.messages import store_error_text
    from numberkeeper.store.db import StoreError, StoreProblem, connect
    from numberkeeper.store.migrations import APPLICATION_ID, SCHEMA_VERSION

    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    with pytest.raises(StoreError) as caught:
        connect(not_a_folder / "numberkeeper.sqlite3")
    assert caught.value.problem is StoreProblem.NOT_A_FOLDER
    assert store_error_text(caught.value) == (
        f"{not_a_folder} 是一个文件，不是文件夹：NumberKeeper 无法在那里保存数据。"
    )
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with pytest.raises(StoreError) as caught:
        connect(newer)
    assert caught.value.problem is StoreProblem.TOO_NEW
    assert "更新版本" in store_error_text(caught.value)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError) as caught:
        connect(garbage)
    assert caught.value.problem is StoreProblem.NOT_OURS
    assert "不是 NumberKeeper 数据库" in store_error_text(caught.value)


def test_every_backup_problem_is_told_in_chinese(chinese) -> None:
    from numberkeeper.gui.common.messages import backup_problem_text
    from numberkeeper.services.backups import BackupProblem, BackupProblemKind

    params = {"name": "b.zip", "reason": "r", "version": "9", "known": "8"}
    for kind in BackupProblemKind:
        problem = BackupProblem(kind, params)
        assert not backup_problem_text(problem).isascii(), kind  # not the service's English


def test_an_impossible_date_names_its_month_in_chinese(chinese) -> None:
    # Not "use YYYY-MM-DD": the format was right, February has no 30th (#16).
    try:
        parse_date("2027-02-30", "expires")
    except ValidationError as refused:
        (error,) = refused.errors
    assert field_error_text(error) == (
        "“2027-02-30”不是有效日期：2027年二月没有 30 日（该月只有 28 天）。"
    )
