"""mentions_hashtags.digits_only — "#2025" is not a hashtag.

Anti-pattern: a tag of digits only ("#123", "#2025"); channels do not link it.
Best practice: add a word: #Kesä2025.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

_DIGIT_TAG = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}_&#＃/])[#＃]\p{Nd}+(?![\p{L}\p{M}\p{Nd}_])")


class DigitsOnly(Rule):
    id = "mentions_hashtags.digits_only"
    category = "mentions_hashtags"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for m in _DIGIT_TAG.finditer(ctx.text):
            if any(s <= m.start() < e for s, e in ctx.urls):
                continue
            yield Hit("mentions_hashtags.digits_only", m.start(), m.end(), args={"tag": m.group()})


RULE = DigitsOnly()
