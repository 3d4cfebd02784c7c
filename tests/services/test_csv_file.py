"""The rows of a chosen CSV file as a spreadsheet numbers them (services/csv_file.py)."""

from __future__ import annotations

from pathlib import Path

from numberkeeper.services.csv_file import SheetRows, delimiter


def test_rows_are_numbered_as_a_spreadsheet_shows_them() -> None:
    """Blank lines and rows of empty cells count but are not given; a quoted cell spanning
    lines is one row."""
    text = 'number,notes\n+1,"two\nlines"\n\n,\n+2,x\r\n+3,y\n'
    sheet = SheetRows(text, Path("lines.csv"))
    assert sheet.header == ["number", "notes"]
    assert list(sheet) == [(2, ["+1", "two\nlines"]), (5, ["+2", "x"]), (6, ["+3", "y"])]


def test_an_empty_file_has_an_empty_header_and_no_rows() -> None:
    sheet = SheetRows("", Path("lines.csv"))
    assert sheet.header == []
    assert list(sheet) == []


def test_the_delimiter_is_what_the_header_line_uses_most() -> None:
    assert delimiter("number;expires;label\n") == ";"
    assert delimiter("number\texpires\n") == "\t"
    assert delimiter("number,expires;x\n") == ","
    assert delimiter("") == ","
