"""Hashtags and @-mentions found by twitter-text's rules (Apache-2.0 twitter-text,
ported from its regular expressions; checked against its conformance suite).

Hashtag: '#' or '＃' not preceded by a letter, mark, digit, '_' or '&'; a body of letters,
marks, digits, '_' and a few joiners, with at least one letter or mark; a match followed
by '#', '＃' or '://' is dropped, and so is a hashtag inside a URL.
Mention: '@' or '＠' not preceded by [A-Za-z0-9_!#$%&*@＠] (or after "RT"); a name of
[A-Za-z0-9_]{1,20}; a match followed by an at sign, a Latin letter or '://' is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from checks.text.urls import url_spans

_SPECIAL = "\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
_ALPHA = r"\p{L}\p{M}"
_ALNUM = rf"\p{{L}}\p{{M}}\p{{Nd}}_{_SPECIAL}"
_HASHTAG = regex.compile(
    rf"(?:^|(?<=[\uFE0E\uFE0F])|(?<![{_ALNUM}&]))([#＃])(?![\uFE0F\u20E3])([{_ALNUM}]*[{_ALPHA}][{_ALNUM}]*)",
    regex.V0)
_HASHTAG_END = regex.compile(r"[#＃]|://")

_LATIN_ACCENTS = ("\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
                  "\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff")
_MENTION = regex.compile(
    r"(?:^|(?<=[^a-zA-Z0-9_!#$%&*@＠])|(?<=(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?))"
    r"([@＠])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?")
_MENTION_END = regex.compile(rf"[@＠]|[{_LATIN_ACCENTS}]|://")


@dataclass(frozen=True)
class Hashtag:
    start: int  # str index of '#'
    end: int
    tag: str  # the body, without '#'


@dataclass(frozen=True)
class Mention:
    start: int  # str index of '@'
    end: int
    name: str  # without '@'


def extract_hashtags(text: str, urls: list[tuple[int, int]] | None = None) -> list[Hashtag]:
    """Hashtags of `text`; pass `urls` (str spans) when they are already known."""
    if "#" not in text and "＃" not in text:
        return []
    urls = url_spans(text) if urls is None else urls
    found = []
    for m in _HASHTAG.finditer(text):
        if _HASHTAG_END.match(text, m.end()):
            continue
        start, end = m.start(1), m.end()
        if any(s < end and start < e for s, e in urls):
            continue
        found.append(Hashtag(start, end, m.group(2)))
    return found


def extract_mentions(text: str) -> list[Mention]:
    if "@" not in text and "＠" not in text:
        return []
    found = []
    for m in _MENTION.finditer(text):
        if m.group(3) is None and _MENTION_END.match(text, m.end()):
            continue
        found.append(Mention(m.start(1), m.end(2), m.group(2)))
    return found
