"""The Finnish NER on numpy's single-thread OpenBLAS finds exactly the entities it finds
on thinc's BLIS, on real text nobody here wrote (issue 17: faster, findings identical),
and OpenBLAS is used only when it runs on one thread."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checks.language import blas

REPO = Path(__file__).resolve().parents[1]

COMPARE = """
import json, sys
from checks.language.models import LanguageModels, build_finnish
from checks.language.paragraphs import paragraph_spans, sentence_spans
models = LanguageModels(use_voikko=False)
models.wait()
fast = models.pipeline("fi")
assert fast.get_pipe("ner").model.ops.use_blis is False, "the loaded models do not use numpy's OpenBLAS"
plain = build_finnish(use_voikko=False)  # built outside fastest_ops(): BLIS
assert plain.get_pipe("ner").model.ops.use_blis is True
sentences = []
for line in open("tests/data/real_text/ud-dev-posts.jsonl", encoding="utf-8").read().splitlines()[::2]:
    text = json.loads(line)["text"]
    for s, e in paragraph_spans(text):
        sentences += [text[s:e][a:b].strip() for a, b in sentence_spans(text[s:e])]
sentences = [s for s in sentences if s]
def entities(nlp):
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(sentences, batch_size=64)]
a, b = entities(fast), entities(plain)
assert sum(map(len, a)) > 500
print(len(sentences), sum(x != y for x, y in zip(a, b)))
"""


@pytest.mark.slow
def test_numpy_openblas_finds_the_same_entities_as_blis_on_real_text() -> None:
    env = {k: v for k, v in os.environ.items() if k != blas.THREADS_VAR}
    out = subprocess.run([sys.executable, "-c", COMPARE], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    count, different = map(int, out.stdout.split())
    assert count > 800 and different == 0


def test_openblas_with_several_threads_is_not_used(monkeypatch) -> None:
    monkeypatch.setenv(blas.THREADS_VAR, "4")
    assert not blas.single_thread_openblas()
    with blas.fastest_ops() as numpy_used:
        assert numpy_used is False


def test_the_thread_limit_is_set_only_before_numpy_is_imported(monkeypatch) -> None:
    monkeypatch.delenv(blas.THREADS_VAR, raising=False)
    import numpy  # noqa: F401 - imported: too late for OpenBLAS to read the variable
    blas.hold_openblas_to_one_thread()
    assert blas.THREADS_VAR not in os.environ
    assert not blas.single_thread_openblas()
