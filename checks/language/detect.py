"""Decide a paragraph's language (fi, sv or en) with simplemma's dictionary-based detector.

Short or ambiguous paragraphs ("#KokkolaKarleby") fall back to the pack's first language.
"""
from __future__ import annotations

from functools import lru_cache


LANGS = ("fi", "sv", "en")


SAMPLE_CHARS = 400  # enough words to tell fi, sv and en apart; keeps an edit cheap


@lru_cache(maxsize=4096)
def detect_language(text: str, fallback: str = "fi") -> str:
    text = text[:SAMPLE_CHARS]
    from checks.language.lemmatizer import language_scores
    try:
        scores = language_scores(text, LANGS)
    except Exception:  # simplemma on odd input (lone surrogates): not worth failing a check
        return fallback
    best, score = scores[0]
    if best not in LANGS or score < 0.3:
        return fallback
    # Finnish and Swedish share names and loanwords: prefer the fallback on a near tie.
    ties = [lang for lang, s in scores if lang in LANGS and s >= score - 0.05]
    return fallback if fallback in ties else best
