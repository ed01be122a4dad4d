"""accessibility.alt_too_long — alt text over the channel's limit.

Anti-pattern: a 1,400-character description for X (1,000) — the channel cuts it.
Best practice: keep alt text short; put long explanations in the post itself.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class AltTooLong(Rule):
    id = "accessibility.alt_too_long"
    category = "accessibility"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterable[Hit]:
        limit = ctx.channel.alt_max
        if limit is None:
            return
        for index in ctx.images:
            alt = ctx.post.media[index].alt or ""
            if len(alt) > limit:
                yield Hit("accessibility.alt_too_long", target=f"media:{index}",
                          args={"number": index + 1, "channel": ctx.channel.name, "count": len(alt),
                                "limit": limit})


RULE = AltTooLong()
