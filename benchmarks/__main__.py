"""`make bench`: NumberKeeper's performance targets, as ratios to a floor measured in this run.

- start-up to a populated window with 1,000 lines, against a bare PySide6 QMainWindow +
  QTableView of 1,000 rows started the same way (target ≤ 1.5×). The app side runs
  `numberkeeper`'s own entry point (single-instance lock, database check, window, then what
  it starts after the first paint); both clocks stop when the first paint of the table's
  viewport is over (benchmarks/child.py);
- peak memory over that floor, one second after the first paint (target ≤ +40 MiB);
- CPU used by the open window over 60 idle seconds with 1,000 live countdowns (target ≤ 1%
  of one core), with the floor's idle CPU printed beside it;
- then the other benchmarks (below), among them start-up with a CalDAV calendar and a push
  channel configured against the same lines without them (#17, benchmarks/reach_startup.py).
`--quick` runs every benchmark at a small size; CI runs it (`make bench-quick`) so that a change
that breaks a benchmark fails CI, and prints the figures without judging them.
Each start-up is measured in a fresh process, 15 times a side, in pairs; the ratio of the
medians counts, and the quartiles of the per-pair ratios show how far the machine's speed
drifted during the run.

Both sides run with compiled bytecode, as an installed app does: the children write and read
it in a temporary cache (PYTHONPYCACHEPREFIX), filled by the warm-up runs, even when the
environment sets PYTHONDONTWRITEBYTECODE. Without it every start of the app from a source
checkout compiled its own modules again, a cost no installed copy pays.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any


def populate(folder: Path, count: int) -> None:
    """A data folder with `count` lines spread over the next months, in one go."""
    from numberkeeper.core.validation import LineInput
    from numberkeeper.paths import database_path
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.lines import LineService
    from numberkeeper.store.db import connect

    conn = connect(database_path(folder))
    service = LineService(conn, carrier_catalog())
    now = datetime.now(UTC)
    carriers = ["kw-zain", "kw-stc", "kw-ooredoo", "om-omantel", "om-ooredoo", "om-vodafone"]
    for i in range(count):
        kuwait = i % 2 == 0
        number = f"+965 9{i:07d}" if kuwait else f"+968 9{i:07d}"
        service.add(
            LineInput(
                number=number,
                expires=(now.date() + timedelta(days=(i % 400) - 40)).isoformat(),
                label=f"Line {i}",
                carrier=carriers[(i % 3) + (0 if kuwait else 3)],
                balance_amount=f"{i % 50}.250",
                balance_currency="KWD" if kuwait else "OMR",
            ),
            now,
        )
    conn.close()


def measure(mode: str, folder: Path, idle_seconds: float, pycache: Path) -> dict[str, Any]:
    """Start one child process; return its report plus the wall time to a painted window."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPYCACHEPREFIX=str(pycache),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", mode, str(folder), str(idle_seconds)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    report["startup"] = report["ready"] - started
    return report


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--receipts", type=int, default=1_000_000, help="exported (CSV, .xlsx)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a small run for CI (#13): 3 start-ups a side, 2 idle seconds, 10,000 receipts; "
        "it shows the benchmarks still run, its figures are too noisy to judge",
    )
    args = parser.parse_args()
    if args.quick:
        args.runs, args.idle_seconds, args.receipts = 3, 2.0, 10_000
        print("quick run: every benchmark at a small size; the verdicts are not meaningful")

    with (
        tempfile.TemporaryDirectory(prefix="numberkeeper-bench-") as tmp,
        tempfile.TemporaryDirectory(prefix="numberkeeper-bench-pycache-") as pycache_dir,
    ):
        folder, pycache = Path(tmp), Path(pycache_dir)
        populate(folder, args.lines)
        # Warm the OS file cache and the bytecode cache for both sides alike.
        measure("app", folder, 0, pycache)
        measure("floor", folder, 0, pycache)
        app_runs, floor_runs = [], []
        # In pairs, in a random order within each pair: the machine's speed drifts, and
        # whichever side always ran first would meet a different machine.
        for _ in range(args.runs):
            for mode in random.sample(("floor", "app"), 2):
                (floor_runs if mode == "floor" else app_runs).append(
                    measure(mode, folder, 0, pycache)
                )
        app_start = statistics.median(r["startup"] for r in app_runs)
        floor_start = statistics.median(r["startup"] for r in floor_runs)
        pair_ratios = [
            a["startup"] / f["startup"] for a, f in zip(app_runs, floor_runs, strict=True)
        ]
        app_rss = statistics.median(r["peak_rss_kib"] for r in app_runs) / 1024
        floor_rss = statistics.median(r["peak_rss_kib"] for r in floor_runs) / 1024
        ratio = app_start / floor_start
        over = app_rss - floor_rss
        print(
            f"start-up, {args.lines} lines: app {app_start:.3f} s, floor {floor_start:.3f} s"
            f" → {ratio:.2f}× (target ≤ 1.5×) {verdict(ratio <= 1.5)}"
        )
        low, middle, high = statistics.quantiles(pair_ratios, n=4)
        print(
            f"  spread of the {args.runs} pairs: ratio quartiles {low:.2f} / {middle:.2f} /"
            f" {high:.2f}, floor {min(r['startup'] for r in floor_runs):.3f}–"
            f"{max(r['startup'] for r in floor_runs):.3f} s"
        )
        print(
            f"peak memory: app {app_rss:.1f} MiB, floor {floor_rss:.1f} MiB → +{over:.1f} MiB"
            f" (target ≤ +40 MiB) {verdict(over <= 40)}"
        )
        if args.idle_seconds > 0:
            idle_app = measure("app", folder, args.idle_seconds, pycache)
            idle_floor = measure("floor", folder, args.idle_seconds, pycache)
            share = 100 * idle_app["idle_cpu"] / args.idle_seconds
            floor_share = 100 * idle_floor["idle_cpu"] / args.idle_seconds
            print(
                f"idle CPU over {args.idle_seconds:.0f} s with {args.lines} live countdowns: "
                f"{share:.3f}% of one core (floor {floor_share:.3f}%; target ≤ 1%) "
                f"{verdict(share <= 1.0)}"
            )
    from benchmarks.caldav_sync import bench_caldav_sync
    from benchmarks.export import run as bench_export
    from benchmarks.reach_startup import bench_reach_startup
    from benchmarks.reminders import bench_reminders
    from benchmarks.tray_idle import bench_tray_idle
    from benchmarks.workbook import run as bench_workbook

    bench_reminders()  # evaluating reminders for 10,000 lines (#4)
    bench_tray_idle(args.idle_seconds)  # the app idle in the tray, window closed (#4)
    bench_export(args.receipts)  # the receipts CSV export, 1,000,000 rows (#5)
    bench_workbook(args.receipts)  # the same receipts as a workbook (.xlsx, #18)
    bench_caldav_sync(20 if args.quick else args.lines)  # calendar sync to Radicale (#17)
    with tempfile.TemporaryDirectory(prefix="numberkeeper-bench-pycache-") as pycache_dir:
        # Start-up with a calendar and a push channel configured (#17).
        bench_reach_startup(args.lines, args.runs, Path(pycache_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
