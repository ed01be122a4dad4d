"""mentions_hashtags.broken_hashtag — a hashtag that stops where the writer did not mean.

Anti-pattern: "#Kokkola-päivä" becomes the tag #Kokkola followed by plain "-päivä";
"#Kokkola's" becomes #Kokkola.
Best practice: join the words without a hyphen: #KokkolaPäivä.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import Context
from checks.model import Fix, Severity
from checks.rules.base import Hit, Rule

# A joiner (hyphen, dash, apostrophe) right after the tag, then more letters or digits.
_TAIL = regex.compile(r"(?:[-‐‑–'’][\p{L}\p{M}\p{Nd}_]+)+")
_HYPHENS = "-‐‑–"


def camel_join(tag: str, tail: str) -> str:
    parts = [tag] + [p for p in regex.split(r"[-‐‑–]", tail) if p]
    return "".join(parts[:1] + [p[:1].upper() + p[1:] for p in parts[1:]])


class BrokenHashtag(Rule):
    id = "mentions_hashtags.broken_hashtag"
    category = "mentions_hashtags"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for tag in ctx.hashtags:
            tail = _TAIL.match(ctx.text, tag.end)
            if not tail:
                continue
            joiner = ctx.text[tag.end]
            fix = None
            if joiner in _HYPHENS and not any(c in "'’" for c in tail.group()):
                fix = Fix(tag.start, tail.end(), "#" + camel_join(tag.tag, tail.group()))
            yield Hit("mentions_hashtags.broken_hashtag", tag.start, tail.end(),
                      args={"written": ctx.text[tag.start:tail.end()], "tag": "#" + tag.tag, "char": joiner},
                      fix=fix)


RULE = BrokenHashtag()
