"""language_versions.missing — a version the pack requires is missing or empty.

Kokkola is officially bilingual: every post in Finnish and Swedish. Naantali requires
Swedish when the post is safety or health information (Language Act 423/2003, 32 §). An
error, so the draft cannot go to review without it.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.versions.context import VersionsContext


class Missing(VersionRule):
    id = "language_versions.missing"
    category = "language_versions"
    severity = Severity.ERROR

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        for version in ctx.required:
            if version in ctx.written:
                continue
            key = "empty" if version in ctx.versions else "absent"
            yield Hit(f"{self.id}.{key}", target="post", version=version,
                      args={"version": ctx.version_name(version, "nom")})


RULE = Missing()
