"""Lexicon terms in every inflected form, no look-alikes, and user packs that add or
remove entries."""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import Engine
from checks.language.analyse import analyse
from checks.language.models import shared_models
from checks.language.term_matcher import TermMatcher
from checks.model import Post, Severity
from checks.pack_loading import load_pack

MAJAKKA_PACK = '''
extends = "kokkola"
name = "Kokkolan kirjasto"

[[confidential.terms]]
term = "Majakka-hanke"
severity = "error"

[[tone.insults]]
term = "urpo"
remove = true

[[tone.rumours]]
term = "puskaradio"
lang = "fi"
severity = "warning"
'''


def tokens(text: str, lang: str = "fi"):
    models = shared_models()
    models.wait()
    return analyse(text, lang, models.pipeline(lang)).tokens


@pytest.fixture(scope="module")
def library_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path = tmp_path_factory.mktemp("packs") / "kirjasto.toml"
    path.write_text(MAJAKKA_PACK, "utf-8")
    return Engine(load_pack(path), lang="fi", strict=True)


@pytest.mark.parametrize("text,found", [
    ("Majakka-hanke etenee.", "Majakka-hanke"),
    ("Kerromme lisää Majakka-hankkeesta ensi viikolla.", "Majakka-hankkeesta"),
    ("Majakka-hankkeen aikataulu on vahvistettu.", "Majakka-hankkeen"),
    ("Osallistu Majakka-hankkeeseen!", "Majakka-hankkeeseen"),
])
def test_codename_in_every_case_form(library_engine: Engine, text: str, found: str) -> None:
    hits = [f for f in library_engine.check(Post(channel="facebook", text=text)) if f.rule == "confidential.terms"]
    assert [h.excerpt for h in hits] == [found]
    assert hits[0].severity == Severity.ERROR


@pytest.mark.parametrize("text", [
    "Majakan kahvila on auki kesäisin.",
    "Majakka näkyy rantaan asti.",
    "Salaattibuffet ja Salon kaupungin vieraat.",
    "Luottamushenkilöiden iltakoulu on torstaina.",
])
def test_no_lookalikes(library_engine: Engine, text: str) -> None:
    assert [f for f in library_engine.check(Post(channel="facebook", text=text)) if f.category == "confidential"] == []


def test_user_pack_removes_and_adds_lexicon_entries(library_engine: Engine) -> None:
    post = Post(channel="facebook", text="Nämä urpot eivät osaa pysäköidä. Puskaradion mukaan uimahalli suljetaan.")
    rules = {f.rule: f.excerpt for f in library_engine.check(post)}
    assert "tone.insult" not in rules
    assert rules.get("tone.rumour") == "Puskaradion"
    assert any(f.rule == "tone.insult" for f in Engine("kokkola", strict=True).check(post))


def test_multi_word_terms_and_longest_match() -> None:
    matcher = TermMatcher([{"term": "salassa pidettävä"}, {"term": "salassa"}])
    text = "Nämä ovat salassa pidettävistä asiakirjoista."
    (match,) = matcher.find(tokens(text), "fi")
    assert text[match.start:match.end] == "salassa pidettävistä"


def test_compound_heads_only_when_asked() -> None:
    text = "Asiakkaan masennusdiagnoosi korjattiin."
    assert TermMatcher([{"term": "diagnoosi", "lang": "fi"}]).find(tokens(text), "fi") == []
    (match,) = TermMatcher([{"term": "diagnoosi", "lang": "fi", "compound": True}]).find(tokens(text), "fi")
    assert text[match.start:match.end] == "masennusdiagnoosi"


def test_swedish_and_english_forms() -> None:
    sv = "Lösenordet och portkoden byts i morgon."
    found = TermMatcher([{"term": "lösenord", "lang": "sv"}, {"term": "portkod", "lang": "sv"}]).find(tokens(sv, "sv"), "sv")
    assert [sv[m.start:m.end] for m in found] == ["Lösenordet", "portkoden"]
    en = "Our passwords change tomorrow."
    (m,) = TermMatcher([{"term": "password", "lang": "en"}]).find(tokens(en, "en"), "en")
    assert en[m.start:m.end] == "passwords"


def test_terms_of_another_language_do_not_match() -> None:
    text = "Idiot on ranskaksi sama."
    assert TermMatcher([{"term": "idiot", "lang": "sv"}]).find(tokens(text), "fi") == []


def test_lexicon_pack_file_is_validated(tmp_path: Path) -> None:
    from checks.packs import PackError
    path = tmp_path / "bad.toml"
    path.write_text('extends = "kokkola"\n[[tone.insults]]\nterm = "x"\nseverity = "fatal"\n', "utf-8")
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert info.value.line == 4 and info.value.key == "tone.insults[0].severity"
