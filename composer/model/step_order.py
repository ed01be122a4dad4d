"""Which workflow step came last: by the workflow's own order, not by the clock.

Every step (StateChange) has an `id` and names the step it follows (`after`: the id of the
draft's latest step when it was taken, "" for the first). Two laptops exchanging review
packages never share a clock, and step times have whole seconds: a reviewer's "request
changes" and the author's re-sent "in review" can carry the same second, or the re-send an
earlier one when the author's clock is behind. Ordering by time then showed the older step
as the latest (a state that was not true) — and identifying steps by (time, state, who)
made the author's second "in review" look like her first one, so it was never merged.

`ordered(steps)` puts steps in causal order: a step always comes after the step it
follows, whatever the clocks say. Only steps taken independently after the same step
(both sides acted on the same state without seeing each other's step) are ordered by
their times, then by id, so every computer orders them the same way. `merged` is the
union of two histories by id, in that order; the latest step is its last.

Steps written before steps had ids get them when read (`with_step_ids`): the id is a hash
of what the step says, the same on every computer, and each follows the step before it in
the list it came in (the same step twice in one second: the second one's id gets "-2").
"""
from __future__ import annotations

import hashlib
import heapq
import json
from typing import Any, Iterable, Sequence, TypeVar

from composer.model.draft_records import StateChange

Step = TypeVar("Step", StateChange, dict)


def _get(step: Any, name: str) -> str:
    return step[name] if isinstance(step, dict) else getattr(step, name)


def step_id(step: Any) -> str:
    return _get(step, "id")


def legacy_step_id(step: dict[str, Any]) -> str:
    """The id of a step stored without one: the same on every computer for the same step."""
    fields = [step.get(k, "") for k in ("at", "from_state", "to_state", "by", "note")]
    return "legacy-" + hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()[:24]


def with_step_ids(steps: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Step dicts (draft_to_dict form) with an id and `after` each; a step without an id
    gets the legacy id, one without `after` follows the step before it in the list."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for step in steps:
        if not isinstance(step, dict):
            out.append(step)  # the codec reports it
            continue
        filled = dict(step)
        if filled.get("id") in (None, ""):
            legacy = legacy_step_id(filled)
            filled["id"] = legacy if legacy not in seen else f"{legacy}-{sum(s.startswith(legacy) for s in seen) + 1}"
        if isinstance(filled["id"], str):  # anything else is the codec's to report
            seen.add(filled["id"])
        if "after" not in filled:
            previous = out[-1].get("id") if out and isinstance(out[-1], dict) else ""
            filled["after"] = previous if isinstance(previous, str) else ""
        out.append(filled)
    return out


def ordered(steps: Sequence[Step]) -> list[Step]:
    """The steps (unique by id: the first one of an id is kept) in causal order."""
    unique: dict[str, Step] = {}
    for step in steps:
        unique.setdefault(step_id(step), step)
    children: dict[str, list[Step]] = {}
    ready: list[tuple[str, str, Step]] = []
    for step in unique.values():
        after = _get(step, "after")
        if after and after != step_id(step) and after in unique:
            children.setdefault(after, []).append(step)
        else:  # the first step, or one whose predecessor this history lacks
            ready.append((_get(step, "at"), step_id(step), step))
    heapq.heapify(ready)
    out: list[Step] = []
    placed: set[str] = set()
    while ready:
        _at, sid, step = heapq.heappop(ready)
        out.append(step)
        placed.add(sid)
        for child in children.get(sid, ()):
            heapq.heappush(ready, (_get(child, "at"), step_id(child), child))
    # steps in a loop of `after`s (only a hand-made file has them) go last, by time
    rest = [s for s in unique.values() if step_id(s) not in placed]
    return out + sorted(rest, key=lambda s: (_get(s, "at"), step_id(s)))


def merged(ours: Sequence[Step], theirs: Sequence[Step]) -> list[Step]:
    """Both histories, each step once (ours on a clash of ids), in causal order."""
    both: list[Step] = list(ours) + list(theirs)
    return ordered(both)


def latest_is_theirs(ours: Sequence[Step], history: Sequence[Step]) -> bool:
    """True when the latest step of `history` (merged, in order) is one `ours` lacks."""
    return bool(history) and step_id(history[-1]) not in {step_id(s) for s in ours}
