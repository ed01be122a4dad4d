"""Count a text the way each channel does, and find where a limit is crossed.

Every counter returns the total and the str index where the text first goes over a
given limit (None when it fits), so a rule can underline exactly the part that is cut.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Callable

from checks.text.twitter import parse_tweet

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


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _utf16_to_index(text: str, utf16_offset: int) -> int:
    """The str index of the character holding UTF-16 unit `utf16_offset` (len(text) past the end)."""
    if not _ASTRAL.search(text):  # every character is one unit
        return max(0, min(utf16_offset, len(text)))
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > utf16_offset:
            return index
    return len(text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def twitter_normalize(text: str) -> str:
    """The text as twitter-text weighs it: lone surrogates replaced (same length), NFC, line
    breaks as LF."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")


def twitter_entities(normalized: str) -> dict[int, tuple[int, int]]:
    """{start: (end, weight)} of the URLs (23 each) and emoji sequences (2 each) in a normalized text."""
    config = twitter_config()
    entities = {s: (e, config["transformed_url_length"] * config["scale"]) for s, e in url_spans(normalized)}
    for s, e in emoji_spans(normalized):
        entities.setdefault(s, (e, config["default_weight"]))
    return entities


def twitter_walk(normalized: str, entities: dict[int, tuple[int, int]], max_weight: float,
                 weight: int = 0) -> tuple[int, bool, int | None]:
    """parseTweet's loop over `normalized` from a running `weight` (scaled): (weight after it,
    whether it stayed valid — no invalid character —, the last index that was still valid and
    within `max_weight`, None when none was)."""
    valid, last_valid, index = True, None, 0
    while index < len(normalized):
        entity = entities.get(index)
        if entity is not None:
            end, entity_weight = entity
            weight += entity_weight
            index = end - 1
        else:
            weight += _char_weight(normalized[index])
        if valid:
            valid = normalized[index] not in _INVALID
        if valid and weight <= max_weight:
            last_valid = index
        index += 1
    return weight, valid, last_valid


def count_twitter(text: str, limit: int) -> Count:
    """X's weighted length (twitter-text v3) and where it goes over `limit`.

    twitter-text's parseTweet algorithm — NFC, a URL weighs 23, an emoji sequence 2, other
    code points by the config's ranges; the valid part ends at the limit or at an invalid
    character — with our prefiltered emoji finder and a cached weight per character: ~10×
    faster than twitter-text-parser on a 2,000-character post. Tests compare the two on the
    conformance suite and on fuzzed text. This counts the whole text; the window counts it
    chunk by chunk (checks.channels.chunked_count), which tests compare with this.
    """
    scale = twitter_config()["scale"]
    normalized = twitter_normalize(text)
    weight, _valid, last_valid = twitter_walk(normalized, twitter_entities(normalized), limit * scale)
    weighted = weight // scale
    if weighted <= limit:
        return Count(weighted, None)
    return Count(weighted, twitter_cut(text, utf16_len(normalized[:(last_valid or 0) + 1]), utf16_len(normalized)))


def twitter_cut(text: str, valid_units: int, normalized_units: int) -> int:
    """The str index where X cuts `text` whose normalized form stays valid for its first
    `valid_units` UTF-16 units (twitter-text's validRangeEnd + 1, shifted by what NFC removed)."""
    if not text:
        return 0
    offset = utf16_len(text) - normalized_units
    return _utf16_to_index(text, valid_units + offset)


_INVALID = frozenset("\ufffe\ufeff\uffff")


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
    return Count(len(text), max(0, limit) if len(text) > max(0, limit) else None)


def _utf8_len(s: str) -> int:
    return len(s.encode("utf-8", "surrogatepass"))


def count_utf8_bytes(text: str, limit: int) -> Count:
    total = _utf8_len(text)
    if total <= limit or not text:
        return Count(total, None)
    lo, hi = 0, len(text) - 1
    while lo < hi:  # the first character that ends past the limit
        mid = (lo + hi) // 2
        if _utf8_len(text[:mid + 1]) > limit:
            hi = mid
        else:
            lo = mid + 1
    return Count(total, lo)


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

