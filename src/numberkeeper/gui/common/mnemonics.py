"""A menu text without its mnemonic, for a toolbar button (#16).

Qt derives a tool button's text from its action's by dropping "&" and a trailing "…", which
leaves the Chinese way of writing a mnemonic behind: "添加收据(&A)…" became "添加收据(A)" on the
receipts window's toolbar. A toolbar button has no mnemonic to show (Alt+A opens nothing from a
toolbar), so the letter in brackets goes too.
"""

from __future__ import annotations

import re

# "(&A)" and "（&A）" as the Chinese catalogue writes them, with the space some put before.
_BRACKETED = re.compile(r"\s*[(（]&[^&\s][)）]")
_AMPERSAND = re.compile(r"&(&?)")


def toolbar_text(menu_text: str) -> str:
    """ "添加收据(&A)…" → "添加收据", "&Add receipt…" → "Add receipt", "A && B" → "A & B"."""
    text = _BRACKETED.sub("", menu_text)
    text = _AMPERSAND.sub(lambda m: m.group(1), text)
    return text.removesuffix("…").removesuffix("...").strip()
