"""Extended grapheme clusters (what a reader sees as one character), via `regex` \\X."""
from __future__ import annotations

import regex

_GRAPHEME = regex.compile(r"\X", regex.DOTALL)


def grapheme_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _GRAPHEME.finditer(text)]


def grapheme_count(text: str) -> int:
    return sum(1 for _ in _GRAPHEME.finditer(text))
