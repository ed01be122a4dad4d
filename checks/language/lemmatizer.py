"""A spaCy component that sets lemmas with simplemma (pure Python, no native code).

Used for Swedish and English, and for Finnish when the native libvoikko that the
Finnish model's own lemmatizer needs is not installed.
"""
from __future__ import annotations

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "somevahti_simplemma"


def lemma_of(word: str, lang: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=lang).lower()
    except Exception:  # odd input such as lone surrogates: the word is its own lemma
        return word.lower()


class SimplemmaLemmatizer:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha or "-" in token.text:
                token.lemma_ = lemma_of(token.text, self.lang)
            else:
                token.lemma_ = token.text.lower()
        return doc


@Language.factory(FACTORY, default_config={"lang": "fi"})
def make_simplemma_lemmatizer(nlp: Language, name: str, lang: str) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(lang)
