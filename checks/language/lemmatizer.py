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


CACHE_WORDS = 100_000  # simplemma's memory-frugal lookup costs ~0.3 ms; words repeat a lot


class SimplemmaLemmatizer:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._lemmas: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmas = self._lemmas
        for token in doc:
            text = token.text
            if token.is_alpha or "-" in text:
                lemma = lemmas.get(text)
                if lemma is None:
                    if len(lemmas) >= CACHE_WORDS:
                        lemmas.clear()
                    lemma = lemmas[text] = lemma_of(text, self.lang)
                token.lemma_ = lemma
            else:
                token.lemma_ = text.lower()
        return doc


@Language.factory(FACTORY, default_config={"lang": "fi"})
def make_simplemma_lemmatizer(nlp: Language, name: str, lang: str) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(lang)
