"""accessibility.camelcase — a hashtag of several words written in one case.

Anti-pattern: "#kirjastonaukioloajatjoulu" — a screen reader cannot tell the words apart
and reads a jumble; sighted readers stumble too.
Best practice: capitalise each word: #KirjastonAukioloajatJoulu (the fix does it).
Words are found with simplemma's fi/sv/en dictionaries. A Finnish or Swedish compound of
base-form words ("#kesäkatu", "#sommarläsutmaning") is one word and is left alone; a long
tag (20+ letters) that splits into three or more words, or a Finnish tag whose first part is
inflected ("kirjaston|aukioloajat"), is flagged. English words written together always are.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from checks.context import ParagraphContext
from checks.language.simplemma_words import is_known, lemma_of
from checks.model import Fix, Severity
from checks.rules.base import Hit, ParagraphRule
from checks.text.twitter_entities import extract_hashtags

MIN_LETTERS = 10
MIN_PIECE = 3
LONG_TAG = 20


def _inflected(word: str, lang: str) -> bool:
    return lemma_of(word, lang) != word


@lru_cache(maxsize=4096)
def segment(body: str, lang: str) -> tuple[str, ...] | None:
    """The split of `body` into the fewest known words of `lang` (None if there is none)."""
    n = len(body)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(MIN_PIECE, n + 1):
        for start in range(0, end - MIN_PIECE + 1):
            prefix = best[start]
            if prefix is None:
                continue
            piece = body[start:end]
            known = best[end]
            if is_known(piece, lang) and (known is None or len(prefix) + 1 < len(known)):
                best[end] = prefix + (piece,)
    return best[n]


@lru_cache(maxsize=4096)
def words_of(tag: str) -> tuple[str, ...] | None:
    """The words of a one-case multi-word hashtag, or None when it is one word or unknown."""
    if not tag.isalpha() or len(tag) < MIN_LETTERS or not (tag.islower() or tag.isupper()):
        return None
    body = tag.lower()
    if any(is_known(body, lang) for lang in ("fi", "sv", "en")):
        return None
    for lang in ("fi", "sv", "en"):
        pieces = segment(body, lang)
        if pieces is None or len(pieces) < 2:
            continue
        if lang == "en" or (len(pieces) >= 3 and len(body) >= LONG_TAG) \
                or (lang == "fi" and any(_inflected(p, lang) for p in pieces[:-1])):
            return pieces
    return None


class CamelCase(ParagraphRule):
    id = "accessibility.camelcase"
    category = "accessibility"
    severity = Severity.INFO

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        for tag in extract_hashtags(ctx.text):
            pieces = words_of(tag.tag)
            if pieces is None:
                continue
            camel = "#" + "".join(p[:1].upper() + p[1:] for p in pieces)
            yield Hit("accessibility.camelcase", tag.start, tag.end,
                      args={"tag": "#" + tag.tag, "camel": camel}, fix=Fix(tag.start, tag.end, camel))


RULE = CamelCase()
