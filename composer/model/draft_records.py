"""The team's records kept with a draft: comments, approvals and state changes.

Frozen values, Qt-free. Times are ISO 8601 in UTC ("2026-11-23T10:15:00Z").
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

STATES = ("draft", "in_review", "changes_requested", "approved", "exported", "archived")


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Comment:
    """A note for the team on a draft; travels in review packages, never exported."""
    author: str
    body: str
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass(frozen=True)
class Approval:
    """A named reviewer approved the exact content of one channel variant.

    `content` is the canonical JSON of what was approved (text, media hashes, alt texts,
    captions flags, paid record) and `content_hash` its SHA-256, so an edit both voids the
    approval and says what changed. `signature` and `public_key` are base64 (Ed25519);
    empty when the approval was recorded unsigned.
    """
    channel: str
    reviewer: str
    content_hash: str
    content: str
    at: str = field(default_factory=now_iso)
    signature: str = ""
    public_key: str = ""


@dataclass(frozen=True)
class StateChange:
    """One step of the workflow, with who took it and an optional note. `id` tells the
    step from every other; `after` is the id of the step it follows ("" for the first):
    the workflow's order, which the clocks of two laptops cannot give
    (composer.model.step_order)."""
    from_state: str
    to_state: str
    by: str
    note: str = ""
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    after: str = ""
