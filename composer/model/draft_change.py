"""What changed in a draft: the one event type every `Draft` method announces.

A `DraftChange` names the part that changed (`Part`) and, for a channel variant or a
media item, which one. It answers the questions listeners used to answer by matching
strings: must the checks run again (`needs_recheck`), can it void an approval
(`can_void_approval`, the parts composer.approval.content hashes), may the re-check wait
for a typing pause (`typed`), and does the review bar need redrawing (`review_record`).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Part(Enum):
    MASTER = "master"            # the master text
    VARIANT = "variant"          # one channel's own text, or it follows the master again
    CHANNELS = "channels"        # which channels the post goes to
    MEDIA = "media"              # an image or video added or removed
    MEDIA_ITEM = "media_item"    # one item's alt text or captions flag
    PEOPLE = "people"            # one item's people record: who it shows, who agreed
    CONSENTS = "consents"        # consents recorded for people named in the text
    PAID = "paid"                # the paid flag or the paid-campaign record
    ROLE = "role"                # who is posting
    PACK = "pack"                # the guideline pack
    IGNORED = "ignored"          # a finding ignored or shown again
    CHECKLIST = "checklist"      # a before-publishing item ticked
    TITLE = "title"
    AUTHOR = "author"
    COMMENTS = "comments"
    STATE = "state"              # a review step
    APPROVALS = "approvals"
    REVIEW_BASE = "review_base"  # the fingerprint a review package answers
    REPLACED = "replaced"        # everything at once: a History restore or a package import
    VERSION_TEXT = "version_text"          # a further language version's text (composer.model.language_versions)
    VERSIONS = "versions"                  # a version added or removed, the safety flag, a publishing mode
    VERSION_REVIEWED = "version_reviewed"  # a version marked reviewed against the others (not content)


# What the engine sees (checks.model.Post): a change here makes the findings stale.
_CHECKED = frozenset({Part.MASTER, Part.VARIANT, Part.CHANNELS, Part.MEDIA, Part.MEDIA_ITEM, Part.PAID, Part.ROLE,
                      Part.PACK, Part.REPLACED, Part.PEOPLE, Part.CONSENTS, Part.VERSION_TEXT, Part.VERSIONS,
                      Part.VERSION_REVIEWED})
# What an approval covers (composer.approval.content): text, media, paid record, channels,
# role, people records and consents.
_APPROVED = frozenset({Part.MASTER, Part.VARIANT, Part.CHANNELS, Part.MEDIA, Part.MEDIA_ITEM, Part.PAID,
                       Part.ROLE, Part.REPLACED, Part.PEOPLE, Part.CONSENTS, Part.VERSION_TEXT, Part.VERSIONS})
# Typed key by key: the re-check waits for a pause instead of running at each key.
_TYPED = frozenset({Part.MASTER, Part.VARIANT, Part.MEDIA_ITEM, Part.PAID, Part.VERSION_TEXT})
# The team's records the review bar shows.
_REVIEW = frozenset({Part.STATE, Part.APPROVALS, Part.COMMENTS, Part.REPLACED})


@dataclass(frozen=True)
class DraftChange:
    part: Part
    channel: str | None = None      # Part.VARIANT: whose text
    media_index: int | None = None  # Part.MEDIA_ITEM, Part.PEOPLE: which item

    @property
    def needs_recheck(self) -> bool:
        """The findings no longer describe the draft until the checks run again."""
        return self.part in _CHECKED

    @property
    def can_void_approval(self) -> bool:
        """The change touches what an approval covers."""
        return self.part in _APPROVED

    @property
    def typed(self) -> bool:
        """Typing: re-check after the typing pause; other re-checks run at once."""
        return self.part in _TYPED

    @property
    def review_record(self) -> bool:
        """The review state, approvals or comments may look different."""
        return self.part in _REVIEW
