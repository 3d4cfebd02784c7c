"""The receipts and lines CSV exports (#5): round trip, BOM, neutralisation, atomic writes,
streaming, and LibreOffice reading the file."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import stat
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from export_support import (
    add_line,
    add_receipt,
    libreoffice_convert,
    open_services,
    peak_export_bytes,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from numberkeeper.core.errors import StorageError, StorageProblem
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.services.container import Services
from numberkeeper.services.exports import (
    LINE_COLUMNS,
    RECEIPT_COLUMNS,
    ExportCancelledError,
    ExportProgress,
    export_lines_csv,
    export_receipts_csv,
    neutralise,
    unneutralise,
)


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# Text as people type it: Chinese, Arabic, quotes, commas, newlines, formula-like prefixes.
# Surrogates cannot be stored as UTF-8; NUL is not text anyone types.
_ALPHABET = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_PIECES = st.sampled_from(
    ["中文", "话费", "العربية", "خط", '"', ",", "\n", "\r\n", "=", "+", "-", "@", "\t", "\r", "'"]
)
TEXT = st.lists(st.one_of(_PIECES, st.text(_ALPHABET, max_size=5)), max_size=6).map("".join)


def expected_cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "'") else text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(label=TEXT, method=TEXT, reference=TEXT, note=TEXT, attachment_name=TEXT)
def test_receipts_round_trip_every_field(
    conn: sqlite3.Connection,
    data_dir: Path,
    now: datetime,
    tmp_path: Path,
    label: str,
    method: str,
    reference: str,
    note: str,
    attachment_name: str,
) -> None:
    conn.execute("DELETE FROM lines")
    services = open_services(conn, data_dir)
    stripped_label = label.strip()[:80]
    line_id = add_line(services, now, label=stripped_label)
    receipt_id = add_receipt(
        services, now, line_id, payment_method=method, reference=reference, note=note
    )
    # The attachment's original name is free text too.
    conn.execute("INSERT OR IGNORE INTO attachments (sha256, size) VALUES ('ab', 1)")
    conn.execute(
        "UPDATE receipts SET attachment_sha256 = 'ab', attachment_name = ? WHERE id = ?",
        (attachment_name, receipt_id),
    )
    target = tmp_path / "receipts.csv"
    assert export_receipts_csv(services, target) == 1
    header, row = read_csv(target)
    assert tuple(header) == RECEIPT_COLUMNS
    got = dict(zip(header, row, strict=True))
    assert got == {
        "date": "2026-11-01",
        "line_label": expected_cell(stripped_label),
        "number": "+96596661234",
        "carrier": "Zain",
        "country": "KW",
        "kind": "voucher",
        "amount": "10.000",
        "currency": "KWD",
        "channel": "",
        "payment_method": expected_cell(method),
        "reference": expected_cell(reference),
        "new_expiry": "",
        "note": expected_cell(note),
        "attachment": expected_cell(attachment_name),
    }
    for text in (stripped_label, method, reference, note, attachment_name):
        assert unneutralise(neutralise(text)) == text


def test_amounts_keep_the_currency_precision(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line = add_line(services, now)
    for minor, currency in [(10_000, "KWD"), (5, "OMR"), (1_050, "USD"), (500, "JPY"), (7, "CNY")]:
        add_receipt(services, now, line, amount=minor, currency=currency)
    target = tmp_path / "r.csv"
    export_receipts_csv(services, target)
    amounts = {(r[7], r[6]) for r in read_csv(target)[1:]}
    assert amounts == {
        ("KWD", "10.000"),
        ("OMR", "0.005"),
        ("USD", "10.50"),
        ("JPY", "500"),
        ("CNY", "0.07"),
    }


def test_bom_by_default_and_plain_utf8_on_request(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    add_receipt(services, now, add_line(services, now), note="话费")
    with_bom, plain = tmp_path / "a.csv", tmp_path / "b.csv"
    export_receipts_csv(services, with_bom)
    export_receipts_csv(services, plain, bom=False)
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfdate,line_label,")
    assert plain.read_bytes().startswith(b"date,line_label,")
    assert with_bom.read_bytes()[3:] == plain.read_bytes()
    assert b"\r\n" in plain.read_bytes()
    assert "话费".encode() in plain.read_bytes()


def test_filter_and_order_match_the_receipts_window(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    one = add_line(services, now)
    two = add_line(services, now, number="+96899123456", carrier="om-omantel")
    for day in (3, 1, 2):
        add_receipt(services, now, one, paid_on=date(2026, 5, day), reference=f"one-{day}")
    add_receipt(services, now, two, currency="OMR", paid_on=date(2026, 5, 2), reference="two")
    flt = ReceiptFilter(line_id=one, date_from=date(2026, 5, 2))
    target = tmp_path / "r.csv"
    assert export_receipts_csv(services, target, flt) == 2
    shown = [r.fields.reference for r in services.receipts.list(flt)]
    assert [row[10] for row in read_csv(target)[1:]] == shown == ["one-3", "one-2"]


def test_cancelled_export_leaves_nothing(services: Services, now: datetime, tmp_path: Path) -> None:
    line = add_line(services, now)
    for i in range(3):
        add_receipt(services, now, line, reference=str(i))
    services.lines.conn.executemany(
        "INSERT INTO receipts (line_id, paid_on, kind, amount_minor, currency, created_at) "
        "VALUES (?, '2026-01-01', 'voucher', 1, 'KWD', '2026-01-01')",
        [(line,)] * 5000,
    )
    seen: list[ExportProgress] = []

    def cancel_after_first_batch(p: ExportProgress) -> bool:
        seen.append(p)
        return p.done == 0

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "receipts.csv"
    with pytest.raises(ExportCancelledError):
        export_receipts_csv(services, target, progress=cancel_after_first_batch)
    assert list(folder.iterdir()) == []
    assert seen[0] == ExportProgress(0, 5003)
    assert seen[-1].done > 0

    # An existing file under the name is left exactly as it was.
    target.write_text("old")
    with pytest.raises(ExportCancelledError):
        export_receipts_csv(services, target, progress=lambda p: False)
    assert target.read_text() == "old"
    assert list(folder.iterdir()) == [target]

    done: list[ExportProgress] = []
    assert export_receipts_csv(services, target, progress=lambda p: done.append(p) or True) == 5003
    assert done[-1] == ExportProgress(5003, 5003)


def test_failed_export_leaves_no_temporary_file(
    services: Services, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_receipt(services, now, add_line(services, now))
    import numberkeeper.services.exports as exports

    def broken(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports.export_store, "receipt_rows", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StorageError) as caught:
        export_receipts_csv(services, folder / "r.csv")
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert list(folder.iterdir()) == []


def _peak_export_bytes(services: Services, rows: int, tmp_path: Path) -> int:
    return peak_export_bytes(services, rows, export_receipts_csv, tmp_path / f"{rows}.csv")


def test_export_streams_with_flat_memory(services: Services, now: datetime, tmp_path: Path) -> None:
    add_line(services, now)
    _peak_export_bytes(services, 2_000, tmp_path)  # first use: compiled SQL, caches
    medium = _peak_export_bytes(services, 20_000, tmp_path)
    large = _peak_export_bytes(services, 60_000, tmp_path)
    # Holding the rows would cost about 1 KB each (40 MB more for the larger export); a
    # streaming export needs the same few MB whatever the count (two batches of rows and the
    # file buffer).
    assert large < medium + 256 * 1024, (medium, large)
    assert large < 8 * 1024 * 1024, large


def test_lines_export_columns_and_neutralisation(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    add_line(
        services,
        now,
        label="@home",
        notes="-2 KWD/month",
        linked_accounts="WhatsApp\n银行",
        balance_amount="1.250",
        balance_currency="KWD",
    )
    target = tmp_path / "lines.csv"
    assert export_lines_csv(services, target) == 1
    header, row = read_csv(target)
    assert tuple(header) == LINE_COLUMNS
    got = dict(zip(header, row, strict=True))
    assert got["number"] == "+96596661234"  # exempt: validated E.164 digits
    assert got["label"] == "'@home"
    assert got["notes"] == "'-2 KWD/month"
    assert got["linked_accounts"] == "WhatsApp\n银行"
    assert got["balance"] == "1.250"
    assert got["carrier"] == "kw-zain"
    assert got["time_zone"] == "Asia/Kuwait"


def test_libreoffice_opens_the_file_with_chinese_and_three_decimals(
    services: Services, now: datetime, tmp_path: Path
) -> None:
    line = add_line(services, now, label="科威特 Zain 主号")
    add_receipt(services, now, line, amount=10_000, note="话费充值 — خط")
    add_receipt(services, now, line, amount=1_250, currency="OMR", note="=1+1")
    source = tmp_path / "receipts.csv"
    export_receipts_csv(services, source)
    out = tmp_path / "out"
    # 44 comma, 34 quote, 76 UTF-8, 1 first line; then column types: 2 = text for every column
    # so LibreOffice keeps 10.000 and +965… as written (what the README tells users to do).
    text_columns = "/".join(f"{i}/2" for i in range(1, len(RECEIPT_COLUMNS) + 1))
    infilter = f"CSV:44,34,76,1,{text_columns}"
    libreoffice_convert(source, "xlsx", out, tmp_path / "home", infilter)
    xlsx = out / "receipts.xlsx"
    with zipfile.ZipFile(xlsx) as zf:
        shared = ElementTree.fromstring(zf.read("xl/sharedStrings.xml"))
        sheet = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
    # A cell mixing scripts is stored as several runs: join each string's <t> pieces.
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    strings = {"".join(t.text or "" for t in si.iter(f"{main}t")) for si in shared}
    for expected in ("科威特 Zain 主号", "话费充值 — خط", "10.000", "1.250", "+96596661234"):
        assert expected in strings
    # The formula-like note stayed text, apostrophe shown: no formula element in the sheet.
    assert "'=1+1" in strings
    assert "<f>" not in sheet


def test_csv_parses_as_rfc4180(services: Services, now: datetime, tmp_path: Path) -> None:
    add_receipt(services, now, add_line(services, now), note='a "quoted", multi\nline note')
    target = tmp_path / "r.csv"
    export_receipts_csv(services, target, bom=False)
    raw = target.read_bytes().decode("utf-8")
    assert '"a ""quoted"", multi\nline note"' in raw
    assert raw.count("\r\n") == 2
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert rows[1][12] == 'a "quoted", multi\nline note'


def test_export_reads_through_its_own_connection(
    services: Services, now: datetime, tmp_path: Path, conn: sqlite3.Connection
) -> None:
    """The GUI exports on a worker thread while it may be writing: the export sees the last
    committed state and leaves the writer's open transaction alone."""
    line = add_line(services, now)
    add_receipt(services, now, line, amount=10_000, currency="KWD")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE receipts SET amount_minor = 99000")
    target = tmp_path / "r.csv"
    export_receipts_csv(services, target)
    assert conn.in_transaction  # the export did not commit or roll back the writer's work
    conn.execute("ROLLBACK")
    assert [r[6] for r in read_csv(target)[1:]] == ["10.000"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_an_export_gets_the_mode_of_any_saved_file(
    services: Services, now: datetime, tmp_path: Path, umask: int, mode: int
) -> None:
    add_receipt(services, now, add_line(services, now))
    previous = os.umask(umask)
    try:
        export_receipts_csv(services, tmp_path / "receipts.csv")
        assert os.umask(umask) == umask  # the export left the process umask alone
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "receipts.csv").stat().st_mode) == mode
    data = (tmp_path / "receipts.csv").read_bytes()
    assert data.endswith(b"\r\n")  # the RFC 4180 line end, written as is (binary mode)
    assert b"\r\r\n" not in data
