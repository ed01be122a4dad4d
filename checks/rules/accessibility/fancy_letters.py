"""accessibility.fancy_letters — "fancy" letters that screen readers read as gibberish.

Anti-pattern: "𝐓𝐞𝐫𝐯𝐞𝐭𝐮𝐥𝐨𝐚", "Ⓚⓞⓚⓚⓞⓛⓐ", "ＫＯＫＫＯＬＡ" — look bold or round, but a screen
reader says "mathematical bold capital T, …" or nothing, and search does not find them.
Best practice: plain letters; the fix replaces them.
Flagged: characters in the Mathematical Alphanumeric Symbols block, enclosed and squared
letters, and fullwidth Latin, whose compatibility form (NFKC) is a plain letter or digit.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from checks.context import Context
from checks.model import Fix, Severity
from checks.rules.base import Hit, Rule

_FANCY_BLOCKS = (
    (0x1D400, 0x1D7FF),  # Mathematical Alphanumeric Symbols
    (0x2460, 0x24FF),    # Enclosed Alphanumerics (Ⓐ ⓐ ①)
    (0x1F100, 0x1F1FF),  # Enclosed Alphanumeric Supplement (🄰 🅐), not regional indicators
    (0xFF10, 0xFF19),    # fullwidth digits
    (0xFF21, 0xFF3A),    # fullwidth capitals
    (0xFF41, 0xFF5A),    # fullwidth small letters
    (0x2100, 0x214F),    # Letterlike Symbols (ℌ ℭ ℑ ℜ ℨ)
)


_CANDIDATE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _FANCY_BLOCKS) + "]")


def is_fancy(ch: str) -> bool:
    code = ord(ch)
    if not any(lo <= code <= hi for lo, hi in _FANCY_BLOCKS) or 0x1F1E6 <= code <= 0x1F1FF:
        return False
    plain = unicodedata.normalize("NFKC", ch)
    return len(plain) == 1 and plain.isascii() and plain.isalnum()


class FancyLetters(Rule):
    id = "accessibility.fancy_letters"
    category = "accessibility"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        text = ctx.text
        first = _CANDIDATE.search(text)
        if first is None:
            return
        i = first.start()
        while i < len(text):
            if not is_fancy(text[i]):
                i += 1
                continue
            start = i
            while i < len(text) and (is_fancy(text[i]) or unicodedata.combining(text[i])
                                     or (text[i] == " " and i + 1 < len(text) and is_fancy(text[i + 1]))):
                i += 1
            plain = unicodedata.normalize("NFKC", text[start:i])
            yield Hit("accessibility.fancy_letters", start, i, args={"plain": plain},
                      fix=Fix(start, i, plain))


RULE = FancyLetters()
