"""Compare the facts of each version with the primary version's.

Facts of a kind that differ on both sides are paired in text order ("klo 18" here, "kl. 19"
there) and reported once, on the secondary version, with the primary's span as the other
side. A fact on one side only is reported on the side that has it, unless the other side
says the same number in another form ("18-tiden" for "klo 18", "15" for "15 €"). Kinds in
`both_sides` (hashtags, weekdays) are compared only when both versions have some: a
bilingual post often gives its hashtags once, and "arkisin" / "vardagar" name no weekday.
"""
from __future__ import annotations

from typing import Iterable

from checks.model import Severity
from checks.rules.base import Hit
from checks.versions.context import VersionsContext
from checks.versions.facts import Fact


def loose(fact: Fact) -> str | None:
    """The bare number a fact also reads as, for matching across kinds."""
    if fact.kind == "time":
        hours, minutes = fact.value.split(":")
        return str(int(hours)) if minutes == "00" else f"{int(hours)}.{minutes}"
    if fact.kind == "sum":
        return fact.value.split()[0].removesuffix(".00")
    if fact.kind == "number":
        return fact.value
    return None


def _only(mine: list[Fact], theirs: list[Fact]) -> list[Fact]:
    values = {f.value for f in theirs}
    seen, out = set(), []
    for fact in mine:
        if fact.value not in values and fact.value not in seen:
            seen.add(fact.value)
            out.append(fact)
    return out


def _said_otherwise(fact: Fact, others: list[Fact]) -> bool:
    value = loose(fact)
    return value is not None and any(loose(o) == value for o in others if o.kind != fact.kind)


def fact_hits(ctx: VersionsContext, kinds: tuple[str, ...], key: str, both_sides: tuple[str, ...] = (),
              unpaired_severity: dict[str, Severity] | None = None) -> Iterable[Hit]:
    written = ctx.written
    if len(written) < 2 or written[0] != ctx.primary:
        return
    primary = ctx.primary
    for version in written[1:]:
        mine_all, theirs_all = ctx.facts(version), ctx.facts(primary)
        for kind in kinds:
            mine = [f for f in mine_all if f.kind == kind]
            theirs = [f for f in theirs_all if f.kind == kind]
            if kind in both_sides and not (mine and theirs):
                continue
            mine_only, theirs_only = _only(mine, theirs), _only(theirs, mine)
            for here, there in zip(mine_only, theirs_only):
                yield Hit(f"{key}.differs", here.start, here.end, version=version,
                          other=(primary, there.start, there.end),
                          args={"here": here.raw, "there": there.raw, "other_in": ctx.version_name(primary, "in")})
            pairs = min(len(mine_only), len(theirs_only))
            severity = (unpaired_severity or {}).get(kind)
            for fact in mine_only[pairs:]:
                if not _said_otherwise(fact, theirs_all):
                    yield _missing(ctx, key, fact, version, primary, severity)
            for fact in theirs_only[pairs:]:
                if not _said_otherwise(fact, mine_all):
                    yield _missing(ctx, key, fact, primary, version, severity)


def _missing(ctx: VersionsContext, key: str, fact: Fact, version: str, lacking: str,
             severity: Severity | None) -> Hit:
    return Hit(f"{key}.missing", fact.start, fact.end, version=version, other=(lacking, None, None),
               args={"here": fact.raw, "other_from": ctx.version_name(lacking, "from")}, severity=severity)
