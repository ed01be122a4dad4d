"""accessibility.captions — a video without captions.

Finnish law (laki digitaalisten palvelujen tarjoamisesta 306/2019) requires captions on
recorded video published by the public sector.
Best practice: add captions (or burn them in) and tick "captions" for the video.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class Captions(Rule):
    id = "accessibility.captions"
    category = "accessibility"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for index in ctx.videos:
            if ctx.post.media[index].captions is not True:
                yield Hit("accessibility.captions", target=f"media:{index}", args={"number": index + 1})


RULE = Captions()
