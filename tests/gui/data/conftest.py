"""Fixtures of the data-transfer GUI tests: the prompts answered by the test."""

from __future__ import annotations

import pytest
from gui_prompts import Prompts


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    """Every box and picker answered by the test, every message recorded."""
    return Prompts(monkeypatch)
