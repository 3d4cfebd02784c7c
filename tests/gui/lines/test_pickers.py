"""The time-zone and currency pickers name their items in the user's language, beside the code
that is stored, the line's country's first, and offer only currencies in use (#16)."""

from __future__ import annotations

import pytest

from numberkeeper.core.validation import LineInput
from numberkeeper.gui.lines.line_dialog import LineDialog
from numberkeeper.services.lines import LineService

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dialog(qtbot, service: LineService, clock, language: str, line=None) -> LineDialog:
    dialog = LineDialog(service, service.catalog, clock, language, line)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def items(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_chinese_names_beside_the_codes_the_lines_country_first(
    qtbot, service: LineService, clock, chinese: str
) -> None:
    dialog = open_dialog(qtbot, service, clock, chinese)
    form = dialog.form
    form.number_edit.setText("+968 9212 3456")
    zones, currencies = items(form.zone_combo), items(form.currency_combo)
    assert zones[0] == ("阿曼时间（Asia/Muscat）", "Asia/Muscat")
    assert ("科威特时间（Asia/Kuwait）", "Asia/Kuwait") in zones
    assert currencies[0] == ("阿曼里亚尔（OMR）", "OMR")
    codes = {code for _text, code in currencies}
    assert "KWD" in codes
    assert not codes & {"ADP", "AFA", "ALK"}  # obsolete: no longer offered

    form.zone_combo.setCurrentIndex(0)
    form.currency_combo.setCurrentIndex(0)
    typed = dialog.line_input()
    assert (typed.time_zone, typed.balance_currency) == ("Asia/Muscat", "OMR")


def test_a_typed_id_and_a_stored_value_still_work(qtbot, service: LineService, clock) -> None:
    line = service.add(
        LineInput(
            number="+965 9666 1234",
            expires="2027-01-31",
            time_zone="Asia/Kuwait",
            balance_amount="1",
            balance_currency="KWD",
        ),
        clock(),
    ).line
    dialog = open_dialog(qtbot, service, clock, "en", line)
    form = dialog.form
    assert form.zone_combo.currentText() == "Kuwait Time (Asia/Kuwait)"
    assert dialog.line_input().time_zone == "Asia/Kuwait"
    assert form.currency_combo.currentText() == "Kuwaiti Dinar (KWD)"
    form.zone_combo.setEditText("Asia/Muscat")  # typed by hand
    assert dialog.line_input().time_zone == "Asia/Muscat"
    form.zone_combo.setEditText("Mars/Base")
    assert dialog.line_input().time_zone == "Mars/Base"  # refused by validation, as typed
