"""personal_data.special_category — health, sick leave, religion, ethnicity, union
membership, social-welfare client status and the like, about someone.

Guideline: "Jos viesti tai keskustelu sisältää arkaluontoisia asioita tai henkilötietoja,
ohjataan asiakasta olemaan yhteydessä oikeaan paikkaan, oikean kanavan kautta."
Anti-pattern: "Asiakkaan masennusdiagnoosi on kirjattu väärin."
Best practice: never discuss a person's sensitive data in a post; answer privately.
Precision: a term is flagged only when the paragraph is about someone (a name, or a
person reference such as "asiakkaan", "oppilaamme", "hänen"), so "Influenssarokotukset
alkavat" or "Terveyskeskuksen aukioloajat" stay quiet. Lists are lexicons in the pack.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule


class SpecialCategory(ParagraphRule):
    id = "personal_data.special_category"
    category = "personal_data"
    severity = Severity.WARNING

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "personal_data.special_categories").find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        about_someone = any(e.label == "PERSON" for e in ctx.analysis.entities) or bool(
            matcher_for(ctx.pack, "personal_data.person_references").find(ctx.tokens, ctx.text_lang))
        if not about_someone:
            return
        for m in matches:
            yield Hit(f"personal_data.special_category.{m.term.entry.get('kind', 'other')}", m.start, m.end,
                      args={"term": ctx.text[m.start:m.end]}, severity=m.severity)


RULE = SpecialCategory()
