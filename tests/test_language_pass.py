"""The language pass: per-paragraph analysis, incremental cache, and never waiting on
model loading unless asked to."""
from __future__ import annotations

import threading
from typing import Iterable

from checks.context import ParagraphContext
from checks.engine import Engine
from checks.language.detect import detect_language
from checks.language.models import LanguageModels, shared_models
from checks.language.paragraphs import paragraph_spans
from checks.model import Post, Severity
from checks.pack_loading import load_pack
from checks.rules.base import Hit, ParagraphRule


class LemmaProbe(ParagraphRule):
    """Reports every token whose lemma is 'kirjasto' or 'bibliotek', and counts calls."""
    id = "tone.probe"
    category = "tone"
    severity = Severity.INFO

    def __init__(self) -> None:
        self.calls: list[str] = []

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        self.calls.append(ctx.text)
        for token in ctx.tokens:
            if token.lemma in ("kirjasto", "bibliotek"):
                yield Hit("probe", token.start, token.end, args={"lang": ctx.text_lang})


POST = ("Kirjastot ovat kiinni juhannuksena.\n\n"
        "Biblioteken är stängda på midsommar.\n\n"
        "Kirjastoauto kulkee taas maanantaina.")


def test_paragraphs_and_their_languages() -> None:
    spans = paragraph_spans(POST)
    assert [POST[s:e] for s, e in spans] == POST.split("\n\n")
    assert [detect_language(POST[s:e]) for s, e in spans] == ["fi", "sv", "fi"]
    assert detect_language("The library is closed on Monday.") == "en"
    assert paragraph_spans("\n\n  \n") == []


def test_one_function_word_decides_a_very_short_text_and_only_then() -> None:
    assert detect_language("Dörrkoden är 4321.", "fi") == "sv"  # the dictionary alone said Finnish
    assert detect_language("Ovikoodi on 4321.", "sv") == "fi"  # no function word: the dictionary decides
    assert detect_language("Kiitos kaikille!", "sv") == "fi"
    # a longer text needs two: one Swedish word inside Finnish prose does not make it Swedish
    assert detect_language("Kirjaston uusi lukunurkka avataan lauantaina, och kaikki ovat tervetulleita "
                           "katsomaan sitä.", "fi") == "fi"


def test_lemmas_in_each_language_and_offsets_in_the_post() -> None:
    probe = LemmaProbe()
    engine = Engine(load_pack("kokkola"), strict=True, rules=[probe])
    findings = engine.check(Post(channel="facebook", text=POST))
    assert [POST[f.start:f.end] for f in findings] == ["Kirjastot", "Biblioteken"]


def test_only_the_changed_paragraph_is_analysed_again() -> None:
    probe = LemmaProbe()
    engine = Engine(load_pack("kokkola"), strict=True, rules=[probe])
    engine.check(Post(channel="facebook", text=POST))
    assert len(probe.calls) == 3
    edited = POST.replace("maanantaina", "tiistaina")
    findings = engine.check(Post(channel="facebook", text=edited))
    assert probe.calls[3:] == ["Kirjastoauto kulkee taas tiistaina."]
    assert [edited[f.start:f.end] for f in findings] == ["Kirjastot", "Biblioteken"]
    # moving a cached paragraph keeps its findings at the new place
    moved = "Uutta tekstiä alkuun.\n\n" + POST
    findings = engine.check(Post(channel="facebook", text=moved))
    assert [moved[f.start:f.end] for f in findings] == ["Kirjastot", "Biblioteken"]
    assert probe.calls[4:] == ["Uutta tekstiä alkuun."]


class SlowModels(LanguageModels):
    """Models whose loading waits until the test releases it."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def _load(self) -> None:
        self.release.wait(30)
        super()._load()


def test_if_ready_never_waits_for_the_models() -> None:
    models = SlowModels()
    probe = LemmaProbe()
    engine = Engine(load_pack("kokkola"), strict=True, rules=[probe], models=models)
    post = Post(channel="facebook", text=POST)
    assert engine.check(post, language="if_ready") == []  # returns while loading is blocked
    assert not engine.language_ready
    models.release.set()
    assert models.wait(60)
    assert len(engine.check(post, language="if_ready")) == 2
    assert engine.check(post, language="off") == []


def test_shared_models_are_loaded_once() -> None:
    assert shared_models() is shared_models()
    models = shared_models()
    models.wait()
    assert models.error is None
    assert models.pipeline("fi") is not None and "ner" in models.pipeline("fi").pipe_names


def test_only_the_edited_sentence_goes_through_the_model(monkeypatch) -> None:
    import checks.language.sentence_analyser as sentence_analyser
    analysed: list[str] = []
    real, real_many = sentence_analyser.analyse, sentence_analyser.analyse_many

    def counting(text, lang, nlp):  # type: ignore[no-untyped-def]
        analysed.append(text)
        return real(text, lang, nlp)

    def counting_many(texts, lang, nlp):  # type: ignore[no-untyped-def]
        analysed.extend(texts)
        return real_many(texts, lang, nlp)

    monkeypatch.setattr(sentence_analyser, "analyse", counting)
    monkeypatch.setattr(sentence_analyser, "analyse_many", counting_many)
    probe = LemmaProbe()
    engine = Engine(load_pack("kokkola"), strict=True, rules=[probe])
    text = "Kirjasto on auki maanantaina. Satutuokio alkaa klo 10. Tervetuloa kaikki!"
    engine.check(Post(channel="facebook", text=text))
    assert len(analysed) == 3
    edited = text.replace("klo 10", "klo 11")
    findings = engine.check(Post(channel="facebook", text=edited))
    assert analysed[3:] == ["Satutuokio alkaa klo 11."]
    assert [edited[f.start:f.end] for f in findings] == ["Kirjasto"]
