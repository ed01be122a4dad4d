"""confidential.security — security information: door and alarm codes, passwords, PINs.

Guideline: "Huolehdi siitä, ettet tahattomasti paljasta omia tai työyhteisön
turvallisuuteen liittyviä tietoja."
Anti-pattern: "Palvelinhuoneen hälytyskoodi vaihtuu maanantaina", "ovikoodi on 4321".
Best practice: never mention codes in a post; share them through the proper channel.
When a number follows the word, the finding covers it too and says so.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule

_CODE_AFTER = regex.compile(r"^[\s:=\-–]*(?:\p{L}+\s+){0,3}?([#*]?\d[\d\s-]{2,10}\d[#*]?|(?=\S*\d)[A-Za-z0-9!#$%&*?@]{4,})(?![\p{L}\p{Nd}]|\.\d)")


class Security(ParagraphRule):
    id = "confidential.security"
    category = "confidential"
    severity = Severity.ERROR

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        for m in matcher_for(ctx.pack, "confidential.security_words").find(ctx.tokens, ctx.text_lang):
            found = ctx.text[m.start:m.end]
            code = _CODE_AFTER.match(ctx.text[m.end:m.end + 40])
            if code:
                yield Hit("confidential.security.with_code", m.start, m.end + code.end(1), args={"found": found})
            else:
                yield Hit("confidential.security.word", m.start, m.end, args={"found": found})


RULE = Security()
