"""The cheaper ways the per-edit checks find things agree with the plain ways (issue 17):
URLs line by line and word by word (checks.text.urls.cached_url_spans, what the rules
read) vs one twitter-text scan of the whole text, counts without a unit list,
capitals runs from the capitals words alone, ad phrases screened on the folded text."""
from __future__ import annotations

import json
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from checks.text.twitter import extract_urls_with_indices

from checks.channels.counting import _units_count, _utf8_len, count_code_points, count_utf8_bytes
from checks.context import Context
from checks.model import Post
from checks.pack_loading import load_pack
from checks.rules.paid_campaign import ad_language
from checks.rules.tone import shouting
from checks.text.urls import cached_url_spans as url_spans

REAL_TEXT = Path(__file__).parent / "data" / "real_text" / "ud-dev-posts.jsonl"
PACK = load_pack("kokkola")

URL_PIECES = st.sampled_from([
    "kokkola.fi", "https://www.kokkola.fi/a?b=c", "\n", "\n\n", " ", ".", "-", "/", "www.example.com/x)",
    "(", "@", "#", "a", "é", "e\u0301", "\r\n", "t.co/abc", "http://", "日本.jp", "\u200f", "_", "\ufeff",
    "Kirjasto ", "sähköposti: kirjasto@kokkola.fi", "KOKKOLA.FI",
])


def whole_text_urls(text: str) -> list[tuple[int, int]]:
    return [(u["indices"][0], u["indices"][1]) for u in extract_urls_with_indices(text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(URL_PIECES, max_size=30))
def test_urls_found_line_by_line_are_the_whole_texts_urls(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert url_spans(text) == whole_text_urls(text)


def test_urls_of_the_real_posts() -> None:
    texts = [json.loads(line)["text"] for line in REAL_TEXT.read_text(encoding="utf-8").splitlines()]
    texts.append("\n".join(texts[:40]) + "\nLisätietoja: https://www.kokkola.fi/kirjasto ja kokkola.fi.")
    for text in texts:
        assert url_spans(text) == whole_text_urls(text)


TEXT = st.text(st.sampled_from(list("aäB1 \n\r.é😀\U0001d400\u0301-")), max_size=60)


@given(TEXT, st.integers(0, 70))
def test_code_points_and_bytes_are_counted_as_the_unit_lists_count_them(text: str, limit: int) -> None:
    assert count_code_points(text, limit) == _units_count([(i, i + 1, 1) for i in range(len(text))], len(text), limit)
    units = [(i, i + 1, _utf8_len(ch)) for i, ch in enumerate(text)]
    assert count_utf8_bytes(text, limit) == _units_count(units, len(text), limit)


# The capitals runs as the rule found them before: every word visited in turn.
_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{Nd}])\p{Lu}[\p{Lu}\p{Nd}-]*\p{Lu}(?![\p{L}])")


def runs_word_by_word(text: str, known: set[str]) -> list[list[tuple[int, int, str]]]:
    runs, run = [], []
    for m in shouting._WORD.finditer(text):
        if _CAPS_WORD.fullmatch(m.group()) is not None and m.group() not in known:
            run.append((m.start(), m.end(), m.group()))
        elif run:
            runs.append(run)
            run = []
    return runs + ([run] if run else [])


WORDS = st.sampled_from(["TÄMÄ", "ON", "TÄRKEÄÄ", "EU", "KELA", "Kokkola", "kirjasto", "A-B", "X2Y", "ÅÄÖ",
                         "Uu", "İSTANBUL", "ǅ", "Ⓐ", "-", "1", "ABC1", "DžDž"])
SEPARATORS = st.sampled_from([" ", ", ", "\n", "!!! ", ". ", "-", "/"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=25))
def test_capitals_runs_from_the_capitals_words_alone(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    known = {"EU", "KELA"}
    assert shouting._caps_runs(text, known) == runs_word_by_word(text, known)


PHRASE_WORDS = st.sampled_from(["Maksettu", "MAINOS", "mainoksia", "sponsoroitu", "SPONSORED", "#Mainos", "#ad",
                                "#adventti", "kaupallinen", "yhteistyössä", "betald", "annons", "paid", "partnership",
                                "kirjasto", "ẞ", "ﬁ", "K", "ſponsored"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(PHRASE_WORDS, SEPARATORS), max_size=12))
def test_ad_phrases_screened_on_the_folded_text_are_the_patterns_matches(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    phrases = tuple(e["phrase"] for e in PACK.entries("paid_campaign.ad_markers"))
    every_match = [(m.start(), m.end()) for m in ad_language.compile_markers(phrases).finditer(text)]
    ctx = Context(Post(channel="facebook", text=text), PACK, None, "fi")
    assert [(h.start, h.end) for h in ad_language.RULE.check(ctx)] == every_match
