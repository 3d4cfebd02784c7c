"""Counting the reloads a change causes (#14: one change, one reload of each view showing it)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest


def counting(
    monkeypatch: pytest.MonkeyPatch, counts: Counter[str], name: str, owner: Any, method: str
) -> None:
    """Count the calls of `owner.method` under `name`; it still does its work."""
    original = getattr(owner, method)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[name] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, method, counted)
