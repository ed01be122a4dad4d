"""Recording an approval of one channel variant, and telling whether it still holds.

An approval keeps the canonical content JSON of the variant and its SHA-256. When signing
is available, the reviewer's key signs the canonical JSON of
{purpose, draft id, channel, reviewer, time, content hash}; the content itself is bound
through its hash. `approval_status` compares the hash with the content now ("current" or
"void", with what changed), checks the signature ("valid", "invalid" — the record was
altered after signing, e.g. a reviewer name or hash edited in a file — or "unsigned") and
says who it proves approved (composer.approval.trust: verified, unknown_key, unsigned,
invalid) and whether it counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from composer.approval.changes import what_changed
from composer.approval.content import content_and_hash, sha256_hex, signed_payload
from composer.approval.signing import SigningUnavailable, fingerprint, verify
from composer.approval.team import ReviewPolicy, policy_for_pack
from composer.approval.trust import Trust, counts, is_self_approval, judge
from composer.model.draft import Draft
from composer.model.draft_records import Approval, now_iso
from composer.messages import message



class Signer(Protocol):
    def available(self) -> tuple[bool, str]: ...

    def sign(self, payload: bytes) -> tuple[str, str]: ...


def approve(draft: Draft, channel: str, reviewer: str, signer: Signer | None) -> Approval:
    """Approve `channel`'s variant as it is now, record it on the draft, and return it."""
    approval = make_approval(draft, channel, reviewer, signer)
    draft.set_approval(approval)
    return approval


def make_approval(draft: Draft, channel: str, reviewer: str, signer: Signer | None) -> Approval:
    """The approval of `channel`'s variant as it is now (not yet recorded on the draft).

    Signed with `signer`; unsigned only when `signer` is None (the caller decided the pack
    allows it). A signer that cannot sign raises SigningUnavailable: never a silent
    fallback to unsigned. Workflow rules (who may approve, blocking findings) are
    composer.approval.workflow's business.
    """
    reviewer = " ".join(reviewer.split())
    if not reviewer:
        raise ValueError(message("workflow.reviewer_needed"))
    if channel not in draft.channels:
        raise ValueError(f"{channel!r} is not one of the draft's channels")
    content, digest = content_and_hash(draft, channel)
    at = now_iso()
    signature = public_key = ""
    if signer is not None:
        ready, why = signer.available()
        if not ready:
            raise SigningUnavailable(why)
        signature, public_key = signer.sign(signed_payload(draft.id, channel, reviewer, at, digest))
    return Approval(channel=channel, reviewer=reviewer, content_hash=digest, content=content, at=at,
                    signature=signature, public_key=public_key)


StateName = Literal["none", "current", "void"]
SignatureName = Literal["valid", "invalid", "unsigned"]


@dataclass(frozen=True)
class ApprovalStatus:
    channel: str
    state: StateName                   # "none", "current" or "void" (changed after approval)
    signature: SignatureName           # "valid", "invalid" or "unsigned"
    changes: tuple[str, ...] = ()      # what changed since the approval, when void
    reviewer: str = ""
    at: str = ""
    key_fingerprint: str = ""          # short hex of the public key that signed it
    trust: Trust = "unsigned"          # verified, unknown_key, unsigned or invalid
    trust_reason: str = ""             # why invalid (composer.approval.trust.Verdict.reason)
    team_name: str = ""                # the team's name for the signing key
    self_approval: bool = False        # the approver is an owner of the draft (by name or key)
    counts: bool = False               # current, and makes the channel approved

    @property
    def summary(self) -> str:
        """One plain sentence for the UI ("" when there is nothing to warn about)."""
        parts = []
        if self.state == "void":
            parts.append(message("approval.status.void", changes=", ".join(self.changes)))
        if self.state != "none" and self.signature == "invalid":
            parts.append(message("approval.status.invalid"))
        return " ".join(parts)


def signature_state(draft_id: str, approval: Approval) -> SignatureName:
    if not approval.signature and not approval.public_key:
        return "unsigned"
    if sha256_hex(approval.content) != approval.content_hash:
        return "invalid"  # the stored content was edited: it no longer matches the signed hash
    payload = signed_payload(draft_id, approval.channel, approval.reviewer, approval.at, approval.content_hash)
    return "valid" if verify(payload, approval.signature, approval.public_key) else "invalid"


def approval_status(draft: Draft, channel: str, policy: ReviewPolicy | None = None) -> ApprovalStatus:
    """The approval of `channel` as it stands; `policy` defaults to the draft's pack's."""
    approval = draft.approvals.get(channel)
    if approval is None:
        return ApprovalStatus(channel, "none", "unsigned")
    policy = policy_for_pack(draft.pack) if policy is None else policy
    content, digest = content_and_hash(draft, channel)
    signature = signature_state(draft.id, approval) if approval.channel == channel else "invalid"
    void = digest != approval.content_hash
    changes = tuple(what_changed(approval.content, content) or [message("approval.changed.unknown")]) if void else ()
    verdict = judge(draft, channel, approval, policy)
    own = is_self_approval(draft, approval, policy)
    return ApprovalStatus(channel, "void" if void else "current", signature, changes, approval.reviewer,
                          approval.at, fingerprint(approval.public_key) if approval.public_key else "",
                          verdict.trust, verdict.reason, verdict.team_name, own,
                          not void and counts(draft, approval, verdict, policy))
