"""confidential.terms — words that mark material as confidential, and the pack's own terms
(project codenames), in every inflected form.

Guideline: "Älä … julkaise salaista tai luvatonta materiaalia"; "noudatettava
salassapitovelvollisuutta"; Naantali: "salassapitovelvollisuus sitoo myös vapaa-aikana".
Anti-pattern: "Luottamuksellisen aineiston mukaan …", "Majakka-hankkeesta kerrotaan …",
"salainen suunnitelma", "hemliga handlingar".
Best practice: publish only what is public; ask the preparing official when unsure.
Matched on lemmas: "salassa pidettävistä", "Majakka-hankkeen" match; "Salaattibuffet",
"luottamushenkilö" and "Majakan kahvila" do not. Words with a figurative sense ("salainen",
"hemlig", "secret") carry `needs = "<lexicon>"`: they count only with a noun of that
lexicon (document, plan, information, price …) within a few words of the same sentence —
"Vårt hemliga ideal", "salainen resepti", "a secret garden" stay quiet.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.language.paragraphs import sentence_spans
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule

NOUN_AFTER = 3  # "salainen [tarjous]suunnitelma", "hemliga [budget]handlingar"
NOUN_BEFORE = 4  # "Suunnitelma on edelleen salainen", "the plans are secret"


class ConfidentialTerms(ParagraphRule):
    id = "confidential.terms"
    category = "confidential"
    severity = Severity.ERROR
    words_only = True  # runs on the quick analysis while the models load

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        nouns: dict[str, list[tuple[int, int]]] = {}
        for m in matcher_for(ctx.pack, "confidential.terms").find(ctx.tokens, ctx.text_lang):
            needs = m.term.entry.get("needs")
            if needs:
                if needs not in nouns:
                    nouns[needs] = [(n.start, n.end) for n in matcher_for(ctx.pack, needs).find(ctx.tokens, ctx.text_lang)]
                if not _described(ctx, m.start, m.end, nouns[needs]):
                    continue
            yield Hit("confidential.terms", m.start, m.end,
                      args={"found": ctx.text[m.start:m.end], "term": m.term.text}, severity=m.severity)


def _described(ctx: ParagraphContext, start: int, end: int, nouns: list[tuple[int, int]]) -> bool:
    """Whether a noun of the needed kind stands near the word, in its sentence."""
    if not nouns:
        return False
    s_start, s_end = next(((s, e) for s, e in sentence_spans(ctx.text) if s <= start < e), (0, len(ctx.text)))
    words = [t for t in ctx.tokens if s_start <= t.start < s_end and (t.text[:1].isalnum() or t.start == start)]
    at = next((i for i, t in enumerate(words) if t.start == start), None)
    if at is None:
        return False
    last = next((i for i, t in enumerate(words) if t.end == end), at)
    near = words[max(0, at - NOUN_BEFORE):at] + words[last + 1:last + 1 + NOUN_AFTER]
    return any(a <= t.start < b for t in near for a, b in nouns)


RULE = ConfidentialTerms()
