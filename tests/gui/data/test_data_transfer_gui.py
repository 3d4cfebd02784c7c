"""Issue 5 through the GUI: receipts CSV from the receipts window, lines import preview,
back up now + restore, and a damaged database at start-up."""

from __future__ import annotations

import csv
import errno
import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from data_window_support import services_fixture, window_fixture  # noqa: F401 (the fixtures)
from gui_prompts import Prompts, finish

from numberkeeper.core.lines import Line
from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.gui.common.clock import FixedClock
from numberkeeper.gui.data.export_runner import CSV_PLAIN, CSV_WITH_BOM
from numberkeeper.gui.main.main_window import MainWindow
from numberkeeper.gui.receipts.receipts_window import ReceiptsWindow
from numberkeeper.services import exports
from numberkeeper.services.container import Services
from numberkeeper.services.renewals import RenewalInput

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

BOM = b"\xef\xbb\xbf"


def renew(services: Services, clock: FixedClock, line: Line, amount: str, paid_on: str) -> None:
    typed = RenewalInput(
        amount=amount, currency="KWD", channel="kiosk", extend="1m", paid_on=paid_on
    )
    services.renewals.renew(line.id, typed, clock())


def voucher(services: Services, clock: FixedClock, line: Line, minor: int, paid: str) -> None:
    fields = ReceiptFields(
        line.id, date.fromisoformat(paid), ReceiptKind.VOUCHER, Money(minor, "OMR")
    )
    services.receipts.add(fields, clock())


@pytest.fixture
def receipts(services, clock, make_line) -> tuple[Line, Line]:
    kw = make_line("2026-12-01", label="Zain 银行")
    om = make_line("2026-12-10", label="عمانتل", number="+968 9123 4567", time_zone="Asia/Muscat")
    renew(services, clock, kw, "10.5", "2025-06-01")
    renew(services, clock, kw, "25", "2026-11-20")
    voucher(services, clock, om, 3000, "2026-11-21")
    return kw, om


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def amount_column() -> str:
    return next(c for c in exports.RECEIPT_COLUMNS if "amount" in c.lower())


# -- receipts CSV ---------------------------------------------------------------------------


def test_receipts_export_writes_exactly_what_the_filter_shows(
    qtbot, services, clock, receipts, answers, tmp_path
) -> None:
    window = ReceiptsWindow(services, clock, "en")
    qtbot.addWidget(window)
    window.filters.select_currency("KWD")
    assert window.proxy.rowCount() == 2
    target = tmp_path / "receipts.csv"
    answers.save_as = (target, CSV_WITH_BOM)

    finish(qtbot, window.export_csv())

    assert target.read_bytes().startswith(BOM)
    rows = read_csv(target)
    assert sorted(r[amount_column()] for r in rows) == ["10.500", "25.000"]
    assert answers.errors == []
    assert str(target) in answers.infos[0][1]
    assert "2 receipt(s)" in answers.infos[0][1]


def test_receipts_export_plain_utf8_for_scripts(
    qtbot, services, clock, receipts, answers, tmp_path
) -> None:
    _kw, om = receipts
    window = ReceiptsWindow(services, clock, "en", om.id)
    qtbot.addWidget(window)
    target = tmp_path / "plain.csv"
    answers.save_as = (target, CSV_PLAIN)

    finish(qtbot, window.export_csv())

    raw = target.read_bytes()
    assert not raw.startswith(BOM)
    rows = read_csv(target)
    assert [r[amount_column()] for r in rows] == ["3.000"]
    assert "عمانتل" in raw.decode("utf-8")


def test_cancelled_receipts_export_leaves_no_file(
    qtbot, monkeypatch, services, clock, receipts, answers, tmp_path
) -> None:
    window = ReceiptsWindow(services, clock, "en")
    qtbot.addWidget(window)
    target = tmp_path / "cancelled.csv"
    answers.save_as = (target, CSV_WITH_BOM)
    # Hold the export at its first progress report until the test has pressed Cancel.
    reported, release = threading.Event(), threading.Event()
    real = exports.export_receipts_csv

    def held(*args: Any, progress: Callable[[Any], bool] | None = None, **kwargs: Any) -> int:
        assert progress is not None

        def report(p: Any) -> bool:
            if not reported.is_set():
                reported.set()
                release.wait(10)
            return progress(p)

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(exports, "export_receipts_csv", held)
    cancelled: list[bool] = []
    task = window.export_csv()
    assert task is not None
    task.cancelled.connect(lambda: cancelled.append(True))
    assert reported.wait(10)
    task.dialog.canceled.emit()  # the Cancel button
    release.set()
    finish(qtbot, task)

    assert cancelled == [True]
    assert not target.exists()
    assert not any("cancelled" in p.name for p in tmp_path.iterdir())  # no temporary left
    assert answers.infos == []
    assert answers.errors == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_export_into_a_folder_that_cannot_be_written_says_so(
    qtbot, services, clock, receipts, answers, tmp_path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    window = ReceiptsWindow(services, clock, "en")
    qtbot.addWidget(window)
    answers.save_as = (locked / "receipts.csv", CSV_WITH_BOM)
    try:
        finish(qtbot, window.export_csv())
    finally:
        locked.chmod(0o700)
    assert len(answers.errors) == 1
    assert "may not write there" in answers.errors[0][1]
    assert list(locked.iterdir()) == []


def test_disk_full_during_export_says_so(
    qtbot, monkeypatch, services, clock, receipts, answers, tmp_path
) -> None:
    def full(*_args: Any, **_kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "r.csv"))

    monkeypatch.setattr(exports, "export_receipts_csv", full)
    window = ReceiptsWindow(services, clock, "en")
    qtbot.addWidget(window)
    answers.save_as = (tmp_path / "r.csv", CSV_WITH_BOM)
    finish(qtbot, window.export_csv())
    assert answers.errors == [
        (
            "The receipts were not exported",
            "The disk is full. Free some space, or choose another disk.",
        )
    ]


# -- main window: lines import --------------------------------------------------------------


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]  # type: ignore[union-attr]


def test_file_menu_has_the_data_actions(window) -> None:
    texts = file_menu_texts(window)
    expected = [
        "&Export lines…",
        "&Import lines from CSV…",
        "Export &calendar (.ics)…",
        "",
        "&Back up now…",
        "&Restore from backup…",
    ]
    assert texts[: len(expected)] == expected


def test_export_lines_and_calendar_from_the_file_menu(
    qtbot, window, answers, make_line, tmp_path
) -> None:
    make_line("2026-12-01", label="=cmd")
    make_line("2027-01-01", label="Home")
    answers.save_as = (tmp_path / "lines.csv", CSV_PLAIN)
    finish(qtbot, window.data_actions.export_lines())
    raw = (tmp_path / "lines.csv").read_bytes()
    assert not raw.startswith(BOM)
    rows = read_csv(tmp_path / "lines.csv")
    assert [r["label"] for r in rows] == ["'=cmd", "Home"]  # neutralised formula
    assert "2 line(s)" in answers.infos[-1][1]

    answers.save_as = (tmp_path / "numberkeeper.ics", 0)
    finish(qtbot, window.data_actions.export_calendar())
    assert (tmp_path / "numberkeeper.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert "event(s)" in answers.infos[-1][1]
    assert answers.errors == []


def preview_dialog(qtbot, window: MainWindow, answers: Prompts, source: Path) -> Any:
    answers.open_path = source
    finish(qtbot, window.data_actions.import_lines())
    dialog = window.data_actions.import_dialog
    assert dialog is not None
    return dialog


def test_import_preview_names_errors_by_row_and_column_and_blocks_import(
    qtbot, window, answers, tmp_path
) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text(
        "number,carrier,expires,label,colour\n"
        "+965 5000 1234,Zain,2026-12-31,Bank\n"
        "+968 9100 2233,Omantel,31/02/2026,Old\n",
        encoding="utf-8",
    )
    dialog = preview_dialog(qtbot, window, answers, source)

    assert dialog.table.rowCount() == 2
    errors = dialog.error_texts()
    assert len(errors) == 1
    assert errors[0].startswith(f"row {dialog.preview.rows[1].row}, expires: ")
    assert "31/02/2026" in errors[0]
    assert errors[0] in dialog.errors_view.toPlainText()
    assert "colour" in dialog.unknown_label.text()
    assert not dialog.import_button.isEnabled()
    assert window.model.rowCount() == 0  # nothing imported


def test_missing_required_column_is_named(qtbot, window, answers, tmp_path) -> None:
    source = tmp_path / "no_expiry.csv"
    source.write_text("number,label\n+965 5000 1234,Bank\n", encoding="utf-8")
    dialog = preview_dialog(qtbot, window, answers, source)
    assert "expires" in " ".join(dialog.missing_label.messages)
    assert not dialog.import_button.isEnabled()


def test_clean_file_imports_after_confirming_and_the_window_reloads(
    qtbot, window, answers, tmp_path
) -> None:
    source = tmp_path / "clean.csv"
    source.write_text(
        "expires,number,label\n2026-12-31,+965 5000 1234,Bank\n2027-01-15,+968 9100 2233,Home\n",
        encoding="utf-8",
    )
    dialog = preview_dialog(qtbot, window, answers, source)
    assert dialog.import_button.isEnabled()
    assert window.model.rowCount() == 0  # the preview wrote nothing
    dialog.import_button.click()

    assert window.model.rowCount() == 2
    assert sorted(line.fields.label for line in window.model.lines()) == ["Bank", "Home"]
    assert "Added: 2" in answers.infos[-1][1]


def test_a_number_outside_the_known_plan_is_imported_with_a_warning(
    qtbot, window, answers, tmp_path
) -> None:
    # #13: the row is kept; the preview says which number to check, and why.
    source = tmp_path / "new_range.csv"
    source.write_text(
        "number,carrier,expires\n"
        "+965 9260 1815,Zain,2026-12-31\n"
        "+968 7123 4567,Ooredoo,2027-01-15\n",
        encoding="utf-8",
    )
    dialog = preview_dialog(qtbot, window, answers, source)
    assert dialog.error_texts() == []
    [warning] = dialog.warning_texts()
    assert warning.startswith("row 2, number: +965 9260 1815 is not in the numbering plan")
    assert warning in dialog.errors_view.toPlainText()
    # (No catalogue is loaded here: the source text's plural form shows.)
    assert "1 number(s) not in the numbering plan known" in dialog.summary_label.text()
    assert "check: " in dialog.status_text(dialog.preview.rows[0])
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    carriers = sorted(line.fields.carrier for line in window.model.lines())
    assert carriers == ["kw-zain", "om-ooredoo"]


def test_duplicates_are_shown_and_skipped_or_merged(
    qtbot, window, answers, make_line, tmp_path
) -> None:
    make_line("2026-12-01", number="+965 5000 1234", label="Kept")
    window.reload()
    source = tmp_path / "dupes.csv"
    source.write_text("number,expires,label\n+965 5000 1234,2027-03-01,Renamed\n", encoding="utf-8")
    dialog = preview_dialog(qtbot, window, answers, source)
    assert dialog.duplicates_box.isVisibleTo(dialog)
    assert "will be skipped" in dialog.table.item(0, 5).text()
    dialog.merge_radio.setChecked(True)
    assert "will be merged" in dialog.table.item(0, 5).text()
    dialog.import_button.click()
    assert window.model.rowCount() == 1
    assert window.model.lines()[0].fields.label == "Renamed"
