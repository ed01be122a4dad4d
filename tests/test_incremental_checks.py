"""The per-edit shortcuts give the findings of a full check (issue 17).

A warm engine answers an edit from its caches: the language rules' hits per paragraph,
the sentence analyses, one set of channel-independent findings shared by the draft's
channels, URLs and counts per line and word, the term matchers' candidates per token. These tests replay
typing and pasting into a draft with several channels (Finnish first, then Swedish and
English) and compare every state with a fresh engine whose caches are empty.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.draft_notes import once_per_draft
from checks.engine import Engine
from checks.model import Finding, Post
from checks.rules.channel_limits import fold
from checks.channels import chunked_count
from checks.text import urls

REAL_TEXT = Path(__file__).parent / "data" / "real_text" / "ud-dev-posts.jsonl"
CHANNELS = ("facebook", "instagram", "x", "bluesky", "mastodon")

ENGLISH = [
    "The city library opens its summer hours on Monday 2 June. The main library is open "
    "Monday to Thursday from 10 to 19 and on Saturdays from 10 to 15.",
    "Young people can sign up for free summer camps from 15 May at 9 in the online service. "
    "Places are limited, so please be quick.",
    "The swimming hall is closed for maintenance on 2–13 September. The gym and group classes "
    "run as usual. We apologise for the inconvenience.",
]

# What people type and paste, per language: (typed phrase, pasted personal data and links).
EDITS = {
    "fi": ("kirjasto on auki lauantaina ja sunnuntaina, tervetuloa ",
           ["Soita 040 123 4567 tai kirjoita matti.meikalainen@gmail.com.",
            "Henkilötunnus 131052-308T ja tilinumero FI49 5000 9420 0287 30.",
            "Lisätietoja kokkola.fi/kirjasto #KokkolaKarleby #mainos",
            "TÄMÄ ON TODELLA TÄRKEÄÄ!!! Takaoven koodi on 4321."]),
    "sv": ("biblioteket är öppet på lördag och söndag, välkommen ",
           ["Ring 040 123 4567 eller skriv till anna.andersson@gmail.com.",
            "Personbeteckning 131052-308T, dörrkoden är 4321.",
            "Mer info på https://www.kokkola.fi/bibliotek #KokkolaKarleby #reklam"]),
    "en": ("the library is open on Saturday and Sunday, welcome ",
           ["Call 040 123 4567 or write to john.smith@gmail.com.",
            "The back door code is 4321. THIS IS VERY IMPORTANT!!!",
            "More at https://www.kokkola.fi/library #KokkolaKarleby #sponsored"]),
}


COMMON = {"personal_data.phone", "personal_data.email", "channel_limits.length", "tone.shouting",
          "paid_campaign.ad_language", "confidential.security"}
EXPECTED = {"fi": COMMON | {"personal_data.hetu", "personal_data.iban"},
            "sv": COMMON - {"tone.shouting"} | {"personal_data.hetu"},
            "en": COMMON}


def real_text(lang: str, chars: int) -> str:
    paragraphs = []
    for line in REAL_TEXT.read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        if post["id"].startswith(f"{lang}-") and len("\n\n".join(paragraphs)) < chars:
            paragraphs.append(post["text"])
    return "\n\n".join(paragraphs)


def start_text(lang: str) -> str:
    return "\n\n".join(ENGLISH) if lang == "en" else real_text(lang, 900)


def edits(text: str, lang: str):
    """Successive texts: typing into the middle of the second paragraph (a check every few
    keys), a paragraph break, pastes, a deleted sentence, an undone paste."""
    typed, pastes = EDITS[lang]
    at = text.index("\n\n") + len(text[text.index("\n\n"):]) // 3
    at = text.index(" ", at) + 1
    for n in range(4, len(typed) + 1, 9):
        yield text[:at] + typed[:n] + text[at:]
    text = text[:at] + typed + text[at:]
    yield text
    text = text[:at] + "\n\n" + text[at:]  # a new paragraph in the middle
    yield text
    for paste in pastes:
        before = text
        text = text[:at] + paste + " " + text[at:]
        yield text
    yield before  # the last paste undone
    first_end = text.index(". ") + 2
    yield text[first_end:]  # the first sentence deleted


def draft_findings(engine: Engine, text: str, variant: str | None = None) -> dict[str, list[Finding]]:
    """What the checker sends the window for a draft: every channel's findings, the
    draft-wide notes kept once (composer.checking.job.run_job)."""
    posts = {c: Post(channel=c, text=variant if c == "x" and variant is not None else text) for c in CHANNELS}
    return once_per_draft({c: engine.check(p, language="wait") for c, p in posts.items()}, "fi")


def full_check(pack_lang: tuple[str, str], text: str, variant: str | None = None) -> dict[str, list[Finding]]:
    """The same with nothing remembered: a new engine (its own pack, so its own term
    matchers) and the module-level memories emptied."""
    for memory in (urls._url_lines, urls._url_words, chunked_count._twitter_chunks, chunked_count._twitter_lines,
                   chunked_count._unit_chunks, chunked_count._unit_lines):
        memory.clear()
    fold._first_detail_match.cache_clear()
    engine = Engine(pack_lang[0], lang=pack_lang[1], strict=True)
    engine.text_languages = ("fi", "sv", "en")
    return draft_findings(engine, text, variant)


@pytest.fixture(scope="module")
def warm_engine():
    engine = Engine("kokkola", lang="fi", strict=True)
    engine.text_languages = ("fi", "sv", "en")
    return engine


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_edits_checked_from_the_caches_give_the_full_checks_findings(warm_engine, lang) -> None:
    text = start_text(lang)
    draft_findings(warm_engine, text)  # the warm engine has seen the draft before
    states = list(edits(text, lang))
    assert len(states) >= 10
    seen = set()
    for state in states:
        found = draft_findings(warm_engine, state)
        assert found == full_check(("kokkola", "fi"), state), state
        seen |= {f.rule for fs in found.values() for f in fs}
    # the replay exercised personal data, links, shouting, ad language, limits and words
    assert EXPECTED[lang] <= seen, EXPECTED[lang] - seen


def test_a_channel_with_its_own_text_is_not_given_the_master_texts_findings(warm_engine) -> None:
    text = start_text("fi")
    variant = "Lyhyt versio: soita 040 123 4567, tervetuloa!"
    found = draft_findings(warm_engine, text, variant)
    assert found == full_check(("kokkola", "fi"), text, variant)
    assert any(f.rule == "personal_data.phone" for f in found["x"])
    assert not any(f.rule == "personal_data.phone" for f in found["facebook"])


def test_shared_findings_are_separate_objects_per_channel(warm_engine) -> None:
    """checks.draft_notes keeps the brand-tag reminder on the first channel by identity:
    one object in several channels' lists would drop it everywhere."""
    text = "Kirjasto on auki lauantaina #kirjasto. Soita 040 123 4567."
    found = {c: warm_engine.check(Post(channel=c, text=text)) for c in CHANNELS}
    ids = [id(f) for fs in found.values() for f in fs]
    assert len(ids) == len(set(ids))
    notes = once_per_draft(found, "fi")
    assert sum(f.key == "mentions_hashtags.brand_tags.suggest" for fs in notes.values() for f in fs) == 1


def test_a_channel_free_rule_that_reads_the_channel_fails_loudly() -> None:
    from checks.context import Context
    from checks.pack_loading import load_pack
    ctx = Context(Post(channel="x", text="Hei"), load_pack("kokkola"), None, "fi")
    ctx.rule_id = "some.rule"
    with pytest.raises(RuntimeError, match="reads_channel"):
        _ = ctx.channel
