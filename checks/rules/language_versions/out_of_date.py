"""language_versions.out_of_date — a version was edited after the other was last touched.

"The Swedish version may be out of date" until someone edits it or marks it reviewed. The
composer knows the edit history and says which versions are behind (Post.stale).
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.versions.context import VersionsContext


class OutOfDate(VersionRule):
    id = "language_versions.out_of_date"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        for version, changed in ctx.post.stale:
            if version in ctx.written:
                yield Hit(f"{self.id}.stale", target="post", version=version, other=(changed, None, None),
                          args={"version": ctx.version_name(version, "nom"),
                                "changed": ctx.version_name(changed, "nom")})


RULE = OutOfDate()
