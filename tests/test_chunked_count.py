"""The channel counts the window shows on every keystroke (summed over cached chunks,
checks.channels.chunked_count) equal a count of the whole text, after random edits of
Finnish, Swedish and English posts full of links, emoji, CJK and combining marks — the
totals and the index where each channel cuts the text — and so do the links the preview
finds (checks.text.urls.cached_url_spans)."""
from __future__ import annotations

import random
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.channels import chunked_count
from checks.channels.chunked_count import count_chunked
from checks.text import chunks as text_chunks
from checks.text import urls
from checks.text.chunks import chunks
from checks.channels.counting import (
    Count, _units_count, _utf8_len, count_graphemes, count_threads, count_twitter,
)
from checks.channels.spec import load_channels
from tests.conftest import DATA
from tests.test_twitter_fast_count import reference as twitter_text_reference
from tests.test_twitter_conformance import cases


def whole_count(counting: str, text: str, limit: int, url_length: int | None) -> Count:
    """The whole text counted unit by unit, as the counters did before chunking."""
    if counting == "twitter":
        return count_twitter(text, limit)
    if counting == "graphemes":
        return count_graphemes(text, limit, url_length)
    if counting == "threads":
        return count_threads(text, limit)
    if counting == "utf8_bytes":
        return _units_count([(i, i + 1, _utf8_len(ch)) for i, ch in enumerate(text)], len(text), limit)
    return _units_count([(i, i + 1, 1) for i in range(len(text))], len(text), limit)


WAYS = sorted({(spec.counting, spec.url_length) for spec in load_channels().values()}
              | {("graphemes", None), ("threads", None)}, key=str)


def pairs() -> tuple[list[str], list[str]]:
    with (DATA / "version_pairs" / "correct.toml").open("rb") as fh:
        found = tomllib.load(fh)["pair"]
    return [p["fi"] for p in found], [p["sv"] for p in found]


FINNISH, SWEDISH = pairs()
ENGLISH = [
    "The library at https://kokkola.fi/kirjasto is open on Saturday 10–15. Questions: kirjasto@kokkola.fi 📚",
    "Road works on Torikatu (www.kokkola.fi/katutyot) until 12 December; follow @KokkolaKarleby for news.",
]
PIECES = [
    "https://www.kokkola.fi/kirjasto?lang=fi&x=1 ", "kokkola.fi", "www.karleby.fi/bibliotek.", "t.co/abcdefgh ",
    "(https://example.com/a_(b)) ", "@kirjasto@mastodon.social ", "👩‍👩‍👧", "👍🏽", "🇫🇮🇸🇪", "#️⃣", "e\u0301",
    "a\u0308", "日本語", "中国.中国 ", "\U0001d400", "\u200f", "\ufeff", "\ufffe", "\r\n", "\r", "\n\n", " ", "  ",
    "ä", "Å", "ﬁ", "\u0600 ", "\u1100\u1161", "\u0301", "#KokkolaKarleby ", "x" * 40, "\ud800",
]


def random_edits(text: str, rng: random.Random, edits: int) -> list[str]:
    """`text` after each of `edits` random insertions, deletions and replacements."""
    states = []
    for _ in range(edits):
        at = rng.randrange(len(text) + 1)
        kind = rng.random()
        piece = rng.choice(PIECES) if rng.random() < 0.5 else rng.choice("aäö .,:/-@#\n😀")
        if kind < 0.5:
            text = text[:at] + piece + text[at:]
        elif kind < 0.8:
            text = text[:at] + text[at + rng.randrange(1, 12):]
        else:
            text = text[:at] + piece + text[at + rng.randrange(1, 6):]
        states.append(text)
    return states


def assert_all_ways(text: str, limits=(0, 5, 63, 280, 500, 2200, 5000)) -> None:
    assert urls.cached_url_spans(text) == urls.url_spans(text), text
    for counting, url_length in WAYS:
        for limit in limits:
            expected = whole_count(counting, text, limit, url_length)
            assert count_chunked(counting, text, limit, url_length) == expected, (counting, limit, text)


@pytest.mark.parametrize("language, paragraphs", [("fi", FINNISH), ("sv", SWEDISH), ("en", ENGLISH)])
def test_counts_after_random_edits_equal_whole_counts(language: str, paragraphs: list[str]) -> None:
    rng = random.Random(f"chunked-{language}")
    text = "\n\n".join(paragraphs[:12])  # about 2,000 characters with links, times and hashtags
    assert_all_ways(text)
    for state in random_edits(text, rng, 100):
        assert_all_ways(state, limits=(rng.randrange(0, 40), 280, rng.randrange(200, 2500)))


def test_typing_into_a_link_heavy_post_keeps_exact_counts() -> None:
    """Key by key, the way the window sees the text: inside a URL, after it, a new paragraph."""
    text = "\n\n".join(FINNISH[:10])
    at = text.index("www.")
    for i, ch in enumerate("kokkola.fi/uusi sivu 👍🏽 e\u0301\n\nhttps://x.fi"):
        text = text[:at + i] + ch + text[at + i:]
        assert_all_ways(text, limits=(280, 2000))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["Kirjasto ", "on ", "auki", ".", " ", "\n"]), max_size=60),
       st.sampled_from([0, 10, 50, 280, 300]))
def test_fuzzed_pieces_count_like_the_whole_text(pieces: list[str], limit: int) -> None:
    text = "".join(pieces)
    assert urls.cached_url_spans(text) == urls.url_spans(text)
    for counting, url_length in WAYS:
        assert count_chunked(counting, text, limit, url_length) == whole_count(counting, text, limit, url_length)
    if limit:  # twitter-text divides by the limit
        count = count_chunked("twitter", text, limit)
        assert (count.total, count.cut) == twitter_text_reference(text, limit)


@pytest.mark.parametrize("case", cases("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest")
                         + cases("validate.yml", "UnicodeDirectionalMarkerCounterTest"))
def test_the_twitter_text_conformance_suite_chunked(case: dict) -> None:
    count = count_chunked("twitter", case["text"], 280)
    assert count.total == case["expected"]["weightedLength"]
    assert (count.total, count.cut) == twitter_text_reference(case["text"], 280)


def test_chunks_join_back_and_cut_only_at_safe_places() -> None:
    text = "Kirjasto: https://kokkola.fi/a b\n\nä e\u0301 👍🏽 \u0600 x"
    parts = chunks(text)
    assert "".join(parts) == text and all(parts)
    assert "\u0600 x" in parts[-1]  # no cut after a prepended mark
    assert " https://kokkola.fi/a" in parts
    assert parts[-1].startswith("\nä")  # a line feed starts its chunk: the URL rules see it before the first word
    assert chunks("a\r\nb") == ["a\r\nb"]  # CR LF is one line break


def test_a_full_cache_starts_again_and_stays_exact(monkeypatch) -> None:
    monkeypatch.setattr(urls, "_url_lines", {})
    monkeypatch.setattr(urls, "_url_words", {})
    monkeypatch.setattr(text_chunks, "CHUNKS_MAX", 3)
    monkeypatch.setattr(text_chunks, "LINES_MAX", 3)
    monkeypatch.setattr(chunked_count, "_recent", {})
    for name in ("_twitter_chunks", "_twitter_lines", "_unit_chunks", "_unit_lines"):
        monkeypatch.setattr(chunked_count, name, {})
    text = "\n\n".join(FINNISH[:6])
    assert_all_ways(text, limits=(280,))
    caches = [chunked_count._twitter_chunks, chunked_count._twitter_lines, urls._url_lines, urls._url_words,
              *chunked_count._unit_chunks.values(), *chunked_count._unit_lines.values()]
    assert all(0 < len(cache) <= 3 for cache in caches)
