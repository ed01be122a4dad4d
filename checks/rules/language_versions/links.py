"""language_versions.links — a link that differs between the versions, or is in one only
("only one side got the new link").

Compared in canonical form (no scheme, no "www.", no trailing slash). A pack's paired
domains (`[[language_versions.domains]]`, kokkola.fi / karleby.fi) are the same site in two
languages: a link to each, one per version, is a translated page, not a mismatch.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit, VersionRule
from checks.rules.language_versions._compare import fact_hits
from checks.versions.context import VersionsContext
from checks.versions.facts import canonical_url


def _host(url: str) -> str:
    return canonical_url(url).split("/")[0]


class Links(VersionRule):
    id = "language_versions.links"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        paired = set()
        for entry in ctx.pack.entries("language_versions.domains"):
            hosts = {entry[k].lower().removeprefix("www.") for k in ("fi", "sv", "en") if entry.get(k)}
            paired |= {(a, b) for a in hosts for b in hosts if a != b}
        for hit in fact_hits(ctx, ("url",), self.id):
            if hit.key.endswith(".differs") and (_host(hit.args["here"]), _host(hit.args["there"])) in paired:
                continue
            yield hit


RULE = Links()
