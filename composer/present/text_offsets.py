"""Python `str` indices (code points) ↔ Qt text positions (UTF-16 code units).

The engine reports spans as `str` indices; QTextDocument counts UTF-16 units, so every
character outside the Basic Multilingual Plane (most emoji) shifts Qt positions by one.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Offsets:
    """Converts positions for one text; built once per text, O(log n) per lookup."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]  # str indices of astral chars

    def to_qt(self, index: int) -> int:
        index = max(0, min(index, len(self.text)))
        return index + bisect_right(self._astral, index - 1)

    def from_qt(self, position: int) -> int:
        lo, hi = 0, len(self.text)
        while lo < hi:  # smallest str index whose Qt position is >= position
            mid = (lo + hi) // 2
            if self.to_qt(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo
