"""Split text into pieces with str offsets: paragraphs (blocks separated by blank lines)
and, for rules that need them, sentences.

A paragraph longer than MAX_PARAGRAPH characters is analysed in parts cut at sentence
ends (else at a space): the language pass then costs the same per character on a wall
of text as on a post, and a single huge sentence never reaches spaCy whole.
"""
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


MAX_PARAGRAPH = 2000


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end in spans_between(text, _PARAGRAPH_BREAK):
        while end - start > MAX_PARAGRAPH:
            cut = _cut(text, start, start + MAX_PARAGRAPH)
            spans.append((start, cut))
            start = cut
        spans.append((start, end))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a part of text[start:…] at most `limit`: after the last sentence end
    in its second half, else at its last space, else at `limit`."""
    half = start + (limit - start) // 2
    ends = [m.end() for m in _SENTENCE_END.finditer(text, half, limit) if m.group() != "\n"]
    if ends:
        return ends[-1]
    space = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
    return space + 1 if space > start else limit


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return spans_between(text, _SENTENCE_END, keep_separator=True)
