"""`make bench` (and `python -m benchmarks.workbook [--rows N]`): the receipts workbook (#18).

The same N receipts as benchmarks/export.py (its `populate`), exported with
`export_receipts_xlsx` and timed against a floor: XlsxWriter in constant-memory mode writing
the rows of a bare sqlite3 SELECT (same join and order, raw values), each cell with
write_string or write_number by its Python type — no formats, widths, totals or second sheet.
Target: export ≤ 1.5× the floor, in CPU seconds of each child (the machines are shared: the wall
clock is printed too). Each side runs in its own child process, so its peak RSS (ru_maxrss) is
its own; the export is also run at N/10 rows to show its memory is flat.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.export import FLOOR_SQL, measure, populate

MODULE = "benchmarks.workbook"


def child(mode: str, folder: Path, out: Path) -> dict[str, Any]:
    """Run one side in this process; report seconds, rows and peak RSS."""
    from xlsxwriter import Workbook

    from numberkeeper.paths import database_path
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.container import Services
    from numberkeeper.services.workbook_exports import export_receipts_xlsx
    from numberkeeper.store.db import connect

    conn = connect(database_path(folder))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    if mode == "export":
        services = Services.open(conn, folder, carrier_catalog())
        count = export_receipts_xlsx(services, out)
    else:
        count = 0
        cursor = conn.cursor()
        cursor.row_factory = None
        book = Workbook(str(out), {"constant_memory": True})
        sheet = book.add_worksheet()
        write_string, write_number = sheet.write_string, sheet.write_number
        for count, row in enumerate(cursor.execute(FLOOR_SQL), start=1):
            for col, value in enumerate(row):
                if value.__class__ is str:
                    if value:  # an empty text is no cell, as in the export
                        write_string(count, col, value)
                elif value is not None:
                    write_number(count, col, value)
        book.close()
    seconds = time.perf_counter() - started
    conn.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "mode": mode,
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime - cpu_before,
        "rows": count,
        "peak_rss_kib": usage.ru_maxrss,  # KiB on Linux
    }


def run(rows: int, runs: int = 3) -> bool:
    """Populate, measure both sides `runs` times interleaved, print the verdict."""
    with tempfile.TemporaryDirectory(prefix="numberkeeper-bench-xlsx-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        populate(folder, rows)
        print(f"inserted {rows:,} receipts in {time.perf_counter() - t0:.1f} s")
        exports, floors = [], []
        for _ in range(runs):
            floors.append(measure("floor", folder, module=MODULE))
            exports.append(measure("export", folder, module=MODULE))
        small = None
        if rows >= 10:
            measure("shrink", folder)  # benchmarks/export.py keeps a tenth of the rows
            small = measure("export", folder, module=MODULE)
        app = statistics.median(r["cpu"] for r in exports)
        floor = statistics.median(r["cpu"] for r in floors)
        app_rss = max(r["peak_rss_kib"] for r in exports) / 1024
        floor_rss = max(r["peak_rss_kib"] for r in floors) / 1024
        ratio = app / floor
        ok = ratio <= 1.5
        print(
            f"receipts .xlsx, {rows:,} rows: export {app:.2f} s, bare SELECT + XlsxWriter "
            f"{floor:.2f} s of CPU → {ratio:.2f}× (target ≤ 1.5×) {'ok' if ok else 'OVER TARGET'}"
        )
        walls = [", ".join(f"{r['seconds']:.2f}" for r in side) for side in (exports, floors)]
        print(f"  wall clock, each run: export {walls[0]} s; floor {walls[1]} s")
        line = f"peak memory: export {app_rss:.1f} MiB, floor {floor_rss:.1f} MiB"
        if small is not None:
            line += (
                f"; export of {small['rows']:,} rows {small['peak_rss_kib'] / 1024:.1f} MiB"
                f" ({small['cpu']:.2f} s of CPU)"
            )
        print(line)
        return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.workbook")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FOLDER", "LIMIT"))
    args = parser.parse_args(argv)
    if args.child:
        folder = Path(args.child[1])
        print(json.dumps(child(args.child[0], folder, folder / f"{args.child[0]}.xlsx")))
        return 0
    run(args.rows, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
