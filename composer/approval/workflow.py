"""The review workflow of a draft, Qt-free:

    draft → in_review → approved → exported → archived
                      ↘ changes_requested → in_review …

Anything not archived can be archived; anything past "draft" can be reopened (back to
"draft"). Every step records a StateChange with who took it and the note.

Rules. Error-level findings block sending to review and approving unless each one is
overridden (ignored with a written reason, kept in `draft.ignored`). The approver is the
person at this computer (their name from Settings, their own signing key); nobody
approves their own draft — the author's or the person who sent it to review, by name or
by key — unless the pack allows it (`[review] allow_self_approval = true`). An approval
is signed; it is recorded unsigned only where the pack allows unsigned approvals
(`[review] allow_unsigned = true`) and no key can be used. Names are compared ignoring
case and extra spaces.

Edits after approval. An approval is bound to the content hash of each channel variant,
so an edit voids it at once; the stored state is not rewritten behind anyone's back.
`effective_state(draft)` is the state to show and to act on: "approved" (or "exported")
only while every chosen channel has an approval that counts (composer.approval.trust:
current, verified — or unsigned where the pack allows it — and not the author's own),
otherwise "draft": the author has to send it to review again, which runs the error check
again. `record_changed_after_approval(draft, by)` writes that move into the history
explicitly (approved → draft, with what changed as the note). Exporting needs the state
"approved" (or "exported") and every channel's approval counting.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from checks.model import Finding, Severity
from composer.approval.approve import ApprovalStatus, Signer, approval_status, make_approval
from composer.approval.signing import SigningUnavailable
from composer.approval.team import ReviewPolicy, policy_for_pack
from composer.approval.trust import owners
from composer.model.draft import Draft, finding_key
from composer.model.draft_records import Approval, StateChange
from composer.messages import message

FROM: dict[str, frozenset[str]] = {
    "send_to_review": frozenset({"draft", "changes_requested"}),
    "approve": frozenset({"in_review"}),
    "request_changes": frozenset({"in_review"}),
    "export": frozenset({"approved", "exported"}),
    "archive": frozenset({"draft", "in_review", "changes_requested", "approved", "exported"}),
    "reopen": frozenset({"in_review", "changes_requested", "approved", "exported", "archived"}),
}


class WorkflowError(Exception):
    """A step that is not allowed now. `str(error)` is a plain sentence for the user;
    `key`/`details` name the message for translation; `findings` lists the blocking
    (channel, Finding) pairs when error-level findings are the reason."""

    def __init__(self, key: str, findings: Sequence[tuple[str, Finding]] = (), **details: object) -> None:
        self.key = key
        self.details = details
        self.findings = tuple(findings)
        super().__init__(message(key, **details))


# -- state ---------------------------------------------------------------------------
def channels_not_approved(draft: Draft, policy: ReviewPolicy | None = None) -> list[str]:
    """The chosen channels without an approval that counts ([] when all hold)."""
    policy = policy_for_pack(draft.pack) if policy is None else policy
    return [c for c in draft.channels if not approval_status(draft, c, policy).counts]


APPROVED_STATES = ("approved", "exported")


def effective_state(draft: Draft, policy: ReviewPolicy | None = None) -> str:
    """The draft's state as it really is: an approved or exported draft whose approvals no
    longer count for every chosen channel (edited, altered, the role changed) is a draft again."""
    if draft.state in APPROVED_STATES and channels_not_approved(draft, policy):
        return "draft"
    return draft.state


def effective_state_of(draft: Draft, statuses: Iterable[ApprovalStatus]) -> str:
    """effective_state from the approval statuses of every chosen channel, already computed."""
    if draft.state in APPROVED_STATES and not all(s.counts for s in statuses):
        return "draft"
    return draft.state


def record_changed_after_approval(draft: Draft, by: str) -> StateChange | None:
    """Write "approved → draft" into the history when an edit voided the approval."""
    if draft.state not in APPROVED_STATES or effective_state(draft) != "draft":
        return None
    changes = [c for ch in draft.channels for c in approval_status(draft, ch).changes]
    note = message("approval.status.void", changes=", ".join(dict.fromkeys(changes))) if changes else ""
    change = StateChange(draft.state, "draft", _name(by) or draft.author, note)
    draft.record_state(change)
    return change


# -- steps ---------------------------------------------------------------------------
def send_to_review(draft: Draft, findings_by_channel: Mapping[str, Iterable[Finding]], by: str,
                   note: str = "") -> StateChange:
    by = _require_name(by)
    _require_state(draft, "send_to_review")
    _require_no_blocking_errors(draft, findings_by_channel, "send_to_review")
    return _move(draft, "in_review", by, note)


def approve_draft(draft: Draft, findings_by_channel: Mapping[str, Iterable[Finding]], reviewer: str,
                  signer: Signer | None, policy: ReviewPolicy, note: str = "") -> dict[str, Approval]:
    """Approve every chosen channel's variant as it is now, as `reviewer` (the name set in
    Settings) with `signer` (this user's key); returns the approvals by channel.

    `signer` None, or one that cannot sign, records unsigned approvals only where the pack
    allows them; otherwise the approval is refused with the reason. An approval that
    would not count (the key is not the team's, it is the author's own) is refused too,
    and nothing is recorded.
    """
    _require_state(draft, "approve")
    reviewer = _name(reviewer)
    if not reviewer:
        raise WorkflowError("workflow.reviewer_needed")
    if not policy.allow_self_approval and any(_same_person(reviewer, owner) for owner in owners(draft)):
        raise WorkflowError("workflow.self_approval", reviewer=reviewer)
    _require_no_blocking_errors(draft, findings_by_channel, "approve")
    if signer is not None:
        ready, why = signer.available()
        if not ready:
            if not policy.allow_unsigned:
                raise WorkflowError("workflow.signing_needed", reason=why)
            signer = None
    try:
        approvals = {channel: make_approval(draft, channel, reviewer, signer) for channel in draft.channels}
    except SigningUnavailable as exc:
        raise WorkflowError("workflow.signing_needed", reason=str(exc)) from None
    if signer is None and not policy.allow_unsigned:
        raise WorkflowError("workflow.signing_needed", reason=message("approval.signing.no_signer"))
    trial = draft.duplicate(draft.title)
    trial.id, trial.history, trial.author, trial.approvals = draft.id, list(draft.history), draft.author, approvals
    for channel in draft.channels:
        status = approval_status(trial, channel, policy)
        if status.self_approval and not policy.allow_self_approval:
            raise WorkflowError("workflow.self_approval", reviewer=reviewer)
        if not status.counts:
            raise WorkflowError(f"workflow.approval_would_not_count.{status.trust}", reviewer=reviewer,
                                fingerprint=status.key_fingerprint, team=status.team_name or "—")
    for approval in approvals.values():
        draft.set_approval(approval)
    _move(draft, "approved", reviewer, note)
    return approvals


def request_changes(draft: Draft, reviewer: str, note: str) -> StateChange:
    _require_state(draft, "request_changes")
    reviewer = _name(reviewer)
    if not reviewer:
        raise WorkflowError("workflow.reviewer_needed")
    if not note.strip():
        raise WorkflowError("workflow.note_needed")
    return _move(draft, "changes_requested", reviewer, note)


def mark_exported(draft: Draft, by: str, note: str = "") -> StateChange:
    by = _require_name(by)
    _require_state(draft, "export")
    failing = channels_not_approved(draft)
    if failing:
        raise WorkflowError("workflow.approval_not_current", channels=", ".join(failing))
    return _move(draft, "exported", by, note)


def archive(draft: Draft, by: str, note: str = "") -> StateChange:
    by = _require_name(by)
    _require_state(draft, "archive")
    return _move(draft, "archived", by, note)


def reopen(draft: Draft, by: str, note: str = "") -> StateChange:
    by = _require_name(by)
    _require_state(draft, "reopen")
    return _move(draft, "draft", by, note)


# -- rules ---------------------------------------------------------------------------
def blocking_findings(draft: Draft, findings_by_channel: Mapping[str, Iterable[Finding]]) -> list[tuple[str, Finding]]:
    """Error-level findings of the chosen channels not overridden with a written reason."""
    blocking = []
    for channel in draft.channels:
        for finding in findings_by_channel.get(channel, ()):
            if finding.severity >= Severity.ERROR and not _overridden(draft, finding):
                blocking.append((channel, finding))
    return blocking


def _overridden(draft: Draft, finding: Finding) -> bool:
    item = draft.ignored.get(finding_key(finding))
    return item is not None and bool(item.reason.strip())


def _require_no_blocking_errors(draft: Draft, findings_by_channel: Mapping[str, Iterable[Finding]],
                                action: str) -> None:
    unchecked = [c for c in draft.channels if c not in findings_by_channel]
    if unchecked:
        raise WorkflowError("workflow.not_checked", channels=", ".join(unchecked))
    blocking = blocking_findings(draft, findings_by_channel)
    if blocking:
        count = len({finding_key(f) for _, f in blocking})
        key = "workflow.blocking_error" if count == 1 else "workflow.blocking_errors"
        raise WorkflowError(key, blocking, count=count, action=message(f"workflow.action.{action}"))


def _require_state(draft: Draft, action: str) -> None:
    state = effective_state(draft)
    if state not in FROM[action]:
        raise WorkflowError("workflow.not_allowed", state=message(f"workflow.state.{state}"),
                            action=message(f"workflow.action.{action}"))


def _require_name(by: str) -> str:
    name = _name(by)
    if not name:
        raise WorkflowError("workflow.name_needed")
    return name


def _name(text: str) -> str:
    return " ".join((text or "").split())


def _same_person(a: str, b: str) -> bool:
    return bool(b.strip()) and _name(a).casefold() == _name(b).casefold()


def _move(draft: Draft, to_state: str, by: str, note: str) -> StateChange:
    change = StateChange(draft.state, to_state, by, note.strip())
    draft.record_state(change)
    return change
