"""personal_data.named_special_category — a named person's health, welfare or other
special-category detail.

Guideline: "Jos viesti tai keskustelu sisältää arkaluontoisia asioita tai henkilötietoja,
ohjataan asiakasta olemaan yhteydessä oikeaan paikkaan, oikean kanavan kautta."
Anti-pattern: "Sanna Nieminen on sairauslomalla masennuksen vuoksi."
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


def _in_tag(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "#@＃＠"


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:2].islower() or "-" in word)


def _name_spans(ctx: ParagraphContext) -> list[tuple[int, int]]:
    """Full names: the model's PERSON entities of two or more words, and a first name
    from the pack's lexicon followed by a capitalised word (Swedish and English texts)."""
    spans = [(e.start, e.end) for e in ctx.analysis.entities
             if e.label == "PERSON" and len(e.text.split()) >= 2 and not _in_tag(ctx.text, e.start)]
    first_names = {e["name"].lower() for e in ctx.pack.entries("personal_data.first_names")}
    for a, b in zip(ctx.tokens, ctx.tokens[1:]):
        if a.text.lower() in first_names and _capitalised(a.text) and _capitalised(b.text) \
                and not _in_tag(ctx.text, a.start):
            spans.append((a.start, b.end))
    return spans


class NamedSpecialCategory(ParagraphRule):
    id = "personal_data.named_special_category"
    category = "personal_data"
    severity = Severity.ERROR
    params = {"allow_with_consent_reference": False}

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        names = _name_spans(ctx)
        if not names:
            return
        matches = matcher_for(ctx.pack, "personal_data.special_categories").find(ctx.tokens, ctx.text_lang)
        for m in matches:
            if any(start <= m.start < end for start, end in names):
                continue
            start, end = min(names, key=lambda span: abs(span[0] - m.start))
            yield Hit("personal_data.people.named_special_category", m.start, m.end,
                      args={"name": ctx.text[start:end], "term": ctx.text[m.start:m.end]})

    def settle(self, hit: Hit, post: Post, pack: Pack) -> Hit | None:
        """Quiet only when the pack allows it and the name's consent has a reference."""
        if pack.rule_param(self.id, "allow_with_consent_reference", False) is not True:
            return hit
        consent = consent_for(post.consents, hit.args.get("name", ""))
        return None if consent is not None and consent.reference.strip() else hit


RULE = NamedSpecialCategory()
