"""personal_data.address — a street address; with a staircase and flat, a home.

Anti-pattern: "Asun Rantakatu 5 B 12, 67100 Kokkola" — someone's home in a post.
Best practice: no home addresses; a public building's visiting address is fine (info).
Street words (katu, tie, gatan, vägen, …) are a setting in the base pack.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


@lru_cache(maxsize=8)
def address_pattern(street_words: tuple[str, ...]) -> regex.Pattern:
    words = "|".join(regex.escape(w) for w in sorted(street_words, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{Nd}}])(?P<street>\p{{Lu}}[\p{{L}}-]*(?:{words}))\s+"
        r"(?P<number>\d{1,3}[a-z]?(?:\s?[–-]\s?\d{1,3})?)"
        r"(?P<flat>\s+(?:[A-H]\s?\d{1,3}[a-z]?|as\.?\s?\d{1,3}|bst\.?\s?\d{1,3}|lgh\.?\s?\d{1,4}))?"
        r"(?P<postal>,?\s+\d{5}(?:\s+\p{Lu}\p{Ll}+)?)?(?![\p{L}\p{Nd}])")


class Address(Rule):
    id = "personal_data.address"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False
    params = {"street_words": ["katu"]}

    def check(self, ctx: Context) -> Iterable[Hit]:
        words = tuple(ctx.param("street_words", self.params["street_words"]))
        if not words:
            return
        for m in address_pattern(words).finditer(ctx.text):
            if m.group("flat"):
                yield Hit("personal_data.address.home", m.start(), m.end(), args={"address": m.group()})
            else:
                yield Hit("personal_data.address.street", m.start(), m.end(), args={"address": m.group()},
                          severity=Severity.INFO)


RULE = Address()
