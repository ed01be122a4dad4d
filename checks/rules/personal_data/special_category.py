"""personal_data.special_category — health, sick leave, religion, ethnicity, union
membership, social-welfare client status and the like, said of a person.

Guideline: "Jos viesti tai keskustelu sisältää arkaluontoisia asioita tai henkilötietoja,
ohjataan asiakasta olemaan yhteydessä oikeaan paikkaan, oikean kanavan kautta."
Anti-pattern: "Asiakkaan masennusdiagnoosi on kirjattu väärin", "Eetu Mäkisen
pähkinäallergia", "Anna är sjukskriven", "Our employee is on sick leave".
Best practice: never discuss a person's sensitive data in a post; answer privately.
Precision: a term counts only when the same sentence says it of an identifiable person —
a name, a pronoun that points at one ("hänellä", "hans", "her"), a person noun that
identifies one ("oppilaamme", "eleven", "the client's") — and nothing else stands between
them but relation words ("on", "sairastaa", "har", "is"); see _about_person. The word as
a topic stays quiet: research, statistics, services, history, mythology ("Virtanen tutkii
syöpää", "Rintasyövän ilmaantuvuus", "saamelaisen mytologian", "alkohol missbrukas").
An entry with `needs_verb = true` (places such as "sairaala", "sjukhus") counts only with
a relation verb ("on sairaalassa"), never by a genitive ("potilaan sairaala").
Severity: the entry's (warning). Said of a *named* person it is
personal_data.named_special_category's finding (an error, consent-aware), not this one's.
Lists are lexicons in the pack.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule
from checks.rules.personal_data._about_person import said_of


class SpecialCategory(ParagraphRule):
    id = "personal_data.special_category"
    category = "personal_data"
    severity = Severity.WARNING

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "personal_data.special_categories").find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        for m, about, _ in said_of(ctx, matches):
            if any(p.kind == "name" for p in about):
                continue  # said of a named person: personal_data.named_special_category (an error)
            yield Hit(f"personal_data.special_category.{m.term.entry.get('kind', 'other')}", m.start, m.end,
                      args={"term": ctx.text[m.start:m.end]}, severity=m.severity)


RULE = SpecialCategory()
