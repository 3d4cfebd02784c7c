"""`make bench` (and `python -m benchmarks.export [--rows N]`): the receipts CSV export (#5).

Inserts N receipts (default 1,000,000) into a temporary database in one transaction, then
times `export_receipts_csv` against a floor: a bare sqlite3 SELECT of the same rows (same
join and order, raw values) written with csv.writer. Target: export ≤ 1.5× the floor. Each
side runs in its own child process, so its peak RSS (ru_maxrss) is its own; the export is also
run at N/10 rows to show that its memory stays flat.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

FLOOR_SQL = (
    "SELECT receipts.paid_on, lines.label, lines.number, lines.carrier, lines.country, "
    "receipts.kind, receipts.amount_minor, receipts.currency, receipts.channel, "
    "receipts.payment_method, receipts.reference, receipts.new_expiry, receipts.note, "
    "receipts.attachment_name FROM receipts JOIN lines ON lines.id = receipts.line_id "
    "ORDER BY receipts.paid_on DESC, receipts.id DESC"
)


def populate(folder: Path, rows: int, lines: int = 200) -> Path:
    """A data folder with `lines` lines and `rows` receipts, inserted in one transaction."""
    from numberkeeper.core.validation import LineInput
    from numberkeeper.paths import database_path
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.lines import LineService
    from numberkeeper.store.db import connect, transaction

    path = database_path(folder)
    conn = connect(path)
    service = LineService(conn, carrier_catalog())
    now = datetime.now(UTC)
    # Each number with a carrier of its own country (a preset of another country is refused),
    # and a carrier typed as free text: Kuwait, Oman, Kuwait, a virtual number in Kuwait.
    kinds = [
        ("+965 9", "kw-zain", "Asia/Kuwait"),
        ("+968 9", "om-omantel", "Asia/Muscat"),
        ("+965 6", "kw-stc", "Asia/Kuwait"),
        ("+965 5", "Virtual SIM 虚拟号", "Asia/Kuwait"),
    ]
    for i in range(lines):
        prefix, carrier, zone = kinds[i % 4]
        service.add(
            LineInput(
                number=f"{prefix}{i:07d}",
                expires=(now.date() + timedelta(days=i % 400)).isoformat(),
                label=f"线路 {i} — خط" if i % 3 else f"=Line {i}",
                carrier=carrier,
                time_zone=zone,
            ),
            now,
        )
    rng = random.Random(5)
    start = date(2015, 1, 1).toordinal()
    currencies = ["KWD", "OMR", "USD", "JPY", "CNY"]
    notes = ["", "话费充值 top-up", 'kiosk "OAB" slip, 2 pages', "-5 fils fee", "@carrier"]

    def receipt(i: int) -> tuple[object, ...]:
        paid = date.fromordinal(start + rng.randrange(4000)).isoformat()
        return (
            1 + i % lines,
            paid,
            "renewal" if i % 5 else "voucher",
            rng.randrange(100_000),
            currencies[i % 5],
            "kiosk" if i % 2 else None,
            "KNET" if i % 3 else "",
            f"OAB{i:09d}",
            0,
            None,
            paid if i % 5 else None,
            None,
            None,
            notes[i % 5],
            paid,
        )

    with transaction(conn):
        conn.executemany(
            "INSERT INTO receipts (line_id, paid_on, kind, amount_minor, currency, channel, "
            "payment_method, reference, sms_confirmed, previous_expiry, new_expiry, "
            "attachment_sha256, attachment_name, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (receipt(i) for i in range(rows)),
        )
    conn.close()
    return path


def child(mode: str, folder: Path, out: Path, limit: int) -> dict[str, Any]:
    """Run one side in this process; report seconds, rows and peak RSS."""
    from numberkeeper.paths import database_path
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.container import Services
    from numberkeeper.services.exports import export_receipts_csv
    from numberkeeper.store.db import connect

    conn = connect(database_path(folder))
    started = time.perf_counter()
    if mode == "export":
        services = Services.open(conn, folder, carrier_catalog())
        count = export_receipts_csv(services, out)
    else:
        count = 0
        sql = FLOOR_SQL + (f" LIMIT {int(limit)}" if limit else "")
        cursor = conn.cursor()
        cursor.row_factory = None
        with out.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            for row in cursor.execute(sql):
                writer.writerow(row)
                count += 1
    seconds = time.perf_counter() - started
    conn.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"mode": mode, "seconds": seconds, "rows": count, "peak_rss_kib": peak}


def measure(
    mode: str, folder: Path, limit: int = 0, module: str = "benchmarks.export"
) -> dict[str, Any]:
    """Run one side in a fresh process (`module`'s --child: this one's, or the workbook's)."""
    out = folder / f"{mode}.csv"
    result = subprocess.run(
        [sys.executable, "-m", module, "--child", mode, str(folder), str(limit)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    out.unlink(missing_ok=True)
    report: dict[str, Any] = json.loads(result.strip().splitlines()[-1])
    return report


def run(rows: int, runs: int = 3) -> bool:
    """Populate, measure both sides `runs` times interleaved, print the verdict."""
    with tempfile.TemporaryDirectory(prefix="numberkeeper-bench-export-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        populate(folder, rows)
        print(f"inserted {rows:,} receipts in {time.perf_counter() - t0:.1f} s")
        measure("floor", folder)  # warm the OS file cache for both sides alike
        exports, floors = [], []
        for _ in range(runs):
            floors.append(measure("floor", folder))
            exports.append(measure("export", folder))
        small = None
        if rows >= 10:
            measure("shrink", folder)
            small = measure("export", folder)
        app = statistics.median(r["seconds"] for r in exports)
        floor = statistics.median(r["seconds"] for r in floors)
        app_rss = max(r["peak_rss_kib"] for r in exports) / 1024
        floor_rss = max(r["peak_rss_kib"] for r in floors) / 1024
        ratio = app / floor
        ok = ratio <= 1.5
        print(
            f"receipts CSV, {rows:,} rows: export {app:.2f} s, bare SELECT + csv.writer "
            f"{floor:.2f} s → {ratio:.2f}× (target ≤ 1.5×) {'ok' if ok else 'OVER TARGET'}"
        )
        line = f"peak memory: export {app_rss:.1f} MiB, floor {floor_rss:.1f} MiB"
        if small is not None:
            line += f"; export of {small['rows']:,} rows {small['peak_rss_kib'] / 1024:.1f} MiB"
        print(line)
        return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.export")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FOLDER", "LIMIT"))
    args = parser.parse_args(argv)
    if args.child:
        mode, folder, limit = args.child[0], Path(args.child[1]), int(args.child[2])
        if mode == "shrink":
            # Keep a tenth of the rows, for the export's peak RSS at N/10 (in its own process).
            from numberkeeper.paths import database_path
            from numberkeeper.store.db import connect

            conn = connect(database_path(folder))
            total = conn.execute("SELECT count(*) FROM receipts").fetchone()[0]
            conn.execute("DELETE FROM receipts WHERE id > ?", (total // 10,))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            print(json.dumps({"rows": total // 10}))
            return 0
        report = child(mode, folder, folder / f"{mode}.csv", limit)
        print(json.dumps(report))
        return 0
    run(args.rows, args.runs)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
