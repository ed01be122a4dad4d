"""language_versions.dates — a date or weekday that differs between the versions ("12.12." / "13 december").

Compared in canonical form (checks.versions.facts), so different spellings of the same
fact agree.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.rules.language_versions._compare import fact_hits
from checks.versions.context import VersionsContext


class Dates(VersionRule):
    id = "language_versions.dates"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        return fact_hits(ctx, ("date", "weekday"), self.id, both_sides=("weekday",))


RULE = Dates()
