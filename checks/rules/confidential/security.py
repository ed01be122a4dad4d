"""confidential.security — security information: door and alarm codes, passwords, PINs.

Guideline: "Huolehdi siitä, ettet tahattomasti paljasta omia tai työyhteisön
turvallisuuteen liittyviä tietoja."
Anti-pattern: "Palvelinhuoneen hälytyskoodi vaihtuu maanantaina", "ovikoodi on 4321".
Best practice: never mention codes in a post; share them through the proper channel.
When a number follows the word, the finding covers it too and says so. A sentence that
gives advice ("älä koskaan kerro salasanaasi", "never share your password") and no code
is info only; the advice words are a setting in the base pack.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.language.paragraphs import sentence_spans
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule

_CODE_AFTER = regex.compile(r"^[\s:=\-–]*(?:\p{L}+\s+){0,3}?([#*]?\d[\d\s-]{2,10}\d[#*]?|(?=\S*\d)[A-Za-z0-9!#$%&*?@]{4,})(?![\p{L}\p{Nd}]|\.\d)")


class Security(ParagraphRule):
    id = "confidential.security"
    category = "confidential"
    severity = Severity.ERROR
    params = {"advice_words": ["älä"]}

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "confidential.security_words").find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        advice = {w.lower() for w in ctx.param("advice_words", self.params["advice_words"])}
        sentences = sentence_spans(ctx.text)
        for m in matches:
            found = ctx.text[m.start:m.end]
            code = _CODE_AFTER.match(ctx.text[m.end:m.end + 40])
            if code:
                yield Hit("confidential.security.with_code", m.start, m.end + code.end(1), args={"found": found})
                continue
            start, end = next(((s, e) for s, e in sentences if s <= m.start < e), (0, len(ctx.text)))
            words = {t.text.lower() for t in ctx.tokens if start <= t.start < end}
            if words & advice:
                yield Hit("confidential.security.advice", m.start, m.end, args={"found": found},
                          severity=Severity.INFO)
            else:
                yield Hit("confidential.security.word", m.start, m.end, args={"found": found})


RULE = Security()
