"""channel_limits.links — links the channel limits or does not make clickable.

Anti-pattern: six links on Threads (it takes five); a web address in an Instagram or
TikTok caption, where readers cannot click it.
Best practice: point to the link in the profile, or shorten the list of links.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class Links(Rule):
    id = "channel_limits.links"
    category = "channel_limits"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterable[Hit]:
        spec = ctx.channel
        urls = ctx.urls
        if spec.links_max is not None and len(urls) > spec.links_max:
            first_extra = urls[spec.links_max]
            yield Hit("channel_limits.links.too_many", first_extra[0], urls[-1][1],
                      args={"channel": spec.name, "count": len(urls), "limit": spec.links_max})
        if not spec.links_clickable:
            for start, end in urls:
                yield Hit("channel_limits.links.not_clickable", start, end,
                          args={"channel": spec.name}, severity=Severity.INFO)


RULE = Links()
