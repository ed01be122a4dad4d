"""Turn a paragraph into plain data (tokens with lemmas, entities) with a language pipeline."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from checks.language.tokens import Analysis, Entity, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# The Finnish tagger's tags as universal POS, for when the morphologizer is not loaded.
_TAG_POS = {"N": "NOUN", "Propn": "PROPN", "V": "VERB", "A": "ADJ", "Adv": "ADV", "Aux": "AUX", "Pron": "PRON",
            "Num": "NUM", "Adp": "ADP", "C": "CCONJ", "Punct": "PUNCT", "Interj": "INTJ", "Symb": "SYM"}


def _safe(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates: same length, '?'


def analyse(text: str, lang: str, nlp: "Language") -> Analysis:
    return _from_doc(text, lang, nlp(_safe(text)))


def analyse_many(texts: list[str], lang: str, nlp: "Language", batch_size: int = 64) -> Iterator[Analysis]:
    """Like analyse() for many texts, batched through nlp.pipe."""
    for text, doc in zip(texts, nlp.pipe((_safe(t) for t in texts), batch_size=batch_size)):
        yield _from_doc(text, lang, doc)


def _from_doc(text: str, lang: str, doc: "Doc") -> Analysis:
    tokens = tuple(Token(t.idx, t.idx + len(t.text), text[t.idx:t.idx + len(t.text)],
                         (t.lemma_ or t.text).lower(), t.pos_ or _TAG_POS.get(t.tag_, ""), bool(t.whitespace_)) for t in doc)
    entities = tuple(Entity(e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char]) for e in doc.ents)
    return Analysis(lang=lang, full=bool(doc.has_annotation("ENT_IOB")), tokens=tokens, entities=entities)
