"""channel_limits.forbidden_chars — characters the channel refuses.

Anti-pattern: "<3" or "<kirjasto>" in a YouTube description (the API rejects < and >).
Best practice: write "sydän" or use another character.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class ForbiddenChars(Rule):
    id = "channel_limits.forbidden_chars"
    category = "channel_limits"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterable[Hit]:
        forbidden = ctx.channel.forbidden_chars
        if not forbidden:
            return
        for index, ch in enumerate(ctx.text):
            if ch in forbidden:
                yield Hit("channel_limits.forbidden_char", index, index + 1,
                          args={"channel": ctx.channel.name, "char": ch})


RULE = ForbiddenChars()
