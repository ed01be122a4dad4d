"""One bilingual post from the language versions: fi first, then sv (then en), joined by
the pack's separator (`[language_versions] separator`, a blank line by default)."""
from __future__ import annotations

from typing import Iterable


def compose(versions: Iterable[tuple[str, str]], separator: str = "\n\n") -> tuple[str, list[tuple[str, int, int]]]:
    """The combined text and where each version sits in it: (version, start, end).
    Empty versions are left out; the order is fi, sv, en whatever the draft's order."""
    order = {"fi": 0, "sv": 1, "en": 2}
    parts = sorted(((v, t.rstrip()) for v, t in versions if t.strip()), key=lambda p: order.get(p[0], 9))
    text, spans = "", []
    for version, part in parts:
        if text:
            text += separator
        spans.append((version, len(text), len(text) + len(part)))
        text += part
    return text, spans
