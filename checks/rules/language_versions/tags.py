"""language_versions.tags — a hashtag or @handle that differs between the versions (the pack may pair translated hashtags).

Compared in canonical form (checks.versions.facts), so different spellings of the same
fact agree.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.rules.language_versions._compare import fact_hits
from checks.versions.context import VersionsContext


class Tags(VersionRule):
    id = "language_versions.tags"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        return fact_hits(ctx, ("hashtag", "handle"), self.id, both_sides=("hashtag",))


RULE = Tags()
