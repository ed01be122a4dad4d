"""personal_data.iban — a bank account number (IBAN) with a valid checksum.

Anti-pattern: a private person's account number in a post ("lahjoitukset tilille FI21…").
Best practice: point to the organisation's official payment page instead.
"""
from __future__ import annotations

from typing import Iterable

import regex
from stdnum import iban

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

_CANDIDATE = regex.compile(r"(?<![\p{L}\p{Nd}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\p{L}\p{Nd}])")


class Iban(Rule):
    id = "personal_data.iban"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for m in _CANDIDATE.finditer(ctx.text):
            if iban.is_valid(m.group()):
                yield Hit("personal_data.iban", m.start(), m.end())


RULE = Iban()
