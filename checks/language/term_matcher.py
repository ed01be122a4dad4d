"""Find lexicon terms in analysed tokens, in any inflected form.

A term is one or more words ("salassa pidettävä", "Majakka-hanke", "huhujen mukaan").
A token matches a term word when any of these agree:
- their lemmas (the pipeline's lemma for the token, simplemma's for the term word);
- their lower-case surface forms;
- for Finnish, a shared stem: the token starts with all but the last three letters of a
  term word of nine or more letters (simplemma lemmatizes "pidettävistä" and "pidettävä"
  differently; the stem "pidettäv" joins them). Short words never match this way, so
  "Salaatti" never matches "salainen" and "Majakan kahvila" never matches "Majakka-hanke".
- the token is the term word plus an ending of at most three letters, for words of five
  or more letters ("portkod" → "portkoden", "lösenord" → "lösenordet") — what a
  dictionary lemmatizer misses for rarer words.
Words, not letters: the stem and ending ways never match where the term is only the
first part of a compound ("kuntoutus" is not in "kuntoutusrahaa", "alkoholismi" not in
"alkoholijuomaa": the rest is a word of its own).
With `exact = true` a term matches only as written (no lemma, stem or ending): for words
whose lemma is another word ("mörka" → "mörk", dark; "fan" → "fana", flag).
With `compound = true` a single-word term also matches as the head (last part) of a
longer compound ("diagnoosi" in "masennusdiagnoosi", "koodi" in "hälytyskoodi"), and only
where the part before it is a word of its own or ends in a hyphen, so the compound keeps
the head's meaning: "valtio-opin", "Liigacupin", "Lapin" never match "pin". Terms of four
letters or fewer never match inside a longer word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from checks.language.simplemma_words import is_known, lemma_of
from checks.language.tokens import Token
from checks.model import Severity

_WORD = re.compile(r"[#@]?[\w]+(?:[-‐][\w]+)*", re.UNICODE)
STEM_MIN = 9
STEM_CUT = 3
COMPOUND_HEAD_MIN = 3  # letters of the modifier before a compound head
SHORT_TERM = 4  # terms this short never match inside a longer word
TAIL_WORD_MIN = 4  # a rest this long that is a word of its own makes a compound
ENDING_MIN_WORD = 5
ENDING_MAX = 3
MEMO_MAX = 65536  # (form, lemma) pairs remembered per matcher


@dataclass(frozen=True)
class TermWord:
    surface: str
    lemmas: frozenset[str]


@dataclass(frozen=True)
class Term:
    words: tuple[TermWord, ...]
    entry: dict[str, Any]
    compound: bool

    @property
    def text(self) -> str:
        return self.entry["term"]


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    term: Term

    @property
    def severity(self) -> Severity | None:
        """The lexicon entry's own severity, if it sets one."""
        value = self.term.entry.get("severity")
        return None if value is None else Severity.parse(value)


def _term_word(word: str, langs: list[str]) -> TermWord:
    # A dictionary lemmatizer guesses at unknown words ("hyväveli" → "hyvä"): only a
    # word the dictionary knows contributes its lemma, others match by their surface.
    lemmas = {lemma_of(word, lang) for lang in langs if is_known(word, lang)}
    return TermWord(word.lower(), frozenset(lemmas | {word.lower()}))


def _term(entry: dict[str, Any]) -> Term:
    langs = [entry["lang"]] if entry.get("lang") else ["fi", "sv", "en"]
    if entry.get("exact"):  # the written form only: "mörkade" must not become "mörk" (dark)
        words = tuple(TermWord(w.lower(), frozenset({w.lower()})) for w in _WORD.findall(entry["term"]))
        return Term(words, entry, False)
    words = tuple(_term_word(w, langs) for w in _WORD.findall(entry["term"]))
    return Term(words, entry, bool(entry.get("compound", False)))


def _stem_match(token: str, word: str, lang: str) -> bool:
    stem = word[: len(word) - STEM_CUT]
    return len(word) >= STEM_MIN and token.startswith(stem) and len(token) <= len(word) + STEM_CUT \
        and not _word_tail(token[len(stem):], lang)


@lru_cache(maxsize=65536)
def _word_tail(rest: str, lang: str) -> bool:
    """True when `rest` (what follows the term's letters in a token) holds a word of its own
    ("juomaa" in "alkoholi|juomaa"), not just an inflectional ending."""
    return any(len(rest) - k >= TAIL_WORD_MIN and is_known(rest[k:], lang) for k in range(0, 3))


@lru_cache(maxsize=65536)
def _is_modifier(prefix: str, lang: str) -> bool:
    """Whether `prefix` can be the first part of a compound: a word of its own ("hälytys",
    "masennus"), possibly with a linking -s ("larm-s") or ending in a hyphen ("wifi-")."""
    if prefix.endswith(("-", "‐")):
        return len(prefix) > 1
    if len(prefix) < COMPOUND_HEAD_MIN or not prefix.isalpha():
        return False
    if is_known(prefix, lang):
        return True
    return lang != "fi" and prefix.endswith("s") and len(prefix) > COMPOUND_HEAD_MIN and is_known(prefix[:-1], lang)


def _compound_match(token_forms: set[str], word: TermWord, lang: str) -> bool:
    return any(len(lemma) > SHORT_TERM and form.endswith(lemma) and len(form) - len(lemma) >= COMPOUND_HEAD_MIN
               and _is_modifier(form[: len(form) - len(lemma)], lang)
               for form in token_forms for lemma in word.lemmas)


class TermMatcher:
    """Matches a fixed list of lexicon entries; build once per pack and lexicon."""

    def __init__(self, entries: Iterable[dict[str, Any]]) -> None:
        self.terms = [t for t in (_term(e) for e in entries) if t.words]
        # Index by what the first word can match, so a token looks up a few keys
        # instead of trying every term.
        self._index: dict[str, list[Term]] = {}
        for term in self.terms:
            first = term.words[0]
            keys = set(first.lemmas) | {first.surface}
            if len(first.surface) >= STEM_MIN:
                keys.add("stem:" + first.surface[: len(first.surface) - STEM_CUT])
            if term.compound:
                keys |= {"suffix:" + lemma for lemma in first.lemmas}
            for key in keys:
                self._index.setdefault(key, []).append(term)
        self._keys = frozenset(self._index)
        self._memo: dict[tuple[str, str], tuple[Term, ...]] = {}

    def _candidates(self, token: Token) -> tuple[Term, ...]:
        """The terms whose first word may match `token`, remembered per (form, lemma): a
        paragraph is matched again at every edit, and almost every token has none."""
        key = (token.text, token.lemma)
        known = self._memo.get(key)
        if known is not None:
            return known
        found: dict[int, Term] = {}
        for index_key in _token_keys(token.text.lower(), token.lemma) & self._keys:
            for term in self._index[index_key]:
                found[id(term)] = term
        if len(self._memo) >= MEMO_MAX:
            self._memo.clear()
        self._memo[key] = known = tuple(found.values())
        return known

    def _word_matches(self, token: Token, lang: str, word: TermWord, term: Term, last: bool) -> bool:
        forms = {token.text.lower(), token.lemma}
        if term.entry.get("exact"):
            return token.text.lower() == word.surface
        if forms & word.lemmas or word.surface in forms:
            return True
        lower = token.text.lower()
        if len(word.surface) >= ENDING_MIN_WORD and lower.startswith(word.surface) \
                and len(lower) - len(word.surface) <= ENDING_MAX and lower[len(word.surface):].isalpha():
            return True
        if lang == "fi" and (term.entry.get("lang") in (None, "fi")) and _stem_match(lower, word.surface, lang):
            return True
        return last and term.compound and len(term.words) == 1 and _compound_match(forms, word, lang)

    def find(self, tokens: Sequence[Token], lang: str) -> list[TermMatch]:
        matches: list[TermMatch] = []
        for i, token in enumerate(tokens):
            for term in self._candidates(token):
                n = len(term.words)
                if term.entry.get("lang") not in (None, lang) or i + n > len(tokens):
                    continue
                if all(self._word_matches(tokens[i + k], lang, term.words[k], term, k == n - 1)
                       for k in range(n)):
                    matches.append(TermMatch(token.start, tokens[i + n - 1].end, term))
        return _longest_first(matches)


@lru_cache(maxsize=65536)
def _token_keys(lower: str, lemma: str) -> frozenset[str]:
    """Every index key a token can match: its forms, stems, shorter forms and compound tails."""
    keys = {lemma, lower}
    keys |= {"stem:" + lower[:n] for n in range(STEM_MIN - STEM_CUT, len(lower) + 1)}
    keys |= {lower[:n] for n in range(max(ENDING_MIN_WORD, len(lower) - ENDING_MAX), len(lower))}
    keys |= {"suffix:" + form[n:] for form in (lower, lemma) for n in range(COMPOUND_HEAD_MIN, len(form))}
    return frozenset(keys)


def _longest_first(matches: list[TermMatch]) -> list[TermMatch]:
    """Drop a match that lies inside or overlaps an earlier, longer one ("salassa" inside
    "salassa pidettävä"; "fan heller" after "så fan" in "så fan heller")."""
    kept: list[TermMatch] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
