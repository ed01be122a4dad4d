"""Who an approval proves approved: each approval is exactly one of

    verified     signed, the signature checks, and the key is a listed reviewer's, under that name
    unknown_key  signed and the signature checks, but by a key the team does not list
    unsigned     no signature and no key, by someone the team does not list with a key
    invalid      anything else: an altered record, a signature that does not check, half a
                 signature, an approval of another draft or channel, a listed reviewer's
                 approval stripped of its signature, a listed key under another name

and whether it counts: only a current, verified approval that is not the author's own
(or, where the pack allows unsigned approvals, an unsigned or unknown-key one that is not
the author's) makes a channel approved. Self-approval is judged by name (the record's
and the team's name for its key) and by key (a key the team lists for an owner, or this
computer's own key when its user is an owner).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from composer.approval.content import sha256_hex, signed_payload
from composer.approval.signing import verify
from composer.approval.team import ReviewPolicy, same_name
from composer.model.draft import Draft
from composer.model.draft_records import Approval

Trust = Literal["verified", "unknown_key", "unsigned", "invalid"]
TRUSTS: tuple[Trust, ...] = ("verified", "unknown_key", "unsigned", "invalid")


def weakest(trusts: Iterable[str]) -> str | None:
    """The trust that proves least (invalid, then unknown_key, unsigned, verified): what a
    one-word summary of several channels' approvals must say. None for no approvals."""
    found = set(trusts)
    return next((t for t in ("invalid", "unknown_key", "unsigned", "verified") if t in found), None)


@dataclass(frozen=True)
class Verdict:
    trust: Trust
    reason: str = ""  # for invalid: "altered", "signature", "stripped", "partial", "other_channel", "name"
    team_name: str = ""  # the name the team lists for the signing key


def payload_for(draft_id: str, approval: Approval) -> bytes:
    return signed_payload(draft_id, approval.channel, approval.reviewer, approval.at, approval.content_hash)


def judge(draft: Draft, channel: str, approval: Approval, policy: ReviewPolicy) -> Verdict:
    if approval.channel != channel:
        return Verdict("invalid", "other_channel")
    if not approval.signature and not approval.public_key:
        if policy.keys_for_name(approval.reviewer):
            return Verdict("invalid", "stripped")  # a listed reviewer always signs
        return Verdict("unsigned")
    if not approval.signature or not approval.public_key:
        return Verdict("invalid", "partial")
    if sha256_hex(approval.content) != approval.content_hash:
        return Verdict("invalid", "altered")
    if not verify(payload_for(draft.id, approval), approval.signature, approval.public_key):
        return Verdict("invalid", "signature")  # altered, or copied from another draft
    names = policy.names_for_key(approval.public_key)
    if not names:
        return Verdict("unknown_key")
    if not any(same_name(n, approval.reviewer) for n in names):
        return Verdict("invalid", "name", names[0])
    return Verdict("verified", team_name=names[0])


def owners(draft: Draft) -> list[str]:
    """Whose draft this is: the author and whoever last sent it to review."""
    senders = [c.by for c in draft.history if c.to_state == "in_review"]
    return [n for n in [draft.author] + senders[-1:] if n.strip()]


def is_self_approval(draft: Draft, approval: Approval, policy: ReviewPolicy) -> bool:
    people = owners(draft)
    names = [approval.reviewer] + policy.names_for_key(approval.public_key)
    if any(same_name(n, o) for n in names for o in people):
        return True
    if not approval.public_key:
        return False
    if any(approval.public_key in policy.keys_for_name(o) for o in people):
        return True
    return approval.public_key == policy.own_key and any(same_name(policy.own_name, o) for o in people)


def counts(draft: Draft, approval: Approval, verdict: Verdict, policy: ReviewPolicy) -> bool:
    """Whether this (current) approval makes its channel approved."""
    if verdict.trust == "invalid":
        return False
    if verdict.trust != "verified" and not policy.allow_unsigned:
        return False
    return policy.allow_self_approval or not is_self_approval(draft, approval, policy)
