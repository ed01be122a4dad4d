"""personal_data.person_name — a person's name: a reminder to have their consent.

Guideline: "Älä … jaa henkilötietoja, joiden käyttöön ei ole asianomaisen hyväksyntää."
Info only: naming a prize winner or thanking a colleague is fine with their consent.
Finnish: the Finnish model's PERSON entities of two or more words (inflected names such
as "Sanna Niemistä" too). All languages: a first name from the pack's lexicon followed
by a capitalised word ("Erik Johansson").
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.tokens import Token
from checks.model import Post, Severity
from checks.packs import Pack
from checks.people import consent_for
from checks.rules.base import Hit, ParagraphRule


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:2].islower() and token.text.isalpha() or (
        token.text[:1].isupper() and "-" in token.text)


def _in_tag(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "#@＃＠"


class PersonName(ParagraphRule):
    id = "personal_data.person_name"
    category = "personal_data"
    severity = Severity.INFO

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        spans: list[tuple[int, int]] = []
        for entity in ctx.analysis.entities:
            if entity.label == "PERSON" and len(entity.text.split()) >= 2 and not _in_tag(ctx.text, entity.start):
                spans.append((entity.start, entity.end))
        first_names = {e["name"].lower() for e in ctx.pack.entries("personal_data.first_names")}
        tokens = ctx.tokens
        for a, b in zip(tokens, tokens[1:]):
            if a.text.lower() in first_names and _capitalised(a) and _capitalised(b) \
                    and b.text.lower() not in first_names and not _in_tag(ctx.text, a.start):
                spans.append((a.start, b.end))
        for start, end in _merge(spans):
            yield Hit("personal_data.person_name", start, end, args={"name": ctx.text[start:end]})

    def settle(self, hit: Hit, post: Post, pack: Pack) -> Hit | None:
        """Quiet once consent is recorded for the name in this draft (issue 19)."""
        return None if consent_for(post.consents, hit.args.get("name", "")) else hit


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


RULE = PersonName()
