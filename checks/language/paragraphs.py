"""Split text into pieces with str offsets: paragraphs (blocks separated by blank lines)
and, for rules that need them, sentences."""
from __future__ import annotations

import re

import regex

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = regex.compile(r"[.!?…]+(?=\s+[\p{Lu}\p{Nd}\p{So}\"”«]|\s*$)|\n")


def spans_between(text: str, separator: re.Pattern | regex.Pattern, keep_separator: bool = False) -> list[tuple[int, int]]:
    """Non-blank pieces of `text` between matches of `separator` (optionally ending with it)."""
    spans = []
    start = 0
    for m in separator.finditer(text):
        end = m.end() if keep_separator else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return spans_between(text, _PARAGRAPH_BREAK)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return spans_between(text, _SENTENCE_END, keep_separator=True)
