"""language_versions.official_names — an official name in the wrong language.

The pack's term base pairs names (`[[language_versions.names]]`: Kokkolan kaupunki /
Karleby stad, Kaupungintalo / Stadshuset, street names). A Finnish name in the Swedish
version (or the reverse) gets a warning with the right name; the one-click fix is offered
when the name stands in its base form ("Torikatu" → "Torggatan"), not when it is
inflected ("Torikadulla"), where a replacement would break the sentence. A name written
next to its translation ("Kokkolan kaupunki – Karleby stad") is a bilingual pair, not an
error.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Fix, Severity
from checks.rules.base import Hit, VersionRule
from checks.versions.context import VersionsContext
from checks.versions.names import find_names

PAIR_GAP = 12  # characters between a name and its translation written beside it


class OfficialNames(VersionRule):
    id = "language_versions.official_names"
    category = "language_versions"
    severity = Severity.WARNING

    def check_versions(self, ctx: VersionsContext) -> Iterable[Hit]:
        entries = ctx.pack.entries("language_versions.names")
        if not entries:
            return
        for version in ctx.written:
            if version not in ("fi", "sv"):
                continue
            wrong = "sv" if version == "fi" else "fi"
            text = ctx.versions[version]
            own = find_names(text, entries, version)
            for hit in find_names(text, entries, wrong):
                right = hit.names.get(version)
                if not right or right.lower() == hit.name.lower():
                    continue
                if any(o.names == hit.names and (o.start - hit.end <= PAIR_GAP and hit.start - o.end <= PAIR_GAP)
                       for o in own):
                    continue
                found = text[hit.start:hit.end]
                fix = Fix(hit.start, hit.end, right) if found.lower() == hit.name.lower() else None
                yield Hit(f"{self.id}.wrong_language", hit.start, hit.end, version=version, fix=fix,
                          args={"name": found, "right": right})


RULE = OfficialNames()
