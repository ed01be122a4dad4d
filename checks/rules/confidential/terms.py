"""confidential.terms — words that mark material as confidential, and the pack's own terms
(project codenames), in every inflected form.

Guideline: "Älä … julkaise salaista tai luvatonta materiaalia"; "noudatettava
salassapitovelvollisuutta"; Naantali: "salassapitovelvollisuus sitoo myös vapaa-aikana".
Anti-pattern: "Luottamuksellisen aineiston mukaan …", "Majakka-hankkeesta kerrotaan …".
Best practice: publish only what is public; ask the preparing official when unsure.
Matched on lemmas: "salassa pidettävistä", "Majakka-hankkeen" match; "Salaattibuffet",
"luottamushenkilö" and "Majakan kahvila" do not.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule


class ConfidentialTerms(ParagraphRule):
    id = "confidential.terms"
    category = "confidential"
    severity = Severity.ERROR
    words_only = True  # runs on the quick analysis while the models load

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        for m in matcher_for(ctx.pack, "confidential.terms").find(ctx.tokens, ctx.text_lang):
            yield Hit("confidential.terms", m.start, m.end,
                      args={"found": ctx.text[m.start:m.end], "term": m.term.text}, severity=m.severity)


RULE = ConfidentialTerms()
