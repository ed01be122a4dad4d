"""Count a text the way each channel does, and find where a limit is crossed.

Every counter returns the total and the str index where the text first goes over a
given limit (None when it fits), so a rule can underline exactly the part that is cut.
"""
from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Callable

from twitter_text import parse_tweet

from checks.resources import resource_path
from checks.text.emoji_spans import emoji_spans
from checks.text.graphemes import grapheme_spans
from checks.text.urls import url_spans


@dataclass(frozen=True)
class Count:
    total: int
    cut: int | None  # first str index that no longer fits, None when the text fits


def _camel_to_snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower().replace("u_r_l", "url")


def twitter_options(raw: dict) -> dict:
    """A twitter-text JSON config (camelCase) in twitter-text-parser's form (snake_case)."""
    options = {_camel_to_snake(k): v for k, v in raw.items()}
    options.setdefault("emoji_parsing_enabled", False)
    return options


@cache
def twitter_config() -> dict:
    """The shipped twitter-text v3 config (resources/channels/twitter-text-v3.json)."""
    return twitter_options(json.loads(resource_path("channels", "twitter-text-v3.json").read_text("utf-8")))


def twitter_parse(text: str, config: dict | None = None):
    """twitter-text's ParsedResult (weightedLength, valid, permillage, ranges)."""
    return parse_tweet(text, config or twitter_config())


def _utf16_to_index(text: str, utf16_offset: int) -> int:
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > utf16_offset:
            return index
    return len(text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def count_twitter(text: str, limit: int) -> Count:
    """X's weighted length (twitter-text v3) and where it goes over `limit`.

    twitter-text's parseTweet algorithm — NFC, a URL weighs 23, an emoji sequence 2, other
    code points by the config's ranges; the valid part ends at the limit or at an invalid
    character — with our prefiltered emoji finder, a cached weight per character and the
    text walked a stretch at a time (the characters between two URLs or emoji are weighed
    in one pass; only the stretch where the limit is crossed is searched): far faster than
    twitter-text-parser on a 2,000-character post, which matters because the counter runs
    on every keystroke. Tests compare the two on the conformance suite and on fuzzed text.
    """
    config = twitter_config()
    scale, max_weight = config["scale"], limit * config["scale"]
    text = _LONE_SURROGATE.sub("\ufffd", text)  # same length; twitter-text cannot encode them
    normalized = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    entities = {s: (e, config["transformed_url_length"] * scale) for s, e in url_spans(normalized)}
    for s, e in emoji_spans(normalized):
        entities.setdefault(s, (e, config["default_weight"]))
    # The walk visits every character outside entities and the last character of each
    # entity; a visited invalid character ends the valid part for good.
    invalid = sorted(i for i, ch in enumerate(normalized) if ch in _INVALID) if _INVALID_RE.search(normalized) else []
    walk = _Walk(max_weight, invalid)
    pos = 0
    for start in sorted(entities):
        if start < pos:  # inside an entity already weighed (an emoji within a URL)
            continue
        end, entity_weight = entities[start]
        walk.stretch(normalized, pos, start)
        walk.visit(end - 1, entity_weight)
        pos = end
    walk.stretch(normalized, pos, len(normalized))
    weighted = walk.weight // scale
    if weighted <= limit:
        return Count(weighted, None)
    last_valid = walk.last_valid
    valid_end = len(normalized[:last_valid + 1].encode("utf-16-le")) // 2 - 1
    offset = (len(text.encode("utf-16-le")) - len(normalized.encode("utf-16-le"))) // 2
    return Count(weighted, _utf16_to_index(text, valid_end + offset + 1) if text else 0)


class _Walk:
    """The running weight of count_twitter's walk and the last visited index that is
    still valid and within the limit (0 when none is, as in twitter-text)."""

    def __init__(self, max_weight: int, invalid: list[int]) -> None:
        self.max_weight = max_weight
        self.weight = 0
        self.last_valid = 0
        self.open = True  # no visited index has failed yet (the passing ones are a prefix)
        self.invalid = invalid  # indices of invalid characters, ascending
        self.first_invalid: int | None = None  # the first visited invalid index

    def _valid_before(self, start: int, end: int) -> int:
        """End of the valid visited indices in [start, end): the first invalid one, else end."""
        if self.first_invalid is not None:
            return min(max(self.first_invalid, start), end)
        k = bisect_left(self.invalid, start)
        if k < len(self.invalid) and self.invalid[k] < end:
            self.first_invalid = self.invalid[k]
            return self.invalid[k]
        return end

    def stretch(self, text: str, start: int, end: int) -> None:
        """Visit every index of text[start:end], each weighed on its own."""
        if start >= end:
            return
        weights = list(map(_char_weight, text[start:end]))
        before = self.weight
        self.weight += sum(weights)
        if not self.open:
            return
        valid_end = self._valid_before(start, end)
        if valid_end == end and self.weight <= self.max_weight:
            self.last_valid = end - 1
            return
        fits = bisect_right(list(accumulate(weights, initial=before)), self.max_weight) - 1
        passing = min(fits, valid_end - start)
        if passing > 0:
            self.last_valid = start + passing - 1
        self.open = False

    def visit(self, index: int, weight: int) -> None:
        """Visit one index that carries a whole entity's weight."""
        self.weight += weight
        if not self.open:
            return
        if self._valid_before(index, index + 1) == index + 1 and self.weight <= self.max_weight:
            self.last_valid = index
        else:
            self.open = False


_INVALID = frozenset("\ufffe\ufeff\uffff")
_INVALID_RE = re.compile("[\ufffe\ufeff\uffff]")


@cache
def _char_weight(ch: str) -> int:
    config = twitter_config()
    code = ord(ch)
    return next((r["weight"] for r in config["ranges"] if r["start"] <= code <= r["end"]), config["default_weight"])


def _units_count(units: list[tuple[int, int, int]], text_len: int, limit: int) -> Count:
    total = 0
    cut = None
    for start, _end, weight in units:
        total += weight
        if cut is None and total > limit:
            cut = start
    return Count(total, cut)


def _with_urls(text: str, spans: list[tuple[int, int]], url_length: int | None) -> list[tuple[int, int, int]]:
    """Unit spans of weight 1, with each URL replaced by one unit of url_length."""
    if not url_length:
        return [(s, e, 1) for s, e in spans]
    urls = url_spans(text)
    units: list[tuple[int, int, int]] = []
    u = 0
    for s, e in spans:
        while u < len(urls) and urls[u][1] <= s:
            u += 1
        if u < len(urls) and urls[u][0] <= s < urls[u][1]:
            if s == urls[u][0] or not units or units[-1][0] != urls[u][0]:
                units.append((urls[u][0], urls[u][1], url_length))
            continue
        units.append((s, e, 1))
    return units


_MASTODON_REMOTE = re.compile(r"(?<![\w@])(@[A-Za-z0-9_][A-Za-z0-9_.-]*)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def count_graphemes(text: str, limit: int, url_length: int | None = None) -> Count:
    spans = grapheme_spans(text)
    units = _with_urls(text, spans, url_length)
    if url_length:  # Mastodon: @user@domain counts as @user
        for m in _MASTODON_REMOTE.finditer(text):
            domain_start = m.end(1)
            units = [u if not (domain_start <= u[0] < m.end()) else (u[0], u[1], 0) for u in units]
    return _units_count(units, len(text), limit)


def count_code_points(text: str, limit: int) -> Count:
    return Count(len(text), limit if len(text) > limit else None)


def _utf8_len(s: str) -> int:
    return len(s.encode("utf-8", "surrogatepass"))


def count_utf8_bytes(text: str, limit: int) -> Count:
    total = _utf8_len(text)
    if total <= limit:
        return Count(total, None)
    sizes = accumulate(map(_utf8_len, text))
    return Count(total, next(i for i, size in enumerate(sizes) if size > limit))


def count_threads(text: str, limit: int) -> Count:
    emoji = emoji_spans(text)
    units: list[tuple[int, int, int]] = []
    e = 0
    i = 0
    while i < len(text):
        while e < len(emoji) and emoji[e][1] <= i:
            e += 1
        if e < len(emoji) and emoji[e][0] == i:
            s, end = emoji[e]
            units.append((s, end, _utf8_len(text[s:end])))
            i = end
        else:
            units.append((i, i + 1, 1))
            i += 1
    return _units_count(units, len(text), limit)


COUNTERS: dict[str, Callable[..., Count]] = {
    "twitter": count_twitter,
    "graphemes": count_graphemes,
    "code_points": count_code_points,
    "utf8_bytes": count_utf8_bytes,
    "threads": count_threads,
}

UNITS = {"twitter": "weighted", "graphemes": "graphemes", "code_points": "characters",
         "utf8_bytes": "bytes", "threads": "characters"}

