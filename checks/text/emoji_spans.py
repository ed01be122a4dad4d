"""Emoji sequences (ZWJ sequences, skin tones, flags, keycaps) as str spans.

Uses the emoji regex of twitter-text-parser, the same one that makes an emoji
sequence weigh 2 in X's count, so the rules and the counter agree on what an emoji is.
"""
from __future__ import annotations

import re

from checks.text.twitter import emoji_pattern as _EMOJI

# Every emoji sequence contains a character from these ranges; the full emoji regex is
# slow (~7 ms on 2,000 characters), so lines without one are skipped.
_MAY_BE_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff\ufe0f\u20e3]")


def emoji_spans(text: str) -> list[tuple[int, int]]:
    if not _MAY_BE_EMOJI.search(text):
        return []
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _MAY_BE_EMOJI.search(line):
            spans.extend((offset + s, offset + e) for s, e in (m.span() for m in _EMOJI.finditer(line)))
        offset += len(line)
    return spans
