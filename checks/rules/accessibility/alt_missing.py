"""accessibility.alt_missing — an image without alt text.

Guideline: accessibility; "Muista kuvien ja videoiden merkitys". Screen-reader users hear
nothing of an image without a description.
Best practice: describe what the image shows and why it is in the post.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class AltMissing(Rule):
    id = "accessibility.alt_missing"
    category = "accessibility"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for index in ctx.images:
            alt = ctx.post.media[index].alt
            if alt is None or not alt.strip():
                yield Hit("accessibility.alt_missing", target=f"media:{index}", args={"number": index + 1})


RULE = AltMissing()
