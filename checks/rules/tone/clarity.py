"""tone.clarity — clear, concise language (info only).

Guideline: "Viestintämme on avointa, luotettavaa, keskustelevaa, selkeää, ytimekästä …
ja saavutettavaa."
Flags, at most once per sentence: a sentence over `max_words` words; a word over
`max_word_letters` letters (not links, hashtags, mentions or e-mail); in Finnish, a
dense nominal style: three or more -minen/-mis nominalisations in one sentence
("kehittämisen tavoitteena on osallistamisen lisääminen"). A plain list of nouns
("Tonttuja, pipareita ja satuja") is not nominal style and is left alone.
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
    params = {"max_words": 25, "max_word_letters": 25, "nominalisations": 3}

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        max_words = int(ctx.param("max_words", self.params["max_words"]))
        max_letters = int(ctx.param("max_word_letters", self.params["max_word_letters"]))
        nominalisations = int(ctx.param("nominalisations", self.params["nominalisations"]))
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
            elif ctx.text_lang == "fi" and sum(
                    1 for t in words if _NOMINALISATION.search(t.text.lower())) >= nominalisations:
                yield Hit("tone.clarity.nominal", start, end, args={})


RULE = Clarity()
