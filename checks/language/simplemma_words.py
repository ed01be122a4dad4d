"""Lemmas, known words and language scores from simplemma (pure Python, no native code,
no spaCy: the window imports this through the rules without loading spaCy).

simplemma's memory-frugal dictionary backend (low_memory) keeps fi+sv+en at ~60 MB
instead of ~780 MB.
"""
from __future__ import annotations

import simplemma

from checks.language import lemma_index_cache

LOW_MEMORY = True
lemma_index_cache.install()  # before the first lookup: the index is read from disk, not rebuilt


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
