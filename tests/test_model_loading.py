"""The Finnish pipeline loads without the vocabulary's word-probability table (start-up
speed, issue 17) and tags and finds names exactly as the full model does."""
from __future__ import annotations

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
