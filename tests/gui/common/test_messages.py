"""Failed writes are told in the user's language, not in the services' English."""

from __future__ import annotations

import sqlite3

import pytest

from numberkeeper.core.errors import (
    ErrorCode,
    FieldError,
    LineNotFoundError,
    StorageError,
    StorageProblem,
    ValidationError,
)
from numberkeeper.core.typed_values import parse_date
from numberkeeper.gui.common.messages import error_templates, field_error_text, write_error_text
from numberkeeper.gui.common.storage_messages import storage_text


def test_a_missing_line_is_told_in_chinese(chinese) -> None:
    text = write_error_text(LineNotFoundError(7))
    assert "there is no line" not in text
    assert "号码已不存在" in text


def test_a_database_error_says_nothing_was_saved(qapp) -> None:
    text = write_error_text(StorageError(StorageProblem.FAILED, "/d/n.sqlite3", "disk I/O error"))
    assert text == "/d/n.sqlite3 could not be changed (disk I/O error). Nothing was saved."


def test_each_cause_has_its_own_sentence_and_only_damage_offers_a_backup(chinese) -> None:
    """#15: a read-only folder, a full disk or a busy moment was called "damaged"."""
    told = {
        problem: storage_text(
            StorageError(problem, "/数据/numberkeeper.sqlite3", "x", free=32768, needed=1 << 20)
        )
        for problem in StorageProblem
    }
    assert all(not text.isascii() for text in told.values()), told  # Chinese, every one
    assert len(set(told.values())) == len(told)
    assert [p for p, text in told.items() if "备份" in text] == [StorageProblem.DAMAGED]
    assert [p for p, text in told.items() if "损坏" in text] == [StorageProblem.DAMAGED]
    assert "32 KiB" in told[StorageProblem.DISK_FULL]
    assert "1 MiB" in told[StorageProblem.DISK_FULL]


def test_anything_else_keeps_its_own_words(qapp) -> None:
    assert write_error_text(ValueError("odd")) == "odd"
    assert write_error_text(ValueError()) == "ValueError"


def test_calendar_events_are_titled_in_the_interface_language(
    chinese, service, clock, make_line, tmp_path
) -> None:
    from numberkeeper.gui.data.calendar_texts import calendar_summary
    from numberkeeper.services.calendar_events import DeadlineKind, english_summary

    line = make_line("2026-12-01", label="Bank")
    assert english_summary(line, DeadlineKind.EXPIRY) == "Bank (+965 9666 1001) expires"
    assert calendar_summary(line, DeadlineKind.EXPIRY) == "Bank (+965 9666 1001) 到期"
    for kind in (DeadlineKind.GRACE_END, DeadlineKind.KEEP_ALIVE, DeadlineKind.RESUME):
        assert calendar_summary(line, kind) != english_summary(line, kind)


def test_errands_refused_meanwhile_are_told_in_chinese(chinese) -> None:
    from numberkeeper.core.errors import (
        ChangedElsewhereError,
        ErrorCode,
        FieldError,
        LineStateError,
        ReceiptNotFoundError,
        ValidationError,
    )

    told = [
        write_error_text(ReceiptNotFoundError(3)),
        write_error_text(ChangedElsewhereError("line 5 was changed since it was read")),
        write_error_text(LineStateError("line 5 is cancelled; it cannot be renewed")),
        write_error_text(ValidationError([FieldError("expires", ErrorCode.REQUIRED)])),
    ]
    assert all(not text.isascii() for text in told), told  # Chinese, not the services' English
    assert not any("line 5" in text or "receipt 3" in text for text in told)


def test_a_database_that_cannot_be_used_is_told_in_chinese(chinese, tmp_path) -> None:
    from numberkeeper.store.db import connect
    from numberkeeper.store.migrations import APPLICATION_ID, SCHEMA_VERSION

    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    with pytest.raises(StorageError) as caught:
        connect(not_a_folder / "numberkeeper.sqlite3")
    assert caught.value.problem is StorageProblem.NOT_A_FOLDER
    assert storage_text(caught.value) == (
        f"{not_a_folder} 是一个文件，不是文件夹：NumberKeeper 无法在那里保存数据。"
    )
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with pytest.raises(StorageError) as caught:
        connect(newer)
    assert caught.value.problem is StorageProblem.TOO_NEW
    assert "更新版本" in storage_text(caught.value)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError) as caught:
        connect(garbage)
    assert caught.value.problem is StorageProblem.DAMAGED
    assert "已损坏" in storage_text(caught.value)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE contacts (name)")
    raw.close()
    with pytest.raises(StorageError) as caught:
        connect(foreign)
    assert caught.value.problem is StorageProblem.NOT_OURS
    assert "不是 NumberKeeper 数据库" in storage_text(caught.value)


def test_every_backup_problem_is_told_in_chinese(chinese) -> None:
    from numberkeeper.gui.common.messages import backup_problem_text
    from numberkeeper.services.archives import BackupProblem, BackupProblemKind

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
        "“2027-02-30”不是有效日期：2027年2月没有 30 日（该月只有 28 天）。"
    )


IMPOSSIBLE_DATE_MONTH = {"zh_CN": "2027年2月没有", "zh_TW": "2027年2月沒有", "ar": "فبراير"}


def test_an_impossible_date_names_its_month_as_dates_do(translated_language) -> None:
    # A date's month in Chinese is "2月": QLocale's long form "二月" titles a calendar page.
    with pytest.raises(ValidationError) as refused:
        parse_date("2027-02-30", "expires")
    (error,) = refused.value.errors
    assert IMPOSSIBLE_DATE_MONTH[translated_language] in field_error_text(error)


ALL_PARAMS = {
    "value": "V",
    "line_id": "7",
    "currency": "KWD",
    "decimals": "3",
    "low": "0",
    "high": "9",
    "choices": "a, b",
    "limit": "80",
    "reason": "permission denied",
    "row": "2",
    "byte": "39",
    "country": "KW",
    "number_country": "CN",
    "carrier": "Ooredoo",
    "year": "2027",
    "month": "2",
    "month_name": "February",
    "day": "30",
    "days": "28",
    "month_number": "13",
}


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_has_a_message(code: ErrorCode) -> None:
    assert code in error_templates()
    text = field_error_text(FieldError("number", code, ALL_PARAMS))
    assert text
    assert "{" not in text
