"""The GUI tests' stand-in for every box and file picker, and waiting for a background task
(#5, #18): shared by the data-transfer and workbook-export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from numberkeeper.gui.common import prompts
from numberkeeper.gui.data.export_runner import BackgroundTask


class Prompts:
    """Stands in for every box and picker: answers are queued, messages recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.infos: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.save_as: tuple[Path, int] | None = None
        self.open_path: Path | None = None
        self.confirm_answer = True
        self.ask_answer = True
        self.asked: list[str] = []
        monkeypatch.setattr(prompts, "info", lambda _p, t, x: self.infos.append((t, x)))
        monkeypatch.setattr(prompts, "error", lambda _p, t, x: self.errors.append((t, x)))
        monkeypatch.setattr(prompts, "confirm", self._confirm)
        monkeypatch.setattr(prompts, "ask", self._ask)
        monkeypatch.setattr(prompts, "save_file", lambda *_a: self.save_as)
        monkeypatch.setattr(prompts, "choose_file", lambda *_a: self.open_path)

    def _confirm(self, _parent: object, _title: str, text: str) -> bool:
        self.confirms.append(text)
        return self.confirm_answer

    def _ask(self, _parent: object, _title: str, text: str, _yes: str, _no: str) -> bool:
        self.asked.append(text)
        return self.ask_answer


def finish(qtbot, task: BackgroundTask | None) -> None:
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
