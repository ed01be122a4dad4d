"""personal_data.named_special_category — a named person's health, welfare or other
special-category detail.

Guideline: "Jos viesti tai keskustelu sisältää arkaluontoisia asioita tai henkilötietoja,
ohjataan asiakasta olemaan yhteydessä oikeaan paikkaan, oikean kanavan kautta."
Anti-pattern: "Sanna Nieminen on sairauslomalla masennuksen vuoksi", "Eetu Mäkisen
pähkinäallergia". Only what the sentence says *of* the named person counts (see
_about_person): a name elsewhere in the paragraph, or the word as a topic ("Professori
Virtanen tutkii syöpää", "Rintasyövän ilmaantuvuus"), does not.
An error even when consent is recorded for the name: a consent to be named is not a
consent to publish one's health. A pack may allow it (`allow_with_consent_reference =
true`) when the recorded consent carries a form reference (explicit written consent).
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.model import Post, Severity
from checks.packs import Pack
from checks.people import consent_for
from checks.rules.base import Hit, ParagraphRule
from checks.rules.personal_data._about_person import said_of


class NamedSpecialCategory(ParagraphRule):
    id = "personal_data.named_special_category"
    category = "personal_data"
    severity = Severity.ERROR
    params = {"allow_with_consent_reference": False}

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "personal_data.special_categories").find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        for m, about, tokens in said_of(ctx, matches):
            named = [p for p in about if p.kind == "name"]
            if named:
                start, end = tokens[named[0].first].start, tokens[named[0].last].end
                yield Hit("personal_data.people.named_special_category", m.start, m.end,
                          args={"name": ctx.text[start:end], "term": ctx.text[m.start:m.end]})

    def settle(self, hit: Hit, post: Post, pack: Pack) -> Hit | None:
        """Quiet only when the pack allows it and the name's consent has a reference."""
        if pack.rule_param(self.id, "allow_with_consent_reference", False) is not True:
            return hit
        consent = consent_for(post.consents, hit.args.get("name", ""))
        return None if consent is not None and consent.reference.strip() else hit


RULE = NamedSpecialCategory()
