"""The engine API: one pack, many posts, findings in a stable order with valid spans."""
from __future__ import annotations

from checks import CATEGORIES, Engine, Media, Post, Severity
from checks.rules.registry import all_rules


def test_categories_are_the_fixed_ids() -> None:
    assert CATEGORIES == ("personal_data", "confidential", "tone", "paid_campaign", "accessibility",
                          "mentions_hashtags", "channel_limits", "language_versions")  # what people fear most first
    assert {r.category for r in all_rules()} <= set(CATEGORIES)
    assert Severity.INFO < Severity.WARNING < Severity.ERROR


POSTS = [
    Post(channel="x", text="Kiitos @kaupunginkirjastokokkola! #Kesä-konsertti #kesä-konsertti #123 🎉🎉🎉🎉🎉",
         media=(Media("image"), Media("video", captions=False)), paid=True),
    Post(channel="instagram", text="Tervetuloa! #KokkolaKarleby https://www.kokkola.fi/kesa"),
]


def test_one_engine_checks_many_posts_in_a_stable_order(kokkola_engine: Engine) -> None:
    first = list(kokkola_engine.check_many(POSTS))
    again = [kokkola_engine.check(p) for p in POSTS]
    assert first == again
    findings = first[0]
    text_spans = [f.start for f in findings if f.target == "text"]
    assert text_spans == sorted(text_spans)
    targets = [f.target for f in findings]
    first_media = next(i for i, t in enumerate(targets) if t.startswith("media:"))
    assert all(t == "text" for t in targets[:first_media])
    assert targets[-1] == "post"
    for f in findings:
        if f.start is not None:
            assert f.excerpt == POSTS[0].text[f.start:f.end]


def test_a_failing_rule_is_skipped_unless_strict() -> None:
    from checks.rules.base import Rule

    class Broken(Rule):
        id = "tone.broken"
        category = "tone"
        severity = Severity.INFO

        def check(self, ctx):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")

    engine = Engine("kokkola", rules=[Broken()])
    assert engine.check(Post(channel="x", text="Hei")) == []
    strict = Engine("kokkola", rules=[Broken()], strict=True)
    try:
        strict.check(Post(channel="x", text="Hei"))
    except RuntimeError:
        pass
    else:
        raise AssertionError("strict mode should raise")
