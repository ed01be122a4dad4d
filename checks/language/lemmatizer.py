"""simplemma for lemmas, known words and language detection, and a spaCy component
that sets lemmas with it (pure Python, no native code).

Used for Swedish and English, and for Finnish when the native libvoikko that the
Finnish model's own lemmatizer needs is not installed. simplemma's memory-frugal
dictionary backend (low_memory) keeps fi+sv+en at ~60 MB instead of ~780 MB.
"""
from __future__ import annotations

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "somevahti_simplemma"


LOW_MEMORY = True


def lemma_of(word: str, lang: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=lang, low_memory=LOW_MEMORY).lower()
    except Exception:  # odd input such as lone surrogates: the word is its own lemma
        return word.lower()


def is_known(word: str, lang: str) -> bool:
    try:
        return simplemma.is_known(word, lang=lang, low_memory=LOW_MEMORY)
    except Exception:
        return False


def language_scores(text: str, langs: tuple[str, ...]) -> list[tuple[str, float]]:
    return simplemma.langdetect(text, lang=langs, low_memory=LOW_MEMORY)


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
