"""tone.clarity — clear, concise language (info only).

Guideline: "Viestintämme on avointa, luotettavaa, keskustelevaa, selkeää, ytimekästä …
ja saavutettavaa."
Flags, at most once per sentence: a sentence over `max_words` words; a word over
`max_word_letters` letters (not links, hashtags, mentions or e-mail); in Finnish, a
dense nominal style (three or more -minen/-mis nominalisations, or nouns making up more
than `noun_share` of a sentence of ten or more words; names do not count).
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import ParagraphContext
from checks.language.paragraphs import sentence_spans
from checks.language.tokens import Token
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule

_NOMINALISATION = regex.compile(r"(?:minen|misen|mista|misesta|miseen|misella|misessa|misen|misten|misia)$")


def _is_word(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.text) and "@" not in token.text and "/" not in token.text \
        and not token.text.startswith(("#", "http", "www."))


class Clarity(ParagraphRule):
    id = "tone.clarity"
    category = "tone"
    severity = Severity.INFO
    params = {"max_words": 25, "max_word_letters": 25, "noun_share": 0.6}

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        max_words = int(ctx.param("max_words", self.params["max_words"]))
        max_letters = int(ctx.param("max_word_letters", self.params["max_word_letters"]))
        noun_share = float(ctx.param("noun_share", self.params["noun_share"]))
        for start, end in sentence_spans(ctx.text):
            words = [t for t in ctx.tokens if start <= t.start < end and _is_word(t)]
            if not words:
                continue
            long_words = [t for t in words if sum(ch.isalpha() for ch in t.text) > max_letters
                          and (t.start == 0 or ctx.text[t.start - 1] not in "#@")]
            if len(words) > max_words:
                yield Hit("tone.clarity.long_sentence", start, end, args={"count": len(words), "limit": max_words})
            elif long_words:
                t = long_words[0]
                yield Hit("tone.clarity.long_word", t.start, t.end, args={"word": t.text})
            elif ctx.text_lang == "fi" and len(words) >= 10 and self._dense(words, noun_share):
                yield Hit("tone.clarity.nominal", start, end, args={})

    @staticmethod
    def _dense(words: list[Token], noun_share: float) -> bool:
        nominalisations = sum(1 for t in words if _NOMINALISATION.search(t.text.lower()))
        tagged = [t for t in words if t.pos]
        nouns = sum(1 for t in tagged if t.pos == "NOUN")
        return nominalisations >= 3 or (len(tagged) == len(words) and nouns / len(words) > noun_share)


RULE = Clarity()
