"""Channel counts summed over the chunks of a text (checks.text.chunks: lines, then words),
each line's and chunk's count kept by its text, so counting again after a keystroke
recounts only the line and word that changed.

The counters run on every keystroke in the window (the counter strip, the fold, the
preview) and in every check; a full X count of 2,000 link-heavy characters (twitter-text's
URL rules, emoji, NFC) takes ~20 ms, the sum over cached lines well under 1 ms. Tests
compare every count with the whole text's count (checks.channels.counting) after random
edits of real and hostile text.
"""
from __future__ import annotations

from checks.channels.counting import (
    COUNTERS, Count, count_code_points, count_graphemes, count_utf8_bytes, twitter_config, twitter_cut,
    twitter_entities, twitter_normalize, twitter_walk, utf16_len,
)
from checks.text import chunks as text_chunks
from checks.text.chunks import cached, lines, words


class _TwitterChunk:
    __slots__ = ("normalized", "entities", "weight", "valid", "units")

    def __init__(self, chunk: str) -> None:
        self.normalized = twitter_normalize(chunk)
        self.entities = twitter_entities(self.normalized)
        self.weight, self.valid, _ = twitter_walk(self.normalized, self.entities, float("inf"))
        self.units = utf16_len(self.normalized)


class _TwitterLine:
    """A line's chunks and their sums: a keystroke recounts one line of chunks from the cache."""
    __slots__ = ("parts", "weight", "valid", "units")

    def __init__(self, line: str) -> None:
        self.parts = cached(_twitter_chunks, words(line), _TwitterChunk, text_chunks.CHUNKS_MAX)
        self.weight = sum(part.weight for part in self.parts)
        self.valid = all(part.valid for part in self.parts)
        self.units = sum(part.units for part in self.parts)


_twitter_chunks: dict[str, _TwitterChunk] = {}
_twitter_lines: dict[str, _TwitterLine] = {}
_unit_chunks: dict[tuple[str, int | None], dict[str, int]] = {}
_unit_lines: dict[tuple[str, int | None], dict[str, tuple[int, list[str], list[int]]]] = {}


def count_twitter_chunked(text: str, limit: int) -> Count:
    """Exactly checks.channels.counting.count_twitter(text, limit)."""
    if limit < 0:
        return COUNTERS["twitter"](text, limit)
    scale = twitter_config()["scale"]
    rows = cached(_twitter_lines, lines(text), _TwitterLine, text_chunks.LINES_MAX)
    weighted = sum(row.weight for row in rows) // scale
    if weighted <= limit:
        return Count(weighted, None)
    valid_units = _twitter_valid_units(rows, limit * scale)
    if valid_units is None:  # not even the first character fits: parseTweet's index 0
        valid_units = utf16_len(rows[0].parts[0].normalized[:1])
    return Count(weighted, twitter_cut(text, valid_units, sum(row.units for row in rows)))


def _twitter_valid_units(rows: list[_TwitterLine], max_weight: int) -> int | None:
    """UTF-16 units of the normalized text up to its last valid index within `max_weight`."""
    before, units, valid_units = 0, 0, None
    for row in rows:
        if row.valid and before + row.weight <= max_weight:
            before += row.weight
            units = valid_units = units + row.units
            continue
        for part in row.parts:  # the chunk where the text stops being valid or goes over
            if not part.valid or before + part.weight > max_weight:
                _, _, last = twitter_walk(part.normalized, part.entities, max_weight, before)
                return valid_units if last is None else units + utf16_len(part.normalized[:last + 1])
            before += part.weight
            units = valid_units = units + part.units
    return valid_units


def count_units_chunked(counting: str, text: str, limit: int, url_length: int | None = None) -> Count:
    """Exactly the whole-text count of a counter made of units (graphemes, threads), with
    each line's and chunk's total cached and only the chunk that crosses `limit` counted
    again for the cut."""
    def whole(piece: str, piece_limit: int) -> Count:
        if counting == "graphemes":
            return count_graphemes(piece, piece_limit, url_length)
        return COUNTERS[counting](piece, piece_limit)

    if limit < 0:
        return whole(text, limit)
    chunk_cache = _unit_chunks.setdefault((counting, url_length), {})

    def line_totals(line: str) -> tuple[int, list[str], list[int]]:
        pieces = words(line)
        totals = cached(chunk_cache, pieces, lambda piece: whole(piece, 0).total, text_chunks.CHUNKS_MAX)
        return sum(totals), pieces, totals

    rows = cached(_unit_lines.setdefault((counting, url_length), {}), lines(text), line_totals,
                  text_chunks.LINES_MAX)
    total = sum(row[0] for row in rows)
    if total <= limit:
        return Count(total, None)
    before, start = 0, 0
    for row_total, pieces, totals in rows:
        if before + row_total <= limit:
            before += row_total
            start += sum(len(piece) for piece in pieces)
            continue
        for piece, piece_total in zip(pieces, totals):
            if before + piece_total > limit:
                cut = whole(piece, limit - before).cut
                assert cut is not None, "this chunk's total goes over what is left of the limit"
                return Count(total, start + cut)
            before += piece_total
            start += len(piece)
    raise AssertionError("a total over the limit crosses it in some chunk")


_recent: dict[tuple[str, str, int, int | None], Count] = {}
RECENT_MAX = 32  # the same text is counted by the counters, the fold, the preview and the checks


def count_chunked(counting: str, text: str, limit: int, url_length: int | None = None) -> Count:
    """The channel count of `text` the `counting` way (see resources/channels/channels.toml)."""
    if counting == "code_points":
        return count_code_points(text, limit)
    if counting == "utf8_bytes":
        return count_utf8_bytes(text, limit)
    key = (counting, text, limit, url_length)
    count = _recent.get(key)
    if count is None:
        if counting == "twitter":
            count = count_twitter_chunked(text, limit)
        else:
            count = count_units_chunked(counting, text, limit, url_length)
        if len(_recent) >= RECENT_MAX:
            _recent.clear()
        _recent[key] = count
    return count
