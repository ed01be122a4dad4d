"""Two writers, one draft: the window's autosave and `somevahti export` (another process)
may both save the same draft. A save made from a draft read before the other's save is
stale; storage then merges instead of overwriting (the window's next autosave used to turn
"exported" back into "approved" and drop the history entry).

The team's records — comments, state changes, approvals — are merged three ways against
what the stale writer last read (`TeamBase`): a record either side added is kept, a record
either side removed stays removed. The state follows the side whose state change is the
latest in the workflow's order (a step follows the step it answers, whatever the clocks
say: composer.model.step_order). Content (texts, media, title…) is the saver's, except for a save of records only
(`somevahti export` records a step, it never edits), which keeps the stored content.
Works on the draft_to_dict form and the stored form alike (the records look the same).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from composer.model import step_order

TEAM_KEYS = ("comments", "history", "approvals", "state")


def _comment(c: dict) -> tuple:
    return (c["id"],)


def _change(h: dict) -> tuple:
    return (h["id"],)


def _approval(a: dict) -> tuple:
    return (a["channel"], a["at"], a["reviewer"], a["content_hash"], a.get("signature", ""))


@dataclass(frozen=True)
class TeamBase:
    """The keys of the records a writer last read (or wrote) for one draft."""
    comments: frozenset = frozenset()
    history: frozenset = frozenset()
    approvals: frozenset = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any]) -> "TeamBase":
        return cls(frozenset(map(_comment, data.get("comments", ()))), frozenset(map(_change, data.get("history", ()))),
                   frozenset(map(_approval, data.get("approvals", ()))))


def _three_way(ours: list[dict], theirs: list[dict], base: frozenset, key: Callable[[dict], tuple]) -> list[dict]:
    ours_keys, theirs_keys = {key(x) for x in ours}, {key(x) for x in theirs}
    kept = [x for x in ours if key(x) in theirs_keys or key(x) not in base]
    added = [x for x in theirs if key(x) not in ours_keys and key(x) not in base]
    return kept + added


def _newest_per_channel(approvals: Iterable[dict]) -> list[dict]:
    by_channel: dict[str, dict] = {}
    for approval in approvals:
        held = by_channel.get(approval["channel"])
        if held is None or approval["at"] > held["at"]:
            by_channel[approval["channel"]] = approval
    return list(by_channel.values())


def merge_team_records(ours: dict[str, Any], theirs: dict[str, Any], base: TeamBase) -> dict[str, Any]:
    """The merged comments, history, approvals and state (the TEAM_KEYS of a draft dict)."""
    history = step_order.ordered(_three_way(ours["history"], theirs["history"], base.history, _change))
    theirs_latest = step_order.latest_is_theirs(ours["history"], history)
    return {
        "comments": sorted(_three_way(ours["comments"], theirs["comments"], base.comments, _comment),
                           key=lambda c: c["at"]),
        "history": history,
        "approvals": _newest_per_channel(_three_way(ours["approvals"], theirs["approvals"], base.approvals,
                                                    _approval)),
        "state": theirs["state"] if theirs_latest else ours["state"],
    }


def merge_stale(ours: dict[str, Any], theirs: dict[str, Any], base: TeamBase, *, keep_stored_content: bool) -> dict:
    """`ours` (a stale save) merged with `theirs` (what is stored now)."""
    content = theirs if keep_stored_content else ours
    return content | merge_team_records(ours, theirs, base)


def same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when the two differ at most in their team records."""
    return {k: v for k, v in a.items() if k not in TEAM_KEYS} == {k: v for k, v in b.items() if k not in TEAM_KEYS}
