"""language_versions.contacts — a phone number or e-mail address that differs between the versions, or is in one only.

Compared in canonical form (checks.versions.facts), so different spellings of the same
fact agree.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.rules.language_versions._compare import fact_hits
from checks.versions.context import VersionsContext


class Contacts(VersionRule):
    id = "language_versions.contacts"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        return fact_hits(ctx, ("phone", "email"), self.id, both_sides=())


RULE = Contacts()
