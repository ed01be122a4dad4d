"""Our fast X counter gives twitter-text's numbers: the conformance suite's v3 sections
and fuzzed text (emoji sequences, URLs, CJK, combining marks, invalid characters)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.channels.counting import _LONE_SURROGATE, _utf16_to_index, count_twitter, twitter_config
from tests.test_twitter_conformance import cases
from checks.text.twitter import parse_tweet


def reference(text: str, limit: int) -> tuple[int, int | None]:
    """twitter-text-parser's parseTweet, turned into (total, cut) the way our counter reports them."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    parsed = parse_tweet(text, dict(twitter_config(), max_weighted_tweet_length=limit))
    if parsed.weightedLength <= limit:
        return parsed.weightedLength, None
    return parsed.weightedLength, _utf16_to_index(text, parsed.validRangeEnd + 1) if text else 0


@pytest.mark.parametrize("case", cases("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest")
                         + cases("validate.yml", "UnicodeDirectionalMarkerCounterTest"))
def test_the_conformance_suite(case: dict) -> None:
    count = count_twitter(case["text"], 280)
    assert count.total == case["expected"]["weightedLength"]
    assert (count.total, count.cut) == reference(case["text"], 280)


PIECES = st.sampled_from([
    "Kirjasto ", "äö ", "日本語", "👩‍👩‍👧", "👍🏽", "🇫🇮", "#️⃣", "e\u0301", "ﬁ", "\u200f", "\ufeff", "\r\n",
    "https://kokkola.fi/kirjasto ", "kokkola.fi ", "@kirjasto ", "\U0001d400", " ", "x" * 30,
    "\n", "\n\nkokkola.fi/x\n", "\ufffe", "\u2028", "\r",
])


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=60), st.sampled_from([1, 10, 50, 280]))
def test_fuzzed_text_counts_like_twitter_text(pieces: list[str], limit: int) -> None:
    text = "".join(pieces)
    count = count_twitter(text, limit)
    assert (count.total, count.cut) == reference(text, limit)
