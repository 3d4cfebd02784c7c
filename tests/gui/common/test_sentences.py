"""Sentences side by side: a space after an English full stop, none after a Chinese one (#16)."""

from __future__ import annotations

from numberkeeper.gui.common.mnemonics import toolbar_text
from numberkeeper.gui.common.sentences import join_sentences


def test_sentences_are_joined_as_each_language_writes_them() -> None:
    assert join_sentences("Synced.", "", "It failed.") == "Synced. It failed."
    assert (
        join_sentences("上次同步：昨天。", "上次同步失败：超时。")
        == "上次同步：昨天。上次同步失败：超时。"
    )
    assert join_sentences() == ""


def test_a_toolbar_text_has_no_mnemonic() -> None:
    assert toolbar_text("添加收据(&A)…") == "添加收据"
    assert toolbar_text("导出（&X）...") == "导出"
    assert toolbar_text("E&xport…") == "Export"
    assert toolbar_text("Portal && secrets") == "Portal & secrets"
