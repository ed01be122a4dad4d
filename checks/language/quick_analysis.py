"""A paragraph's analysis without spaCy, for the first seconds after start-up.

While the language models load (several seconds), the rules that need only words and
lemmas — confidential terms, door and alarm codes, insults and attacks — can already run
on tokens from a regular expression that splits text the way spaCy's rule-based tokenizer
does for these languages, with simplemma's lemmas (the same lemmas the Finnish pipeline
uses when libvoikko is not installed). The analysis says `full=False`: no POS, no names.
The full pass replaces these findings as soon as the models are ready. It runs only when
simplemma's index is already on disk (checks/language/lemma_index_cache): on the very first
start, building it would delay the structural findings by seconds.
"""
from __future__ import annotations

import regex

from checks.language import lemma_index_cache
from checks.language.simplemma_words import lemma_of
from checks.language.tokens import Analysis, Token

_TOKEN = regex.compile(r"""
      (?:https?://|www\.)\S+?(?=[.,;:!?)\]]*(?:\s|$))       # a link, trailing punctuation apart
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                         # an e-mail address
    | @\w+(?:[._]\w+)*                                     # a handle
    | \w+(?:[-'’.:/]\w+)*                                  # a word, a compound, 18.00, 040-123
    | [^\w\s]                                              # anything else, one character at a time
""", regex.VERBOSE)


def quick_analysis(text: str, lang: str) -> Analysis:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        lemma = lemma_of(word, lang) if word.isalpha() or "-" in word else word.lower()  # as the pipeline
        tokens.append(Token(m.start(), m.end(), word, lemma, "", m.end() < len(text) and text[m.end()].isspace()))
    return Analysis(lang=lang, full=False, tokens=tuple(tokens))


def quick_lemmas_ready(langs) -> bool:
    """True when simplemma can answer for every language in `langs` without a slow build."""
    lemma_index_cache.install()
    return all(lemma_index_cache.is_quick(lang) for lang in langs)
