"""Decide a paragraph's language: fi, sv or en.

First by the function words in resources/lexicons/function_words.toml (fast: an edit
must stay cheap); when they do not decide, by simplemma's dictionary-based detector.
Short or ambiguous paragraphs ("#KokkolaKarleby") fall back to the pack's first language.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache, lru_cache

from checks.resources import resource_path

LANGS = ("fi", "sv", "en")
SAMPLE_CHARS = 400  # enough words to tell fi, sv and en apart
MIN_HITS = 2  # function words needed before they decide alone
SHORT_TEXT_WORDS = 6  # … or one, in a text this short with no other language's
_WORD = re.compile(r"[^\W\d_]+")


@cache
def function_words() -> dict[str, str]:
    """word → language, for words that belong to exactly one language's list."""
    with resource_path("lexicons", "function_words.toml").open("rb") as fh:
        lists = tomllib.load(fh)
    owners: dict[str, set[str]] = {}
    for lang in LANGS:
        for word in lists[lang]:
            owners.setdefault(word, set()).add(lang)
    return {word: next(iter(langs)) for word, langs in owners.items() if len(langs) == 1}


def _by_function_words(text: str) -> str | None:
    words = function_words()
    found = _WORD.findall(text.lower())
    counts = Counter(words[w] for w in found if w in words)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    # one function word decides a very short text when no other language has any
    # ("Dörrkoden är 4321.": the dictionary knows no compound and would say Finnish)
    if ranked[0][1] >= MIN_HITS or (len(ranked) == 1 and len(found) <= SHORT_TEXT_WORDS):
        return ranked[0][0]
    return None


@lru_cache(maxsize=4096)
def detect_language(text: str, fallback: str = "fi") -> str:
    text = text[:SAMPLE_CHARS]
    decided = _by_function_words(text)
    if decided is not None:
        return decided
    from checks.language.simplemma_words import language_scores
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
