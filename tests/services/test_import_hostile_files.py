"""Files that broke the import or slipped through it (#15): a quote left open, UTF-16 without
a byte-order mark, a device and a pipe instead of a file."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from export_support import open_services

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.services.container import Services
from numberkeeper.services.line_import import preview_lines_csv

HEADER = "number,expires,label\n"


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def refused(services: Services, source: Path) -> tuple[ErrorCode, dict[str, str]]:
    with pytest.raises(ValidationError) as caught:
        preview_lines_csv(services, source)
    [error] = caught.value.errors
    assert error.field == "csv"
    return error.code, error.params


def test_a_quote_left_open_to_the_end_refuses_the_file_naming_its_row(
    services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "lines.csv"
    source.write_text(
        HEADER + '+96596661234,2027-01-31,"Bank\n+96596661235,2027-02-01,Other\n', "utf-8"
    )
    code, params = refused(services, source)
    assert code is ErrorCode.CSV_QUOTE_UNCLOSED
    assert params["row"] == "2"


def test_a_quote_that_swallowed_the_next_row_is_named_on_its_row(
    services: Services, tmp_path: Path
) -> None:
    """It closes at the end of the next row: the csv module is content, the label is not."""
    source = tmp_path / "lines.csv"
    source.write_text(
        HEADER + '+96596661234,2027-01-31,"Bank\n+96596661235,2027-02-01,Other"\n', "utf-8"
    )
    preview = preview_lines_csv(services, source)
    assert not preview.ok  # it said "1 added"
    [problem] = preview.problems()
    assert problem.startswith("row 2, label: runs over several lines of the file")


def test_notes_may_run_over_several_lines(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "lines.csv"
    source.write_text('number,expires,notes\n+96596661234,2027-01-31,"one\ntwo"\n', "utf-8")
    assert preview_lines_csv(services, source).ok


def test_utf16_without_a_byte_order_mark_is_not_utf8(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "lines.csv"
    source.write_bytes((HEADER + "+96596661234,2027-01-31,Bank\n").encode("utf-16-le"))
    code, params = refused(services, source)
    assert code is ErrorCode.FILE_NOT_UTF8  # not "number: is required" on every row
    assert params["byte"] == "1"


def test_a_device_is_refused_without_being_read(services: Services) -> None:
    code, _params = refused(services, Path("/dev/zero"))  # was read until memory ran out
    assert code is ErrorCode.FILE_NOT_REGULAR


def test_a_pipe_is_refused_without_waiting_for_a_writer(services: Services, tmp_path: Path) -> None:
    fifo = tmp_path / "lines.csv"
    os.mkfifo(fifo)
    outcome: list[ErrorCode] = []

    def preview() -> None:
        outcome.append(refused(services, fifo)[0])

    reader = threading.Thread(target=preview, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # it hung: let it go, so the suite does not hang with it
        with fifo.open("w"):
            pass
        pytest.fail("the import waited for a writer on the pipe")
    assert outcome == [ErrorCode.FILE_NOT_REGULAR]


def test_a_device_attached_to_a_renewal_is_refused(services: Services, now) -> None:
    from export_support import add_line

    from numberkeeper.services.renewals import RenewalInput

    line = add_line(services, now)
    typed = RenewalInput(
        amount="5", currency="KWD", channel="kiosk", extend="1m", attachment="/dev/zero"
    )
    with pytest.raises(ValidationError) as caught:
        services.renewals.renew(line, typed, now)
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("attachment", ErrorCode.FILE_NOT_REGULAR)
    ]
