"""confidential.security — security information: door and alarm codes, passwords, PINs.

Guideline: "Huolehdi siitä, ettet tahattomasti paljasta omia tai työyhteisön
turvallisuuteen liittyviä tietoja."
Anti-pattern: "Palvelinhuoneen hälytyskoodi vaihtuu maanantaina", "ovikoodi on 4321".
Best practice: never mention codes in a post; share them through the proper channel.
When a number follows the word, the finding covers it too and says so. A sentence that
gives advice ("älä koskaan kerro salasanaasi", "never share your password"), or is
followed by one that does, and gives no code is info only; the advice words are a setting in the base pack.
A generic code word after an access word ("takaoven koodi on 4321", "portin koodi",
"dörrens kod", "the back door code is") is an error when a code follows it; the word
alone ("alennuskoodi ALE20", "koodi lähetetään sähköpostiin") is not flagged.
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
    words_only = True  # runs on the quick analysis while the models load
    params = {"advice_words": ["älä"]}

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "confidential.security_words").find(ctx.tokens, ctx.text_lang)
        covered = [(m.start, m.end) for m in matches]
        yield from self._access_codes(ctx, covered)
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
            at = next((i for i, (s, e) in enumerate(sentences) if s <= m.start < e), None)
            # the advice may follow in the next sentence: "PIN-koodin voi vaihtaa … Älä kerro sitä."
            start, end = (0, len(ctx.text)) if at is None else (
                sentences[at][0], sentences[min(at + 1, len(sentences) - 1)][1])
            words = {t.text.lower() for t in ctx.tokens if start <= t.start < end}
            if words & advice:
                yield Hit("confidential.security.advice", m.start, m.end, args={"found": found},
                          severity=Severity.INFO)
            else:
                yield Hit("confidential.security.word", m.start, m.end, args={"found": found})

    def _access_codes(self, ctx: ParagraphContext, covered: list[tuple[int, int]]) -> Iterable[Hit]:
        codes = matcher_for(ctx.pack, "confidential.code_words").find(ctx.tokens, ctx.text_lang)
        if not codes:
            return
        access = matcher_for(ctx.pack, "confidential.access_words").find(ctx.tokens, ctx.text_lang)
        for m in codes:
            if any(s <= m.start < e for s, e in covered):
                continue
            before = [a for a in access if a.end <= m.start and m.start - a.end <= ACCESS_GAP]
            code = _CODE_AFTER.match(ctx.text[m.end:m.end + 40])
            if before and code:
                start = before[-1].start
                yield Hit("confidential.security.with_code", start, m.end + code.end(1),
                          args={"found": ctx.text[start:m.end]})
                continue
            # or the access word follows the code word and the code follows it: "koden till
            # bakdörren är 4321", "the code for the back door is 4321", "koodi takaoveen on 4321"
            for a in (a for a in access if a.start >= m.end and a.start - m.end <= ACCESS_GAP):
                code = _CODE_AFTER.match(ctx.text[a.end:a.end + 40])
                if code:
                    yield Hit("confidential.security.with_code", m.start, a.end + code.end(1),
                              args={"found": ctx.text[m.start:a.end]})
                    break


ACCESS_GAP = 12  # characters between the access word and the code word ("oven koodi", "door's code")
RULE = Security()
