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
Severity: the entry's (warning); said of a named child (a child word or an age under 18
in the paragraph), an error. Lists are lexicons in the pack.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.language.paragraphs import sentence_spans
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule
from checks.rules.personal_data._about_person import about_child, people, possessed, related


class SpecialCategory(ParagraphRule):
    id = "personal_data.special_category"
    category = "personal_data"
    severity = Severity.WARNING

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "personal_data.special_categories").find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        first_names = frozenset(e["name"].lower() for e in ctx.pack.entries("personal_data.first_names"))
        child = None
        for start, end in sentence_spans(ctx.text):
            inside = [m for m in matches if start <= m.start < end]
            if not inside:
                continue
            tokens = [t for t in ctx.tokens if start <= t.start < end]
            entities = [e for e in ctx.analysis.entities if start <= e.start < end]
            persons = people(tokens, entities, ctx.text_lang, first_names)
            if not persons:
                continue
            index = {t.start: i for i, t in enumerate(tokens)}
            ends = {t.end: i for i, t in enumerate(tokens)}
            for m in inside:
                first, last = index.get(m.start), ends.get(m.end)
                if first is None or last is None:
                    continue
                verb_only = bool(m.term.entry.get("needs_verb"))
                about = [p for p in persons if related(tokens, p, first, ctx.text_lang, verb_only)]
                if not about and possessed(tokens, persons, first, last, ctx.text_lang):
                    about = [p for p in persons if p.last < first]
                if not about:
                    continue
                severity = m.severity
                if any(p.kind == "name" for p in about):
                    if child is None:
                        child = about_child(ctx.text, ctx.tokens, ctx.text_lang)
                    if child:
                        severity = Severity.ERROR
                yield Hit(f"personal_data.special_category.{m.term.entry.get('kind', 'other')}", m.start, m.end,
                          args={"term": ctx.text[m.start:m.end]}, severity=severity)


RULE = SpecialCategory()
