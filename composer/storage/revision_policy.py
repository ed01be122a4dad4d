"""When a save also keeps a revision (a snapshot in the draft's history).

- the first save of a draft: "created";
- the state differs from the latest revision's: "state";
- the content differs from the latest revision's and that revision is at least
  five minutes old: "edited" (so typing for an hour keeps about a dozen snapshots);
- before a save overwrites content that no revision holds and that was saved at least
  five minutes ago (the user paused, then went on editing), that content is kept
  first: "paused", dated when it was saved. So the exact text a session ended with is
  in the history, not only the text five minutes before.

Revisions added on request (`Store.add_revision`) carry the caller's reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

INTERVAL = timedelta(minutes=5)


@dataclass(frozen=True)
class Snapshot:
    """What the policy needs to know of a revision or of the stored draft."""
    at: datetime
    state: str
    content_hash: str


def keep_previous(latest: Snapshot | None, stored: Snapshot | None, now: datetime) -> bool:
    """Whether the stored content must become a revision before it is overwritten."""
    return (latest is not None and stored is not None and stored.content_hash != latest.content_hash
            and now - stored.at >= INTERVAL)


def reason_for(latest: Snapshot | None, new: Snapshot) -> str | None:
    """The reason to keep the content being saved as a revision, or None."""
    if latest is None:
        return "created"
    if new.state != latest.state:
        return "state"
    if new.content_hash != latest.content_hash and new.at - latest.at >= INTERVAL:
        return "edited"
    return None
