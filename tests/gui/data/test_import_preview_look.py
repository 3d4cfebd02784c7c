"""The import preview reads like the rest of the window (#16): carriers by name, and the
status column's title in sight instead of centred over a sentence wider than the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.data.import_lines_dialog import CARRIER, STATUS, ImportLinesDialog
from numberkeeper.resources import carrier_catalog
from numberkeeper.services import line_import
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return Services.open(conn, data_dir, carrier_catalog())


def test_the_preview_names_carriers_and_keeps_its_status_in_sight(
    qtbot, services: Services, clock: FixedClock, make_line, tmp_path: Path, chinese: str
) -> None:
    make_line("2026-12-01", number="+965 9666 1234", label="Bank OTP (Kuwait)")
    source = tmp_path / "lines.csv"
    source.write_text(
        "number,expires,label,carrier\n"
        "+965 9555 0001,2026-12-30,Imported,kw-zain\n"
        "+965 9666 1234,2027-01-15,Bank OTP (Kuwait),kw-zain\n"
        "not a number,2027-02-30,A label long enough to need a good part of the table,My VoIP\n",
        encoding="utf-8",
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ImportLinesDialog(
        services, clock, source, line_import.preview_lines_csv(services, source), parent
    )
    dialog.open()
    qtbot.waitExposed(dialog)
    carriers = [dialog.table.item(row, CARRIER).text() for row in range(3)]
    # A preset by its name and country, as the main table shows it; a refused row as typed.
    assert carriers == ["扎因 · 科威特", "扎因 · 科威特", "My VoIP"]

    table = dialog.table
    header = table.horizontalHeader()
    assert table.model().headerData(STATUS, header.orientation()) == "状态"
    assert table.horizontalScrollBar().maximum() == 0  # the status fits what is left
    assert header.sectionViewportPosition(STATUS) + 40 < table.viewport().width()
    refused = table.item(2, STATUS)
    assert refused.toolTip() == refused.text()  # the whole sentence, when it is cut


def test_a_typed_carrier_name_is_shown_as_the_preset_it_will_be(
    qtbot, services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    # Seen in a walk: the preview said "zain" and "Ooredoo", the table after the import
    # "Zain · Kuwait" and "Ooredoo · Oman" (#13 resolves a name in the number's country).
    source = tmp_path / "lines.csv"
    source.write_text(
        "number,expires,carrier\n"
        "+965 5000 1234,2026-12-31,zain\n"
        "+968 9200 1111,2027-01-05,Ooredoo\n"
        "+968 9200 2222,2027-01-05,My VoIP\n",
        encoding="utf-8",
    )
    preview = line_import.preview_lines_csv(services, source)
    dialog = ImportLinesDialog(services, clock, source, preview, None)
    qtbot.addWidget(dialog)
    carriers = [dialog.table.item(row, CARRIER).text() for row in range(3)]
    assert carriers == ["Zain · Kuwait", "Ooredoo · Oman", "My VoIP · Oman"]
