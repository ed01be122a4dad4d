"""URLs as str spans, found by twitter-text's URL rules (with and without protocol).

A URL never holds a line break (twitter-text's domain, path and query exclude white
space), so the text is scanned line by line, each line together with the line breaks
around it (the character before a URL decides where it starts), and each line's URLs are
remembered: the scan costs ~0.5 µs a character, and an edit then scans only the line it
changed. tests/test_url_lines.py compares this with one scan of the whole text.
"""
from __future__ import annotations

from functools import lru_cache

from twitter_text.extract_urls import extract_urls_with_indices


@lru_cache(maxsize=2048)
def _line_urls(line: str) -> tuple[tuple[int, int], ...]:
    try:
        return tuple((u["indices"][0], u["indices"][1]) for u in extract_urls_with_indices(line))
    except Exception:  # the extractor on odd input: then no URL is found in it, nothing fails
        return ()


def url_spans(text: str) -> list[tuple[int, int]]:
    if "." not in text:  # twitter-text finds no URL without a dot
        return []
    lines = text.split("\n")
    if len(lines) == 1:
        return list(_line_urls(text))
    spans: list[tuple[int, int]] = []
    offset = 0  # where the current line starts in text
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if "." in line:
            piece = ("\n" if i else "") + line + ("\n" if i < last else "")
            shift = offset - 1 if i else 0
            spans.extend([(shift + s, shift + e) for s, e in _line_urls(piece)])
        offset += len(line) + 1
    return spans
