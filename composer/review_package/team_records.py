"""Both sides' team records, merged: nothing lost, nothing doubled, the same on re-import."""
from __future__ import annotations

from composer.model import step_order
from composer.model.draft_records import Approval, Comment, StateChange


def merge_comments(ours: list[Comment], theirs: list[Comment]) -> list[Comment]:
    """The union by id (ours wins a clash), sorted by time; ties keep their order."""
    by_id = {c.id: c for c in theirs} | {c.id: c for c in ours}
    order = dict.fromkeys([c.id for c in ours] + [c.id for c in theirs])
    return sorted((by_id[i] for i in order), key=lambda c: c.at)


def merge_history(ours: list[StateChange], theirs: list[StateChange]) -> list[StateChange]:
    """The union by step id, in the workflow's order (composer.model.step_order): a step
    comes after the step it follows, whatever the two computers' clocks said."""
    return step_order.merged(ours, theirs)


def theirs_is_newer(ours: list[StateChange], theirs: list[StateChange]) -> bool:
    """True when the latest step of both sides is one only they had (the reviewer
    approved or asked for changes after our last step), so the state follows theirs."""
    return step_order.latest_is_theirs(ours, merge_history(ours, theirs))


def merge_approvals(ours: dict[str, Approval], theirs: dict[str, Approval]) -> dict[str, Approval]:
    """Per channel, the newer approval (ours on a tie); a signed approval is never replaced
    by an unsigned one. Whether an approval still matches the content kept is for the
    approval code to say; here they are only carried (composer.review_package.incoming
    decides which of theirs are offered at all)."""
    merged = dict(ours)
    for channel, approval in theirs.items():
        mine = merged.get(channel)
        if mine is not None and (mine.signature or mine.public_key) and not approval.signature:
            continue
        if mine is None or approval.at > mine.at:
            merged[channel] = approval
    return merged
