"""A text cut where nothing counted or found in it can cross — lines and words — with
caches keyed by a piece's own text, so work redone after a keystroke is the edited
line's and word's only (checks.channels.chunked_count, checks.text.urls.cached_url_spans).

A boundary falls before a line feed (not inside CR LF) and before a space that follows a
printable ASCII character, so every piece but the first starts with the very character
that precedes its first word in the whole text. No URL, emoji sequence, grapheme cluster
or Mastodon handle contains a line feed or a space; a line feed, and a space after ASCII,
start a new grapheme cluster (ASCII has no prepended marks); NFC never composes into a
line feed or a space; and twitter-text's URL rules see the same character before a URL
(the piece's own first character — a piece starting right after a line feed would let
the URL pattern take its first letter as the "preceding character") and after it.
"""
from __future__ import annotations

import re
from typing import Callable, TypeVar

_LINE = re.compile(r"(?<=[^\r])(?=\n)")  # before a line feed, not inside CR LF
_WORD = re.compile(r"(?<=[\x21-\x7e])(?= )")  # before a space that follows printable ASCII

# entries per cache (each keystroke adds the edited line and word); past it a cache starts
# again, costing one slower count — lines are kept fewer, a line without breaks being long
CHUNKS_MAX = 20_000
LINES_MAX = 1_000

T = TypeVar("T")


def lines(text: str) -> list[str]:
    return [line for line in _LINE.split(text) if line]


def words(line: str) -> list[str]:
    return [chunk for chunk in _WORD.split(line) if chunk]


def chunks(text: str) -> list[str]:
    """`text` cut at every boundary (joined they give `text` back; no empty chunk)."""
    return [chunk for line in lines(text) for chunk in words(line)]


def cached(cache: dict[str, T], pieces: list[str], make: Callable[[str], T], most: int) -> list[T]:
    """make(piece) for each piece, from `cache` (at most `most` entries) where it was made before."""
    found = []
    for piece in pieces:
        value = cache.get(piece)
        if value is None:
            if len(cache) >= most:
                cache.clear()
            value = cache[piece] = make(piece)
        found.append(value)
    return found


def shifted(pieces: list[str], spans_per_piece: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Spans found in each piece, as spans into the pieces joined."""
    found: list[tuple[int, int]] = []
    at = 0
    for piece, spans in zip(pieces, spans_per_piece):
        found.extend((at + s, at + e) for s, e in spans)
        at += len(piece)
    return found
