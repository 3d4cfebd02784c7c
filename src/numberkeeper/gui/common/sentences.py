"""Sentences put side by side the way the interface language writes them (#16).

English separates sentences with a space; Chinese does not: "下次保号活动截止：2027-02-20。 记录本次
后…" had a stray space after each full stop. A sentence that ends in a full-width mark (。！？
…) is followed directly by the next.
"""

from __future__ import annotations

# Closing marks after which Chinese (and Japanese) put no space.
_FULL_WIDTH_ENDS = "。！？；：）」』】"


def join_sentences(*sentences: str) -> str:
    """The non-empty `sentences` as one text: "A. B." or "甲。乙。"."""
    text = ""
    for sentence in filter(None, sentences):
        if text and not text.endswith(tuple(_FULL_WIDTH_ENDS)):
            text += " "
        text += sentence
    return text
