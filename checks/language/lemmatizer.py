"""A spaCy component that sets lemmas with simplemma (pure Python, no native code).

Used for Swedish and English, and for Finnish when the native libvoikko that the
Finnish model's own lemmatizer needs is not installed. The word functions themselves are
in simplemma_words (importable without spaCy).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from checks.language.simplemma_words import lemma_of

FACTORY = "somevahti_simplemma"


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
