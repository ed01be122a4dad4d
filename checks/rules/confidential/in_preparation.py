"""confidential.in_preparation — material that is still in preparation, not yet public.

Guideline: "'Ei-julkisten' eli keskeneräiseen asiaan liittyvien asiakirjojen osalta …
Mahdollisuus tiedon jakamiseen tulee varmistaa asiaa valmistelevalta virkamieheltä."
Anti-pattern: "Luonnoksen mukaan koulu suljetaan", "embargo 12.5. asti".
Best practice: check with the preparing official before sharing.
Not flagged: a draft that is public on purpose — a plan draft on display or out for
comments ("kaavaluonnos on nähtävillä", "lausunnoille"); the public markers are a setting.
Nor someone else's draft that is public by law — the EU's, Parliament's, a ministry's
("Euroopan perustuslakiluonnoksen laatijat", "hallituksen esitysluonnos"): the guideline
is about the organisation's own preparation; those bodies are the `outside_markers`
setting. "Luonnos" as an artist's sketch ("hiililuonnos", "luonnoskirja") is not a draft
and not in the lexicon's sense: the art words are part of the same setting.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.language.term_matcher import TermMatcher
from checks.model import Severity
from checks.rules.base import Hit, ParagraphRule

_PUBLIC_CACHE: dict[tuple[str, ...], TermMatcher] = {}


def _public_matcher(markers: tuple[str, ...]) -> TermMatcher:
    if markers not in _PUBLIC_CACHE:
        _PUBLIC_CACHE[markers] = TermMatcher({"term": m, "compound": True} for m in markers)
    return _PUBLIC_CACHE[markers]


class InPreparation(ParagraphRule):
    id = "confidential.in_preparation"
    category = "confidential"
    severity = Severity.WARNING
    params = {"public_markers": ["nähtävillä"], "outside_markers": []}
    words_only = True  # runs on the quick analysis while the models load

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, "confidential.in_preparation").find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        markers = tuple(ctx.param("public_markers", self.params["public_markers"]))
        markers += tuple(ctx.param("outside_markers", self.params["outside_markers"]))
        if _public_matcher(markers).find(ctx.tokens, ctx.text_lang):
            return
        for m in matches:
            yield Hit("confidential.in_preparation", m.start, m.end, args={"found": ctx.text[m.start:m.end]})


RULE = InPreparation()
