"""Real places that refuse writes, for the tests of #15: a small tmpfs filled up to a few KiB,
the same tmpfs remounted read-only, one file bind-mounted read-only over itself.

Mounting needs root (CAP_SYS_ADMIN). Without it these tests skip, saying so; CI runs them as
root and sets NUMBERKEEPER_REQUIRE_MOUNTS=1, which turns the skip into a failure (.ci/run).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE_ENV = "NUMBERKEEPER_REQUIRE_MOUNTS"


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


def _cannot_mount(where: Path) -> str:
    """Why a tmpfs cannot be mounted here ("" when it can)."""
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None:
        return "no mount command"
    probe = where / "probe"
    probe.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe))
    except subprocess.CalledProcessError as e:
        return f"mount refused: {e.stderr.strip()}"
    subprocess.run(["umount", str(probe)], check=False)
    return ""


def need_mounts(where: Path) -> None:
    """Skip (or, under NUMBERKEEPER_REQUIRE_MOUNTS=1, fail) when no tmpfs can be mounted."""
    reason = _cannot_mount(where)
    if not reason:
        return
    message = f"{reason}: the read-only and full-disk tests need a tmpfs of their own"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def small_disk(where: Path, size_kib: int = 2048) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted at `where` (created), unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where))
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    """Fill the disk until only about `leave_bytes` are free; returns the filler file."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as f:
        for size in (65536, 4096):  # the last bytes a page at a time
            with contextlib.suppress(OSError):
                while f.write(b"\0" * size):
                    pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave_bytes))
    return filler


@contextlib.contextmanager
def read_only(disk: Path) -> Iterator[Path]:
    """The mounted disk read-only for the block, writable again afterwards."""
    _mount("-o", "remount,ro", str(disk))
    try:
        yield disk
    finally:
        _mount("-o", "remount,rw", str(disk))


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """One file read-only (bind-mounted over itself) in a folder that stays writable."""
    _mount("--bind", str(path), str(path))
    try:
        _mount("-o", "remount,bind,ro", str(path))
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` and its bytes, to show nothing was changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
