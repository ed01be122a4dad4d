"""personal_data.people_unrecorded — an image or video with no people record.

Guideline: "Älä … jaa henkilötietoja, joiden käyttöön ei ole asianomaisen hyväksyntää."
A recognisable person in a photo is personal data (the Data Protection Ombudsman's line).
Best practice: say who the picture shows (nobody recognisable, adults, children, a crowd
at a public event) before the draft goes to review, so the reviewer sees that someone
checked. Warning: the media card asks "who is in this picture?".
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class PeopleUnrecorded(Rule):
    id = "personal_data.people_unrecorded"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        for index, item in enumerate(ctx.post.media):
            if item.people is None:
                yield Hit(f"personal_data.people.unrecorded_{item.kind}", target=f"media:{index}",
                          args={"number": index + 1})


RULE = PeopleUnrecorded()
