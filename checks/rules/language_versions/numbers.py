"""language_versions.numbers — a sum or number that differs between the versions ("15 €" / "20 euro").

Compared in canonical form (checks.versions.facts), so different spellings of the same
fact agree.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.rules.language_versions._compare import fact_hits
from checks.versions.context import VersionsContext


class Numbers(VersionRule):
    id = "language_versions.numbers"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        return fact_hits(ctx, ("sum", "number"), self.id, both_sides=(),
                         unpaired_severity={"number": Severity.INFO})


RULE = Numbers()
