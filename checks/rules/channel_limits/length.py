"""channel_limits.length — the text fits the channel, counted the channel's way.

Anti-pattern: a post that the channel cuts or refuses ("285 / 280").
Best practice: over the limit is an error that says by how much, in the channel's own
unit (X weighted, Bluesky graphemes and bytes, YouTube bytes); close to it is info.
"""
from __future__ import annotations

from typing import Iterable

from checks.channels.counting import UNITS, count_utf8_bytes
from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class ChannelLength(Rule):
    id = "channel_limits.length"
    category = "channel_limits"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterable[Hit]:
        spec = ctx.channel
        count = spec.count(ctx.text)
        unit = UNITS[spec.counting]
        args = {"channel": spec.name, "count": count.total, "limit": spec.text_max}
        if count.cut is not None:
            yield Hit(f"channel_limits.over.{unit}", count.cut, len(ctx.text),
                      args=dict(args, over=count.total - spec.text_max))
        elif count.total >= spec.text_max * spec.near_ratio and count.total > 0:
            yield Hit(f"channel_limits.near.{unit}", None, None, target="post",
                      args=dict(args, left=spec.text_max - count.total), severity=Severity.INFO)
        if spec.bytes_max:
            in_bytes = count_utf8_bytes(ctx.text, spec.bytes_max)
            if in_bytes.cut is not None:
                yield Hit("channel_limits.over.bytes", in_bytes.cut, len(ctx.text),
                          args={"channel": spec.name, "count": in_bytes.total, "limit": spec.bytes_max,
                                "over": in_bytes.total - spec.bytes_max})


RULE = ChannelLength()
