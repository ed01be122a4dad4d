"""mentions_hashtags.brand_tags — the organisation's own hashtags, suggested and spelled right.

Anti-pattern: a city post without the city's brand tag, or "#kokkolakarleby" in lower case.
Best practice: the pack's brand tags (Kokkola: #KokkolaKarleby, #LaajempiHorisontti),
written as the brand writes them. Info only: a suggestion, never a blocker.
The reminder tells posts apart: it comes when the post is tagged (carries hashtags) but
with none of the pack's tags — not on every untagged post — and once per draft (the
composer keeps one for all channels, see checks/draft_notes.py).
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Fix, Severity
from checks.rules.base import Hit, Rule


class BrandTags(Rule):
    id = "mentions_hashtags.brand_tags"
    category = "mentions_hashtags"
    severity = Severity.INFO
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        brand = [e["tag"].lstrip("#") for e in ctx.pack.entries("brand.hashtags")
                 if ctx.post.role in e.get("roles", [ctx.post.role])]
        if not brand or not ctx.text.strip():
            return
        by_key = {b.casefold(): b for b in brand}
        used = False
        for tag in ctx.hashtags:
            proper = by_key.get(tag.tag.casefold())
            if proper is None:
                continue
            used = True
            if tag.tag != proper:
                yield Hit("mentions_hashtags.brand_tags.spelling", tag.start, tag.end,
                          args={"tag": "#" + tag.tag, "brand": "#" + proper},
                          fix=Fix(tag.start, tag.end, "#" + proper))
        if not used and ctx.hashtags:
            yield Hit("mentions_hashtags.brand_tags.suggest", target="post",
                      args={"tags": " ".join("#" + b for b in brand)})


RULE = BrandTags()
