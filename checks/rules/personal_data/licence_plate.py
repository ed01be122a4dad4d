"""personal_data.licence_plate — a vehicle's registration number.

Anti-pattern: "Auto ABC-123 pysäköi taas invapaikalle" — identifies a person.
Best practice: describe the problem, not the vehicle. Only flagged with a vehicle word
nearby (context words are a setting in the base pack), so codes like COVID-19 or
LIFE-2024 never are.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

_PLATE = regex.compile(r"(?<![\p{L}\p{Nd}-])[A-ZÅÄÖ]{2,3}[- ]\d{1,3}(?![\p{L}\p{Nd}]|-\d)")
_WINDOW = 60


class LicencePlate(Rule):
    id = "personal_data.licence_plate"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False
    params = {"context_words": ["auto"]}

    def check(self, ctx: Context) -> Iterable[Hit]:
        words = [w.lower() for w in ctx.param("context_words", self.params["context_words"])]
        for m in _PLATE.finditer(ctx.text):
            around = ctx.text[max(0, m.start() - _WINDOW):m.end() + _WINDOW].lower()
            if any(regex.search(rf"(?<![\p{{L}}]){regex.escape(w)}", around) for w in words):
                yield Hit("personal_data.licence_plate", m.start(), m.end(), args={"plate": m.group()})


RULE = LicencePlate()
