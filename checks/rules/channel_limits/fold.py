"""channel_limits.fold — what the reader sees before "see more".

Anti-pattern: the key message (date, place, call to action) hides behind "… näytä lisää".
Best practice: know the fold; the first ~125 characters on Facebook and Instagram mobile,
~210 on LinkedIn, ~100 in a YouTube description, carry the message.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule
from checks.text.words import word_at

class Fold(Rule):
    id = "channel_limits.fold"
    category = "channel_limits"
    severity = Severity.INFO

    def check(self, ctx: Context) -> Iterable[Hit]:
        fold = ctx.channel.fold
        text = ctx.text
        if not fold or len(text.rstrip()) <= fold:
            return
        start, end = word_at(text, fold)
        visible = text[:start].rstrip() or text[:fold]
        yield Hit("channel_limits.fold", start, end,
                  args={"channel": ctx.channel.name, "fold": fold, "visible": " ".join(visible.split())})


RULE = Fold()
