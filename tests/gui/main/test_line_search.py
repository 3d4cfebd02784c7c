"""What the filter box matches in a line (gui/main/line_search.py), prepared once per line."""

from __future__ import annotations

from numberkeeper.gui.main.line_search import digits, search_text


def test_digits_keep_only_the_digits() -> None:
    assert digits("+965 9666-1234") == "96596661234"


def test_a_lines_search_text_is_casefolded_with_the_numbers_digits(make_line) -> None:
    line = make_line("2026-12-01", number="+965 9666 1234", label="Bank OTP")
    found = search_text(line, "Zain · Kuwait")
    assert found.number_digits == "96596661234"
    assert found.texts == ("bank otp", "zain · kuwait", "+96596661234", "+965 9666 1234")
