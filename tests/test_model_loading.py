"""The Finnish pipeline loads without the vocabulary's word-probability table (start-up
speed, issue 17) and tags and finds names exactly as the full model does."""
from __future__ import annotations

from pathlib import Path

import spacy

from checks.language.models import FI_MODEL, build_finnish

TEXTS = [
    "Kokkolan kaupunginkirjasto on avoinna maanantaisin klo 10–19, ja Matti Virtanen kertoo lisää.",
    "Takaoven koodi on 4321. Liisa Mäkinen soittaa Helsingin Sanomille huomenna.",
    "Kaupunginvaltuusto käsittelee talousarviota, ja kokousta voi seurata suorana verkossa.",
]


def test_leaving_out_the_probability_table_changes_no_tag_and_no_name() -> None:
    fast = build_finnish(use_voikko=False, pos=True)  # with the tagger, to compare tags too
    assert not fast.vocab.lookups.tables
    full = spacy.load(FI_MODEL, exclude=["lemmatizer", "parser", "morphologizer"])
    assert full.vocab.lookups.tables, "the model ships the table this test is about"
    for text in TEXTS:
        a, b = fast(text), full(text)
        assert [(t.text, t.tag_) for t in a] == [(t.text, t.tag_) for t in b]
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]


def test_the_live_pipeline_without_the_training_strings_gives_the_same_tokens_lemmas_and_names() -> None:
    """The checker's Finnish pipeline leaves out the model's 127,000 training strings
    (start-up, issue 17); on the vendored real posts it tokenizes, lemmatizes and finds
    names exactly as with them."""
    import json

    from checks.language.lemmatizer import FACTORY
    fast = build_finnish(use_voikko=False)
    assert len(fast.vocab.strings) < 5_000, "the training strings are not loaded"
    full = spacy.load(FI_MODEL, exclude=["lemmatizer", "parser", "morphologizer", "lookups", "tok2vec", "tagger",
                                         "attribute_ruler"])
    full.add_pipe(FACTORY, config={"lang": "fi"})
    assert len(full.vocab.strings) > 100_000
    real = Path(__file__).parent / "data" / "real_text" / "ud-dev-posts.jsonl"
    texts = TEXTS + [json.loads(line)["text"] for line in real.read_text("utf-8").splitlines() if line.strip()]
    names = 0
    for text in texts:
        a, b = fast(text), full(text)
        assert [(t.text, t.lemma_, t.is_alpha, t.like_num, t.norm_) for t in a] == \
               [(t.text, t.lemma_, t.is_alpha, t.like_num, t.norm_) for t in b], text
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in b.ents], text
        names += len(a.ents)
    assert len(texts) > 500 and names > 1_000
