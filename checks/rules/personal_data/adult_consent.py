"""personal_data.adult_consent — recognisable adults with no consent recorded.

Guideline: "Älä … jaa henkilötietoja, joiden käyttöön ei ole asianomaisen hyväksyntää."
Anti-pattern: a new employee's portrait marked "adults" and nothing about their consent.
Best practice: record who agreed, how and when. A crowd at a public event needs no
consent and stays quiet.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class AdultConsent(Rule):
    id = "personal_data.adult_consent"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for index, item in enumerate(ctx.post.media):
            record = item.people
            if record is not None and record.shows == "adults" and record.consent is None:
                yield Hit("personal_data.people.adult_no_consent", target=f"media:{index}",
                          args={"number": index + 1})


RULE = AdultConsent()
