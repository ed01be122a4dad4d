"""Check messages ship complete in Finnish, Swedish and English."""
from __future__ import annotations

import pytest

from checks.messages import LANGUAGES, catalogue, placeholders, render
from checks.rules.registry import all_rules


def test_every_language_has_the_same_keys() -> None:
    keys = {lang: set(catalogue(lang)) for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert keys[lang] == keys["fi"], f"{lang}: missing {keys['fi'] - keys[lang]}, extra {keys[lang] - keys['fi']}"


@pytest.mark.parametrize("key", sorted(catalogue("fi")))
def test_placeholders_match_across_languages(key: str) -> None:
    names = {lang: placeholders(catalogue(lang)[key]) for lang in LANGUAGES}
    assert names["sv"] == names["fi"] == names["en"], names


def test_every_rule_has_messages_in_its_category() -> None:
    for rule in all_rules():
        assert any(k == rule.id or k.startswith(rule.id + ".") or k.startswith(rule.category + ".")
                   for k in catalogue("fi")), rule.id


def test_render_falls_back_and_never_raises() -> None:
    assert render("mentions_hashtags.duplicate", "sv", {"tag": "#a", "first": "#A"}).startswith("#a finns redan")
    assert render("mentions_hashtags.duplicate", "de", {"tag": "#a", "first": "#A"}).startswith("#a on jo")
    assert render("mentions_hashtags.duplicate", "fi", {}) .startswith("{tag} on jo")
    assert render("no.such.key", "fi", {}) == "no.such.key"
