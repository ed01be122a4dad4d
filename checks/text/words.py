"""Words as the reader sees them: runs of non-space characters."""
from __future__ import annotations

import regex

_WORD = regex.compile(r"\S+")


def word_at(text: str, index: int) -> tuple[int, int]:
    """The span of the word that contains `index` (or the index itself between words)."""
    for m in _WORD.finditer(text, max(0, index - 200), min(len(text), index + 200)):
        if m.start() <= index < m.end():
            return m.span()
    return index, index
