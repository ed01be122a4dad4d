"""The team records a review package would add — approvals, state changes, comments — to
show the user before anything is merged, and the ones refused outright.

Refused, whatever the user says: a record dated in the future (more than a few minutes
ahead of this computer's clock) or with no valid date; an approval that is invalid (altered,
a signature that does not check, one copied from another draft, a listed reviewer's
approval stripped of its signature); an approval by an owner of the draft (by name or key)
where the pack does not allow self-approval; an unsigned approval that would replace a
signed one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from composer.approval.approve import approval_status
from composer.approval.team import ReviewPolicy
from composer.model.draft import Draft
from composer.model.draft_records import Approval, Comment, StateChange
from composer.model.step_order import merged

CLOCK_SKEW = timedelta(minutes=10)


@dataclass(frozen=True)
class Refused:
    kind: str  # "approval", "state" or "comment"
    record: Approval | StateChange | Comment
    reason: str  # "future", "bad_date", "invalid", "self_approval" or "unsigned_over_signed"


@dataclass(frozen=True)
class IncomingRecords:
    comments: tuple[Comment, ...] = ()
    history: tuple[StateChange, ...] = ()
    approvals: tuple[Approval, ...] = ()
    refused: tuple[Refused, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.comments or self.history or self.approvals or self.refused)

    @property
    def to_add(self) -> bool:
        return bool(self.comments or self.history or self.approvals)


def parse_time(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return value if value.tzinfo is not None else None


def _date_problem(at: str, now: datetime) -> str:
    when = parse_time(at)
    if when is None:
        return "bad_date"
    return "future" if when > now + CLOCK_SKEW else ""


def _new_dated(kind: str, theirs, ours, now: datetime, refused: list[Refused]) -> list:
    """`theirs` records (comments or steps) whose id `ours` lacks, in order; those with a
    future or missing date go to `refused` instead."""
    known = {record.id for record in ours}
    new = []
    for record in theirs:
        if record.id in known:
            continue
        problem = _date_problem(record.at, now)
        if problem:
            refused.append(Refused(kind, record, problem))
        else:
            new.append(record)
    return new


def _signed(approval: Approval) -> bool:
    return bool(approval.signature or approval.public_key)


def incoming_records(local: Draft | None, theirs: Draft, policy: ReviewPolicy,
                     now: datetime | None = None) -> IncomingRecords:
    """What `theirs` (a package's draft) adds to `local` (None: a new draft), sorted into
    records to show and records refused. `policy` is the review policy of the draft's pack
    with this computer's user (ReviewPolicy.with_user)."""
    now = now or datetime.now(timezone.utc)
    refused: list[Refused] = []
    comments = _new_dated("comment", theirs.comments, local.comments if local else [], now, refused)
    history = _new_dated("state", theirs.history, local.history if local else [], now, refused)
    approvals = []
    judged = _with_history(theirs, local, history)
    for channel, approval in theirs.approvals.items():
        ours = local.approvals.get(channel) if local else None
        if ours == approval:
            continue
        problem = _date_problem(approval.at, now)
        if not problem:
            problem = _approval_problem(judged, channel, approval, ours, policy)
        (refused.append(Refused("approval", approval, problem)) if problem else approvals.append(approval))
    return IncomingRecords(tuple(comments), tuple(history), tuple(approvals), tuple(refused))


def _with_history(theirs: Draft, local: Draft | None, history: list[StateChange]) -> Draft:
    """Their draft with the history both sides know, to judge who owns it (author, sender)."""
    judged = theirs.duplicate(theirs.title)
    judged.id = theirs.id
    judged.author = local.author if local is not None and local.author else theirs.author
    judged.history = merged(local.history if local else [], history)
    return judged


def _approval_problem(draft: Draft, channel: str, approval: Approval, ours: Approval | None,
                      policy: ReviewPolicy) -> str:
    if ours is not None and _signed(ours) and not _signed(approval):
        return "unsigned_over_signed"
    draft.approvals = {channel: approval}
    status = approval_status(draft, channel, policy)
    if status.trust == "invalid":
        return "invalid"
    if status.self_approval and not policy.allow_self_approval:
        return "self_approval"
    return ""
