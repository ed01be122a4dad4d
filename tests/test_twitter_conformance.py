"""X counting and the hashtag / mention extractors against the twitter-text conformance
suite, vendored in tests/data/twitter-text/ (Apache-2.0, its LICENSE beside it)."""
from __future__ import annotations

import json
from functools import cache

import pytest
import yaml

from checks.channels.counting import twitter_config, twitter_options, twitter_parse
from checks.text.twitter_entities import extract_hashtags, extract_mentions
from tests.conftest import DATA

SUITE = DATA / "twitter-text"


@cache
def suite(name: str) -> dict:
    return yaml.safe_load((SUITE / "conformance" / name).read_text("utf-8"))["tests"]


def cases(file: str, section: str) -> list:
    found = suite(file)[section]
    assert found, f"{file} {section} is empty"
    return [pytest.param(c, id=f"{i}-{c['description'][:60]}") for i, c in enumerate(found)]


V2 = twitter_options(json.loads((SUITE / "config" / "v2.json").read_text("utf-8")))


@pytest.mark.parametrize("case", cases("validate.yml", "WeightedTweetsCounterTest"))
def test_weighted_counter_v2(case: dict) -> None:
    assert twitter_parse(case["text"], V2).asdict() == case["expected"]


@pytest.mark.parametrize("case", cases("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest"))
def test_weighted_counter_v3_emoji(case: dict) -> None:
    assert twitter_parse(case["text"], twitter_config()).asdict() == case["expected"]


@pytest.mark.parametrize("case", cases("validate.yml", "UnicodeDirectionalMarkerCounterTest"))
def test_directional_markers(case: dict) -> None:
    assert twitter_parse(case["text"], twitter_config()).asdict() == case["expected"]


@pytest.mark.parametrize("case", cases("validate.yml", "hashtags"))
def test_validate_hashtag(case: dict) -> None:
    tags = extract_hashtags(case["text"])
    valid = len(tags) == 1 and (tags[0].start, tags[0].end) == (0, len(case["text"]))
    assert valid == case["expected"]


@pytest.mark.parametrize("case", cases("extract.yml", "hashtags") + cases("extract.yml", "hashtags_from_astral"))
def test_extract_hashtags(case: dict) -> None:
    assert [h.tag for h in extract_hashtags(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", cases("extract.yml", "hashtags_with_indices"))
def test_extract_hashtags_with_indices(case: dict) -> None:
    got = [{"hashtag": h.tag, "indices": [h.start, h.end]} for h in extract_hashtags(case["text"])]
    assert got == case["expected"]


@pytest.mark.parametrize("case", cases("extract.yml", "mentions"))
def test_extract_mentions(case: dict) -> None:
    assert [m.name for m in extract_mentions(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", cases("extract.yml", "mentions_with_indices"))
def test_extract_mentions_with_indices(case: dict) -> None:
    got = [{"screen_name": m.name, "indices": [m.start, m.end]} for m in extract_mentions(case["text"])]
    assert got == case["expected"]


def test_finnish_hashtags() -> None:
    text = "Tervetuloa! #KokkolaKarleby #Kesäkatu #Åland_2025 #2025 #Kokkola-päivä"
    tags = extract_hashtags(text)
    assert [h.tag for h in tags] == ["KokkolaKarleby", "Kesäkatu", "Åland_2025", "Kokkola"]
    assert text[tags[-1].start:tags[-1].end] == "#Kokkola"


def test_email_is_not_a_mention_and_long_names_stop_at_twenty() -> None:
    assert extract_mentions("Ilmoittaudu: liisa.k1980@outlook.com") == []
    (mention,) = extract_mentions("Kiitos @kaupunginkirjastokokkola!")
    # twitter-text takes at most 20 characters; longer names are not linked as written
    assert mention.name == "kaupunginkirjastokok"


@pytest.mark.parametrize("text", ["\ud800#tag", "\x00@user", "👩🏽‍👩🏿‍👧🏻‍👦#perhe", "\u202e#ltr @rtl",
                                  "#a" * 50_000])
def test_extractors_keep_spans_inside_any_text(text: str) -> None:
    for entity in extract_hashtags(text) + extract_mentions(text):
        assert 0 <= entity.start < entity.end <= len(text)
