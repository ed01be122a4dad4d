"""Turn a paragraph into plain data (tokens with lemmas, entities) with a language pipeline."""
from __future__ import annotations

from typing import TYPE_CHECKING

from checks.language.tokens import Analysis, Entity, Token

if TYPE_CHECKING:
    from spacy.language import Language


def analyse(text: str, lang: str, nlp: "Language") -> Analysis:
    safe = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates: same length, '?'
    doc = nlp(safe)
    tokens = tuple(Token(t.idx, t.idx + len(t.text), text[t.idx:t.idx + len(t.text)],
                         (t.lemma_ or t.text).lower(), t.pos_, bool(t.whitespace_)) for t in doc)
    entities = tuple(Entity(e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char]) for e in doc.ents)
    return Analysis(lang=lang, full=bool(doc.has_annotation("POS")), tokens=tokens, entities=entities)
