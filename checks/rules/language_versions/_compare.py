"""Compare the facts of each version with the primary version's.

Facts of a kind that differ on both sides are paired in text order ("klo 18" here, "kl. 19"
there) and reported once, on the secondary version, with the primary's span as the other
side. When both versions have the same number of paragraphs (a translation paragraph by
paragraph) and their facts differ as a whole, the paragraphs are compared pair by pair,
counting repeats, so a changed time is found even when the same time stands elsewhere
in the post; a fact only on one side is then reported only if the other version does not
have it anywhere. A fact on one side only is reported on the side that has it, unless the other side
says the same number in another form ("18-tiden" for "klo 18", "15" for "15 €"). Kinds in
`both_sides` (hashtags, weekdays) are compared only when both versions have some: a
bilingual post often gives its hashtags once, and "arkisin" / "vardagar" name no weekday.
"""
from __future__ import annotations

from typing import Iterable

from collections import Counter

from checks.language.paragraphs import paragraph_spans
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


def _unmatched(mine: list[Fact], theirs: list[Fact]) -> list[Fact]:
    """`mine` without the facts `theirs` matches one for one (repeats counted)."""
    left = Counter(f.value for f in theirs)
    out = []
    for fact in mine:
        if left[fact.value]:
            left[fact.value] -= 1
        else:
            out.append(fact)
    return out


def _aligned(ctx: VersionsContext, version: str) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """(primary paragraph, version paragraph) spans when both have the same count (> 1)."""
    primary = paragraph_spans(ctx.versions[ctx.primary])
    mine = paragraph_spans(ctx.versions[version])
    return list(zip(primary, mine)) if len(primary) == len(mine) > 1 else None


def _within(facts: list[Fact], span: tuple[int, int]) -> list[Fact]:
    return [f for f in facts if span[0] <= f.start < span[1]]


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
            severity = (unpaired_severity or {}).get(kind)
            aligned = _aligned(ctx, version) if Counter(f.value for f in mine) != Counter(f.value for f in theirs) \
                else None
            if aligned is None:
                groups = [(_only(mine, theirs), _only(theirs, mine))]
            else:
                groups = [(_unmatched(_within(mine, b), _within(theirs, a)), _unmatched(_within(theirs, a), _within(mine, b)))
                          for a, b in aligned]
            mine_values, their_values = {f.value for f in mine}, {f.value for f in theirs}
            for mine_only, theirs_only in groups:
                for here, there in zip(mine_only, theirs_only):
                    yield Hit(f"{key}.differs", here.start, here.end, version=version,
                              other=(primary, there.start, there.end),
                              args={"here": here.raw, "there": there.raw,
                                    "other_in": ctx.version_name(primary, "in")})
                pairs = min(len(mine_only), len(theirs_only))
                for fact in mine_only[pairs:]:
                    if fact.value not in their_values and not _said_otherwise(fact, theirs_all):
                        yield _missing(ctx, key, fact, version, primary, severity)
                for fact in theirs_only[pairs:]:
                    if fact.value not in mine_values and not _said_otherwise(fact, mine_all):
                        yield _missing(ctx, key, fact, primary, version, severity)


def _missing(ctx: VersionsContext, key: str, fact: Fact, version: str, lacking: str,
             severity: Severity | None) -> Hit:
    return Hit(f"{key}.missing", fact.start, fact.end, version=version, other=(lacking, None, None),
               args={"here": fact.raw, "other_from": ctx.version_name(lacking, "from")}, severity=severity)
