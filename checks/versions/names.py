"""Official names from the pack's term base, found in text in either language.

`[[language_versions.names]]` pairs a Finnish and a Swedish name ("Kokkolan kaupunki" /
"Karleby stad"). Finnish names inflect at the end of each word, with consonant
gradation ("kaupunki" → "kaupungin", "Torikatu" → "Torikadulla"), so each Finnish word of
six letters or more matches from its stem without the last two letters; a shorter word
matches from itself without its last letter. Swedish (and English) names add endings
("Karleby stads", "Stadshusets"), so each word matches as itself plus any ending. Names
inside hashtags, @handles, e-mail addresses and URLs are not names in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.text.urls import url_spans

LANGS = ("fi", "sv", "en")


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    lang: str  # the language the found name belongs to
    name: str  # its base form
    names: dict  # the entry: lang → base form


def _word_pattern(word: str, lang: str) -> str:
    if lang == "fi":
        stem = word[:-2] if len(word) >= 6 else word[:-1] if len(word) >= 3 else word
    else:
        stem = word
    return re.escape(stem) + r"\w*"


@lru_cache(maxsize=256)
def name_pattern(name: str, lang: str) -> re.Pattern:
    words = name.split()
    body = r"\s+".join(_word_pattern(w, lang) for w in words)
    return re.compile(r"(?<![\w#@/.\-])" + body + r"(?![\w@])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _blocked(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of URLs and e-mail addresses (names inside them are not names in the text)."""
    return tuple(url_spans(text)) + tuple((m.start(), m.end()) for m in re.finditer(r"\S+@\S+", text))


def find_names(text: str, entries: list[dict], lang: str) -> list[NameHit]:
    """Names of `entries` in `lang` found in `text` (their spans, longest first wins)."""
    found: list[NameHit] = []
    blocked = _blocked(text)
    for entry in entries:
        name = entry.get(lang)
        if not name:
            continue
        for m in name_pattern(name, lang).finditer(text):
            if any(s < m.end() and m.start() < e for s, e in blocked):
                continue
            found.append(NameHit(m.start(), m.end(), lang, name, {k: entry[k] for k in LANGS if k in entry}))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[NameHit] = []
    for hit in found:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept
