"""channel_limits.media_count — no more images or videos than the channel takes.

Anti-pattern: five photos for X (it takes four) or a video mixed with photos.
Best practice: choose the images per channel; the channel refuses the rest.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class MediaCount(Rule):
    id = "channel_limits.media_count"
    category = "channel_limits"
    severity = Severity.ERROR

    def check(self, ctx: Context) -> Iterable[Hit]:
        spec = ctx.channel
        images, videos = len(ctx.images), len(ctx.videos)
        if spec.images_max is not None and images > spec.images_max:
            yield Hit("channel_limits.media.images", target="post",
                      args={"channel": spec.name, "count": images, "limit": spec.images_max})
        if spec.videos_max is not None and videos > spec.videos_max:
            yield Hit("channel_limits.media.videos", target="post",
                      args={"channel": spec.name, "count": videos, "limit": spec.videos_max})
        if spec.videos_max is not None and videos and images:
            yield Hit("channel_limits.media.mixed", target="post", args={"channel": spec.name})


RULE = MediaCount()
