"""channel_limits.fold — the key details hide behind "see more".

Anti-pattern: the date, time or link of an event comes only after the fold, so the reader
sees "… näytä lisää" and not when or where ("Tervetuloa … Nähdään lauantaina klo 12–15!").
Best practice: know the fold; the first ~125 characters on Facebook and Instagram mobile,
~210 on LinkedIn, ~100 in a YouTube description, carry the message.
The note tells posts apart: it fires only when a key detail (a date, a clock time, a
link, an e-mail address or a phone number) lies after the fold and none before it — not
on every post longer than the fold. It names the detail, not the visible text; a draft
gets one note for all its channels (checks/draft_notes.py collapses them).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule
from checks.text.words import word_at

_DETAIL = regex.compile(
    r"(?<![\p{L}\p{Nd}])(?:"
    r"\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?(?!\d)"  # 12.5. / 12.5.2026
    r"|(?:klo|kl\.?|kello|at)\s+\d{1,2}(?:[.:]\d{2})?(?:\s?[–-]\s?\d{1,2}(?:[.:]\d{2})?)?"  # klo 12–15
    r"|\d{1,2}[.:]\d{2}\s?[–-]\s?\d{1,2}[.:]\d{2}"  # 12.00–15.00
    r"|[\w.+-]+@[\w-]+\.[\w.]+"  # e-mail
    r"|(?:\+358|0)\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}"  # phone
    r")", regex.IGNORECASE)


@lru_cache(maxsize=8)
def _first_detail_match(text: str) -> tuple[int, int] | None:
    """The first date, time, e-mail or phone number (remembered: every channel with a fold
    asks about the same text)."""
    m = _DETAIL.search(text)
    return None if m is None else (m.start(), m.end())


def first_key_detail(ctx: Context) -> tuple[int, int] | None:
    """The span of the first key detail (the earliest, the shorter of two that start
    together): a date, a time, an e-mail address, a phone number or a link."""
    found = [span for span in (_first_detail_match(ctx.text), ctx.urls[0] if ctx.urls else None) if span]
    return min(found) if found else None


class Fold(Rule):
    id = "channel_limits.fold"
    category = "channel_limits"
    severity = Severity.INFO

    def check(self, ctx: Context) -> Iterable[Hit]:
        fold = ctx.channel.fold
        text = ctx.text
        if not fold or len(text.rstrip()) <= fold:
            return
        start, _ = word_at(text, fold)
        first = first_key_detail(ctx)
        if first is None or first[0] < start:
            return
        yield Hit("channel_limits.fold", first[0], first[1],
                  args={"channel": ctx.channel.name, "fold": fold, "found": text[first[0]:first[1]]})


RULE = Fold()
