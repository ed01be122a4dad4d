"""Findings from the first second (issue 17): while the language models load, the rules
that need only words and lemmas (door codes, confidential terms, insults) run on a quick
analysis, so a door code typed at start-up is an error at once — and the full pass, once
loaded, gives the same findings for these rules."""
from __future__ import annotations

import pytest

from checks.engine import Engine
from checks.language import lemma_index_cache
from checks.model import Post, Severity


class LoadingModels:
    """Language models that are still loading (and never finish in this test)."""
    ready = False
    error = None

    def start(self) -> None:
        pass

    def pipeline(self, lang):
        return None


@pytest.fixture(scope="module")
def index_on_disk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lemma-index")
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(lemma_index_cache, "_installed", None)
    assert lemma_index_cache.install(folder)
    for lang in ("fi", "sv", "en"):
        lemma_index_cache._stream_map(lang, folder)  # a previous start wrote the index
    yield folder
    monkeypatch.undo()


CASES = [
    ("fi", "Takaoven koodi on 4321, tervetuloa iltaan!", "confidential.security"),
    ("fi", "Hälytyskoodi vaihtuu maanantaina: uusi koodi on 5580.", "confidential.security"),
    ("sv", "Dörrens kod är 4321, välkommen på kvällen!", "confidential.security"),
    ("en", "The back door code is 4321, see you tonight!", "confidential.security"),
]


@pytest.mark.parametrize("lang, text, rule", CASES)
def test_a_door_code_is_an_error_before_the_models_have_loaded(index_on_disk, lang, text, rule) -> None:
    engine = Engine("kokkola", lang=lang, models=LoadingModels())
    engine.text_languages = (lang,)
    findings = engine.check(Post(channel="facebook", text=text), language="if_ready")
    assert any(f.rule == rule and f.severity == Severity.ERROR for f in findings), findings


def test_without_the_index_on_disk_the_quick_pass_waits_rather_than_delay_the_structural_findings(
        tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(lemma_index_cache, "_installed", None)
    assert lemma_index_cache.install(tmp_path / "empty")
    engine = Engine("kokkola", lang="fi", models=LoadingModels())
    findings = engine.check(Post(channel="facebook", text="Takaoven koodi on 4321. Soita 040 123 4567."),
                            language="if_ready")
    assert {f.rule for f in findings} >= {"personal_data.phone"}
    assert not any(f.rule == "confidential.security" for f in findings)


def test_the_full_pass_agrees_with_the_quick_pass_on_the_words_only_rules(index_on_disk) -> None:
    from checks.language.models import shared_models
    models = shared_models()
    assert models.wait(180)
    texts = [text for _, text, _ in CASES] + [
        "Kaupunginhallituksen salainen muistio vuoti eilen, ja Majakka-hankkeesta kerrotaan lisää huomenna.",
        "Tyhmät valittajat voisivat välillä olla hiljaa.",
        "Det hemliga avtalet om skolnätet offentliggörs inte ännu.",
    ]
    quick = Engine("kokkola", lang="fi", models=LoadingModels())
    full = Engine("kokkola", lang="fi", models=models)
    words_only = {r.id for r in full.paragraph_rules if r.words_only}
    for text in texts:
        post = Post(channel="facebook", text=text)
        a = {(f.rule, f.start, f.end, f.severity) for f in quick.check(post, "if_ready") if f.rule in words_only}
        b = {(f.rule, f.start, f.end, f.severity) for f in full.check(post, "wait") if f.rule in words_only}
        assert a == b, (text, a ^ b)
