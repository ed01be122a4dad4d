"""The shape shared by the tone rules that look words up in a lexicon."""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.model import Severity
from checks.rules._nearby import lexicon_spans, name_spans, near
from checks.rules.base import Hit, ParagraphRule

TARGETS = "tone.targets"
NEEDS_BEFORE = 3  # "valittajat ovat tyhmiä"
NEEDS_AFTER = 2  # "tyhmät [kaupungin] valittajat"
AIM_BEFORE = 4  # "Kaupunginjohtaja on täysin kyvytön", "Valtuutettu Virtanen valehtelee"
AIM_AFTER = 2  # "idiootit ne virkamiehet"; "hölmö idea, sanoi Matti" is not aimed at Matti


class LexiconRule(ParagraphRule):
    """Flags every match of `lexicon`; the entry's severity wins over the rule's.

    An entry with `needs = "<lexicon>"` counts only next to a word of that lexicon or a
    name ("Tyhmät valittajat", not "tyhmä kysymys"). With `aimed_error`, a match aimed at
    people — a name or a word of tone.targets a few words from it in the same sentence, or a
    `needs` entry that describes one — is an error in the organisation's name (zero
    tolerance, Kokkola).
    The message key is `<rule id>.<role>` so that the advice fits the author's role.
    """

    lexicon: str
    aimed_error: bool = False
    words_only = True  # runs on the quick analysis while the models load

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        matches = matcher_for(ctx.pack, self.lexicon).find(ctx.tokens, ctx.text_lang)
        if not matches:
            return
        spans: dict[str, list[tuple[int, int]]] = {}

        def targets(lexicon: str) -> list[tuple[int, int]]:
            if lexicon not in spans:
                spans[lexicon] = lexicon_spans(ctx, lexicon) + name_spans(ctx)
            return spans[lexicon]

        for m in matches:
            severity = m.severity
            needs = m.term.entry.get("needs")
            if needs:
                if not near(ctx, m.start, m.end, targets(needs), NEEDS_BEFORE, NEEDS_AFTER):
                    continue
                aimed = True
            else:
                aimed = self.aimed_error and near(ctx, m.start, m.end, targets(TARGETS), AIM_BEFORE, AIM_AFTER)
            if aimed and self.aimed_error and ctx.role == "organisation":
                severity = Severity.ERROR
            yield Hit(f"{self.id}.{ctx.role}", m.start, m.end, args={"found": ctx.text[m.start:m.end]},
                      severity=severity)
