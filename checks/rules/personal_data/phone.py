"""personal_data.phone — a phone number.

Anti-pattern: "Soita Minnalle 040 555 1234" — a private number in a city post.
Best practice: the organisation's official numbers (the pack lists them, or a number
range with `prefix = true`; those are not flagged).
Fix: the pack's first official number in its place, or (a pack without one) removing the
number with the space before it — a masked "040 765 ****" is no use in any post.
Found with the phonenumbers library (region FI): every common spacing and +358. Dates,
times, sums, § numbers and postal codes are not phone numbers to it.
"""
from __future__ import annotations

from typing import Iterable

import phonenumbers

from checks.context import Context
from checks.model import Fix, Severity
from checks.rules.base import Hit, Rule


def e164(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, "FI")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def official_numbers(entries: list[dict]) -> tuple[set[str], tuple[str, ...]]:
    """The pack's numbers in E.164, and its number ranges as E.164 prefixes."""
    exact, prefixes = set(), []
    for entry in entries:
        if entry.get("prefix"):
            digits = "".join(ch for ch in entry["number"] if ch.isdigit() or ch == "+")
            prefixes.append(digits if digits.startswith("+") else "+358" + digits.lstrip("0"))
        elif (number := e164(entry["number"])) is not None:
            exact.add(number)
    return exact, tuple(prefixes)


def replacement_fix(text: str, start: int, end: int, entries: list[dict]) -> Fix:
    """The pack's first official number (not a range) instead of text[start:end], else
    the number removed together with the spaces before it."""
    number = next((entry["number"] for entry in entries if not entry.get("prefix") and entry.get("number")), None)
    if number is not None:
        return Fix(start, end, number)
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return Fix(start, end, "")


class Phone(Rule):
    id = "personal_data.phone"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        if not any(map(str.isdigit, ctx.text)):  # in C: this runs on every keystroke
            return
        entries = ctx.pack.entries("organisation.phones")
        official, ranges = official_numbers(entries)
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(ctx.text, "FI"))
        except Exception:  # the library on odd input: no phone numbers found
            return
        for m in matches:
            number = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            if number not in official and not number.startswith(ranges):
                yield Hit("personal_data.phone.private", m.start, m.end, args={"number": m.raw_string},
                          fix=replacement_fix(ctx.text, m.start, m.end, entries))


RULE = Phone()
