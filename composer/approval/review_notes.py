"""What the reviewer said, and who does what next: Qt-free helpers for the window, the
summary and the CLI.

`review_notes(draft)` lists the notes written with review steps (the required note of
"Request changes…", the optional one of "Approve…", a reason to reopen), oldest first;
`latest_note(draft)` is the one the review bar shows while the draft is in that state.
`sends_for_review(draft, me)` says whether writing a review package should first send
the draft to review: only for its author (or a draft nobody owns yet) — a reviewer
returning a package never sends it to review in their own name.
"""
from __future__ import annotations

from composer.approval.team import same_name
from composer.model.draft import Draft
from composer.model.draft_records import StateChange


def review_notes(draft: Draft) -> list[StateChange]:
    return [change for change in draft.history if change.note.strip()]


def latest_note(draft: Draft) -> StateChange | None:
    """The note of the step that brought the draft into its current state, if it has one."""
    for change in reversed(draft.history):
        if change.to_state == draft.state:
            return change if change.note.strip() else None
    return None


def sends_for_review(draft: Draft, me: str, state: str) -> bool:
    """True when the package written by `me` should send the draft to review first."""
    if state not in ("draft", "changes_requested"):
        return False
    return not draft.author.strip() or same_name(draft.author, me)
