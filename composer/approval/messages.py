"""The approval and workflow texts: message keys with English templates and named
arguments, kept in one place so they can be translated later (fi/sv catalogues keyed the
same way can sit beside these)."""
from __future__ import annotations

import string
from typing import Any

MESSAGES: dict[str, str] = {
    # What changed since the approval (short, listed after "Changed after approval:").
    "changed.text": "text",
    "changed.channel": "channel",
    "changed.paid": "paid flag",
    "changed.paid_record": "paid-campaign record",
    "changed.media_order": "order of images and videos",
    "changed.unknown": "content",
    "changed.image.added": "image {number} added",
    "changed.image.removed": "image {number} removed",
    "changed.image.replaced": "image {number} replaced",
    "changed.image.missing": "file of image {number} is missing",
    "changed.image.alt": "alt text of image {number}",
    "changed.image.captions": "captions of image {number}",
    "changed.video.added": "video {number} added",
    "changed.video.removed": "video {number} removed",
    "changed.video.replaced": "video {number} replaced",
    "changed.video.missing": "file of video {number} is missing",
    "changed.video.alt": "alt text of video {number}",
    "changed.video.captions": "captions of video {number}",
    "changed.media.added": "media item {number} added",
    "changed.media.removed": "media item {number} removed",
    "changed.media.replaced": "media item {number} replaced",
    "changed.media.missing": "file of media item {number} is missing",
    "changed.media.alt": "alt text of media item {number}",
    "changed.media.captions": "captions of media item {number}",
    # Approval status.
    "status.void": "Changed after approval: {changes}.",
    "status.invalid": "The approval record does not match its signature; it may have been altered.",
    "status.unsigned": "This approval was recorded unsigned.",
    # Signing.
    "signing.ready": "Approvals are signed with your key from the system keyring.",
    "signing.no_keyring": "No system keyring is available, so approvals are recorded unsigned.",
    "signing.keyring_failed": "The system keyring could not be used ({problem}), so approvals are recorded unsigned.",
    "signing.damaged_key": "The approval signing key in the system keyring is damaged, "
                           "so approvals are recorded unsigned.",
    # Workflow.
    "workflow.not_allowed": "This draft is {state}, so it cannot be {action}.",
    "workflow.blocking_error": "An error-level finding must be fixed or overridden with a written reason "
                               "before the draft can be {action}.",
    "workflow.blocking_errors": "{count} error-level findings must be fixed or overridden with a written reason "
                                "before the draft can be {action}.",
    "workflow.not_checked": "The checks have not run for {channels} yet; wait a moment and try again.",
    "workflow.name_needed": "Enter your name first; every step of the workflow records who took it.",
    "workflow.reviewer_needed": "Enter the reviewer's name to approve.",
    "workflow.note_needed": "Say what should be changed.",
    "workflow.self_approval": "{reviewer} cannot approve their own draft; another reviewer is needed.",
    "workflow.approval_not_current": "Not every channel has a current approval: {channels}.",
    # State and action names used in the workflow messages.
    "state.draft": "still being written",
    "state.in_review": "in review",
    "state.changes_requested": "waiting for changes",
    "state.approved": "approved",
    "state.exported": "exported",
    "state.archived": "archived",
    "action.send_to_review": "sent to review",
    "action.approve": "approved",
    "action.request_changes": "sent back for changes",
    "action.export": "exported",
    "action.archive": "archived",
    "action.reopen": "reopened",
}


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message(key: str, **args: Any) -> str:
    """The English text of `key` with its named arguments; the key itself if unknown."""
    template = MESSAGES.get(key)
    if template is None:
        return key
    return string.Formatter().vformat(template, (), _KeepMissing(args))
