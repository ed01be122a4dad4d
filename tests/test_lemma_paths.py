"""Both Finnish lemma paths: the model's voikko lemmatizer (when the native libvoikko is
installed) and the simplemma component (always available)."""
from __future__ import annotations

import json

import pytest

from checks.engine import Engine
from checks.language.lemmatizer import FACTORY
from checks.language.models import LanguageModels, build_blank, build_finnish, voikko_available
from checks.model import Severity
from checks.post_json import post_from_json
from tests.conftest import DATA

SENTENCE = "Kerroimme Majakka-hankkeesta ja salassa pidettävistä asiakirjoista."


def lemmas(nlp, text: str) -> dict[str, str]:
    return {t.text: t.lemma_.lower() for t in nlp(text)}


def test_simplemma_path_lemmatizes_finnish_without_native_code() -> None:
    nlp = build_finnish(use_voikko=False)
    assert FACTORY in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names and "ner" in nlp.pipe_names
    found = lemmas(nlp, SENTENCE)
    assert found["Majakka-hankkeesta"] == "majakka-hanke"
    assert found["asiakirjoista"] == "asiakirja"


@pytest.mark.skipif(not voikko_available(), reason="the native libvoikko with voikko-fi is not installed")
def test_voikko_path_uses_the_models_own_lemmatizer() -> None:
    nlp = build_finnish(use_voikko=True)
    assert "lemmatizer" in nlp.pipe_names and FACTORY not in nlp.pipe_names
    found = lemmas(nlp, SENTENCE)
    assert found["Kerroimme"] == "kertoa"
    assert found["asiakirjoista"] == "asiakirja"


@pytest.mark.parametrize("lang,text,word,lemma", [
    ("sv", "Lösenorden byts i morgon.", "Lösenorden", "lösenord"),
    ("en", "The libraries are closed.", "libraries", "library"),
])
def test_swedish_and_english_use_simplemma(lang: str, text: str, word: str, lemma: str) -> None:
    assert lemmas(build_blank(lang), text)[word] == lemma


EXAMPLES = [json.loads(line) for line in (DATA / "examples" / "posts.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def simplemma_engine() -> Engine:
    models = LanguageModels(use_voikko=False)
    models.wait()
    assert models.error is None
    return Engine("kokkola", lang="fi", strict=True, models=models)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_examples_hold_on_the_simplemma_path(example: dict, simplemma_engine: Engine) -> None:
    post = post_from_json(example)
    findings = simplemma_engine.check(post)
    for want in example["expect"]:
        floor = Severity.parse(want["min_severity"])
        assert any(f.category == want["category"] and f.severity >= floor for f in findings), want
    for ban in example["forbid"]:
        floor = Severity.parse(ban["min_severity"])
        assert not any(f.category == ban["category"] and f.severity >= floor for f in findings), ban
