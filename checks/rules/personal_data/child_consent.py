"""personal_data.child_consent — recognisable children without a guardian's consent.

Guideline: personal data is not published without the person's permission; for a pupil
the guardians give it (kopiraitti.fi; cities ask separately for social media use).
Anti-pattern: a school sports-day photo marked "children" with no consent, or with the
child's own "yes". Best practice: record the guardian's consent (signed form, the
school's photo-permission register, e-mail) with the date.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class ChildConsent(Rule):
    id = "personal_data.child_consent"
    category = "personal_data"
    severity = Severity.ERROR
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for index, item in enumerate(ctx.post.media):
            record = item.people
            if record is None or record.shows != "children":
                continue
            if record.consent is None:
                yield Hit("personal_data.people.child_no_consent", target=f"media:{index}",
                          args={"number": index + 1})
            elif record.consent.given_by != "guardian":
                yield Hit("personal_data.people.child_not_guardian", target=f"media:{index}",
                          args={"number": index + 1})


RULE = ChildConsent()
