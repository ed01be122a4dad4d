"""Emoji sequences (ZWJ sequences, skin tones, flags, keycaps) as str spans.

Uses the emoji regex of twitter-text-parser, the same one that makes an emoji
sequence weigh 2 in X's count, so the rules and the counter agree on what an emoji is.
"""
from __future__ import annotations

from twitter_text.regexp.emoji import emoji as _EMOJI


def emoji_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _EMOJI.finditer(text)]
