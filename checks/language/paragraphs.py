"""Split a post into paragraphs (blocks separated by blank lines), with str offsets."""
from __future__ import annotations

import re

_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BREAK.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
