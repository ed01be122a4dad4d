"""mentions_hashtags.duplicate — the same hashtag twice.

Anti-pattern: "#Kesäkatu … #kesäkatu" (tags ignore case, so it is the same tag).
Best practice: one of each; the fix removes the repeat.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Fix, Severity
from checks.rules.base import Hit, Rule


class DuplicateHashtag(Rule):
    id = "mentions_hashtags.duplicate"
    category = "mentions_hashtags"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        seen: dict[str, str] = {}
        for tag in ctx.hashtags:
            key = tag.tag.casefold()
            if key not in seen:
                seen[key] = tag.tag
                continue
            start = tag.start
            while start > 0 and ctx.text[start - 1] in " \t":
                start -= 1
            yield Hit("mentions_hashtags.duplicate", tag.start, tag.end,
                      args={"tag": "#" + tag.tag, "first": "#" + seen[key]},
                      fix=Fix(start, tag.end, ""))


RULE = DuplicateHashtag()
