"""Start-up with a CalDAV calendar and a push channel configured (#17), against the same lines
without them: the first paint must not wait for caldav, Apprise, the keyring or the network
(they start after it, on a worker), so the ratio should stay about 1.

Both sides run `numberkeeper`'s own entry point to the first paint of the table
(benchmarks/child.py), in pairs in a random order, with the same keyring: the tests' file
keyring (tests/support/file_keyring.py), which holds the account's password and the channel's
URL. A real Radicale and a json:// receiver on 127.0.0.1 take what the configured side sends
after its first paint; the peak memory of each side is taken one second after it.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SUPPORT = Path(__file__).resolve().parents[1] / "tests" / "support"
PASSWORD = "bench-startup-radicale-pw"
TARGET = 1.05  # "unchanged": within the run's noise


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    """os.environ with `values`, for the children started meanwhile."""
    before = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def bench_reach_startup(lines: int, runs: int, pycache: Path) -> dict[str, float]:
    """Median start-ups with and without calendar sync and a channel; print and return them."""
    sys.path.insert(0, str(SUPPORT))
    from file_keyring import FileKeyring
    from local_servers import json_receiver, running_radicale

    from benchmarks.__main__ import measure, populate
    from numberkeeper.resources import carrier_catalog
    from numberkeeper.services.container import Services
    from numberkeeper.services.secrets import KeyringVault

    with (
        tempfile.TemporaryDirectory(prefix="numberkeeper-bench-reach-") as tmp,
        running_radicale(Path(tmp) / "radicale", {"bench": PASSWORD}) as radicale,
        json_receiver() as (port, received),
        _environment(
            PYTHON_KEYRING_BACKEND="file_keyring.FileKeyring",
            NUMBERKEEPER_TEST_KEYRING=str(Path(tmp) / "keyring.json"),
            PYTHONPATH=os.pathsep.join([str(SUPPORT), os.environ.get("PYTHONPATH", "")]),
        ),
    ):
        plain, configured = Path(tmp) / "plain", Path(tmp) / "configured"
        for folder in (plain, configured):
            folder.mkdir()
            populate(folder, lines)
        now = datetime.now(UTC)
        services = Services.open_folder(configured, carrier_catalog(), KeyringVault(FileKeyring()))
        try:
            done = services.calendar_sync.connect_and_sync(
                radicale.url, "bench", PASSWORD, None, now, ZoneInfo("Asia/Shanghai")
            )
            services.push.add("Hook", f"json://127.0.0.1:{port}/bench-token", now)
        finally:
            services.close()
        assert done.report is not None, done.error
        measure("app", plain, 0, pycache)  # warm the file and bytecode caches alike
        measure("app", configured, 0, pycache)
        times: dict[str, list[float]] = {"plain": [], "configured": []}
        memory: dict[str, list[float]] = {"plain": [], "configured": []}
        for _ in range(runs):
            for side in random.sample(("plain", "configured"), 2):
                report = measure("app", plain if side == "plain" else configured, 0, pycache)
                times[side].append(report["startup"])
                memory[side].append(report["peak_rss_kib"] / 1024)
        pushes = len(received)
    plain_s, configured_s = (statistics.median(times[s]) for s in ("plain", "configured"))
    ratio = configured_s / plain_s
    over = statistics.median(memory["configured"]) - statistics.median(memory["plain"])
    print(
        f"start-up with calendar sync and a push channel configured, {lines} lines: "
        f"{configured_s:.3f} s, without {plain_s:.3f} s → {ratio:.2f}× "
        f"(target ≤ {TARGET:g}×) {'ok' if ratio <= TARGET else 'OVER TARGET'}; peak memory "
        f"{over:+.1f} MiB (caldav and Apprise load after the first paint); {pushes} push(es) "
        "received from the configured runs"
    )
    return {"plain_s": plain_s, "configured_s": configured_s, "ratio": ratio, "memory": over}
