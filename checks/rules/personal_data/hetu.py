"""personal_data.hetu — a Finnish personal identity code (henkilötunnus).

Guideline: "Älä … jaa henkilötietoja, joiden käyttöön ei ole asianomaisen hyväksyntää."
Anti-pattern: "131052-308T" in a post. Best practice: never publish one; the fix masks it.
Checked with python-stdnum (date, century sign incl. the 2023 signs, check character;
temporary 9xx numbers count). A wrong check character is still flagged: it looks like one.
"""
from __future__ import annotations

from typing import Iterable

import regex
from stdnum.fi import hetu

from checks.context import Context
from checks.model import Fix, Severity
from checks.rules.base import Hit, Rule

_CANDIDATE = regex.compile(
    r"(?<![\p{L}\p{Nd}])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)([-+ABCDEFUVWXY])(\d{3})([0-9A-Ya-y])"
    r"(?![\p{L}\p{Nd}])")


class Hetu(Rule):
    id = "personal_data.hetu"
    category = "personal_data"
    severity = Severity.ERROR
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for m in _CANDIDATE.finditer(ctx.text):
            code = m.group().upper()
            valid = hetu.is_valid(code, allow_temporary=True)
            masked = code[:7] + "****"
            yield Hit("personal_data.hetu.valid" if valid else "personal_data.hetu.lookalike", m.start(), m.end(),
                      args={"masked": masked}, fix=Fix(m.start(), m.end(), masked))


RULE = Hetu()
