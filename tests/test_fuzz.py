"""The engine never raises on any text, and every span lies inside the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.engine import Engine
from checks.model import CHANNELS, Media, Post

NASTY = [
    "👩🏽‍👩🏿‍👧🏻‍👦", "👍🏽", "🏳️‍🌈", "🇫🇮", "1️⃣", "e\u0301\u0301\u0301", "\u202e", "\u200f", "\u200b",
    "\x00", "\ud800", "\udfff", "#", "@", "＃", "＠", "https://kokkola.fi/", "\r\n", "ä", "İ", "ß", "𝐊", "Ⓚ",
    "#Kokkola-päivä", "@a@b.fi", "#123", "<", "\ufeff", "ﷺ", "𒐫", "\U0010ffff",
]
pieces = st.one_of(st.sampled_from(NASTY), st.text(st.characters(codec=None), max_size=20))
texts = st.lists(pieces, max_size=40).map("".join)
media = st.lists(st.builds(Media, kind=st.sampled_from(["image", "video"]), alt=st.one_of(st.none(), texts),
                           captions=st.one_of(st.none(), st.booleans())), max_size=6)

ENGINE = Engine("kokkola", lang="fi", strict=True)


def _assert_spans(post: Post) -> None:
    for f in ENGINE.check(post):
        if f.start is None:
            assert f.end is None
        else:
            assert 0 <= f.start <= f.end <= len(post.text), f
            assert f.excerpt == post.text[f.start:f.end] or f.excerpt.endswith("…")
        if f.fix is not None:
            assert 0 <= f.fix.start <= f.fix.end <= len(post.text)
        assert f.target == "text" or f.target == "post" or f.target.startswith("media:")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, channel=st.sampled_from(CHANNELS), media=media, paid=st.booleans(), notified=st.booleans())
def test_any_text_any_channel(text: str, channel: str, media: list[Media], paid: bool, notified: bool) -> None:
    _assert_spans(Post(channel=channel, text=text, media=tuple(media), paid=paid, paid_notified=notified))


def test_hundred_thousand_characters() -> None:
    text = ("Tervetuloa kirjastoon! 👩🏽‍👩🏿‍👧🏻‍👦 #Kesä-konsertti @kaupunginkirjasto \ud800\x00 e\u0301 " * 2000)[:100_000]
    assert len(text) == 100_000
    for channel in CHANNELS:
        _assert_spans(Post(channel=channel, text=text))
