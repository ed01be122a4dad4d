"""The shape shared by the tone rules that look words up in a lexicon."""
from __future__ import annotations

from typing import Iterable

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.rules.base import Hit, ParagraphRule


class LexiconRule(ParagraphRule):
    """Flags every match of `lexicon`; the entry's severity wins over the rule's.

    The message key is `<rule id>.<role>` so that the advice fits the author's role.
    """

    lexicon: str
    words_only = True  # runs on the quick analysis while the models load

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        for m in matcher_for(ctx.pack, self.lexicon).find(ctx.tokens, ctx.text_lang):
            yield Hit(f"{self.id}.{ctx.role}", m.start, m.end, args={"found": ctx.text[m.start:m.end]},
                      severity=m.severity)
