"""Shared helpers of the export, import, calendar and backup tests (#5)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from numberkeeper.core.money import Money
from numberkeeper.core.receipts import ReceiptFields, ReceiptKind
from numberkeeper.core.validation import LineInput
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services
from numberkeeper.services.secrets import KeyringVault

REQUIRE_ENV = "NUMBERKEEPER_REQUIRE_DESKTOP"


def open_services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    """Services over the test database, with an in-memory keyring."""
    return Services.open(conn, data_dir, carrier_catalog(), KeyringVault(MemoryKeyring()))


def add_line(services: Services, now: datetime, number: str = "+96596661234", **kw: str) -> int:
    """Add a line (Zain Kuwait unless told otherwise); return its id."""
    typed = LineInput(number=number, expires=kw.pop("expires", "2027-01-31"), **kw)
    if not typed.carrier and number.startswith("+965"):
        typed = LineInput(**{**typed.__dict__, "carrier": "kw-zain"})
    return services.lines.add(typed, now).line.id


def add_receipt(
    services: Services,
    now: datetime,
    line_id: int,
    amount: int = 10_000,
    currency: str = "KWD",
    paid_on: date = date(2026, 11, 1),
    **kw: str,
) -> int:
    """Add a voucher receipt with the given free-text fields; return its id."""
    fields = ReceiptFields(
        line_id=line_id,
        paid_on=paid_on,
        kind=ReceiptKind.VOUCHER,
        amount=Money(amount, currency),
        **kw,  # type: ignore[arg-type]
    )
    return services.receipts.add(fields, now).receipt.id


def require_program(name: str) -> str:
    """The program's path; skip (or fail under NUMBERKEEPER_REQUIRE_DESKTOP=1) if missing."""
    found = shutil.which(name)
    if found:
        return found
    reason = f"needs {name} (install with: make desktop-deps / .ci/install-debian-packages)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def peak_export_bytes(
    services: Services, rows: int, export: Callable[[Services, Path], int], target: Path
) -> int:
    """The peak of Python's memory while `export` writes `rows` receipts of one line to
    `target` (the receipts there before are replaced)."""
    conn = services.lines.conn
    conn.execute("DELETE FROM receipts")
    line = conn.execute("SELECT id FROM lines").fetchone()[0]
    conn.executemany(
        "INSERT INTO receipts (line_id, paid_on, kind, amount_minor, currency, note, created_at) "
        "VALUES (?, '2026-01-01', 'voucher', ?, 'KWD', ?, '2026-01-01')",
        ((line, i, f"话费 top-up number {i} " * 3) for i in range(rows)),
    )
    tracemalloc.start()
    try:
        assert export(services, target) == rows
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def libreoffice_convert(
    source: Path, to: str, out: Path, profile: Path, infilter: str = ""
) -> None:
    """LibreOffice headless converts `source` into the folder `out` (`--convert-to to`).

    A private profile: no clash with a LibreOffice the user runs, or with another test.
    """
    subprocess.run(
        [
            require_program("soffice"),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
