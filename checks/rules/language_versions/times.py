"""language_versions.times — a clock time that differs between the language versions ("klo 18" / "kl. 19"), or is in one only.

Compared in canonical form (checks.versions.facts), so different spellings of the same
fact agree.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.rules.language_versions._compare import fact_hits
from checks.versions.context import VersionsContext


class Times(VersionRule):
    id = "language_versions.times"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        return fact_hits(ctx, ("time",), self.id, both_sides=())


RULE = Times()
