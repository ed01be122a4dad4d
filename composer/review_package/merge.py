"""Import a review package into the library: add it, take theirs, keep ours, or show the
conflict, and in every case merge the team's records (comments, state changes, approvals).

Who edited is told by fingerprints: the package's "base" is the content both sides last
had in common. If only their content differs from it, theirs is taken; if only ours,
ours is kept; if both differ (and differ from each other) the caller must choose. Media
of a package are stored through `store_media(name, data) -> path` only when their content
is taken, so this module never depends on storage. Importing the same file twice changes
nothing the second time.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Callable

from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.model.step_order import ordered
from composer.review_package.fingerprint import draft_fingerprint, local_media_sha256
from composer.review_package.incoming import IncomingRecords
from composer.review_package.layout import media_sha256
from composer.review_package.read import Package
from composer.review_package.team_records import merge_approvals, merge_comments, merge_history, theirs_is_newer

NEW, THEIRS, OURS, SAME, CONFLICT = "new", "theirs", "ours", "same", "conflict"
KEEP_MINE, TAKE_THEIRS = "keep mine", "take theirs"

StoreMedia = Callable[[str, bytes], "str | os.PathLike[str]"]


@dataclass(frozen=True)
class TextDifference:
    """One channel whose text differs; None where that side has not chosen the channel."""
    channel: str
    theirs: str | None
    ours: str | None


@dataclass(frozen=True)
class ImportPlan:
    package: Package
    local: Draft | None
    outcome: str  # NEW, THEIRS, OURS, SAME or CONFLICT
    ours_fingerprint: str | None
    texts: tuple[TextDifference, ...] = ()  # channel texts that differ, theirs and ours
    other: tuple[str, ...] = ()  # other content that differs: "title", "channels", "media", "paid", "role", "pack"

    @property
    def needs_choice(self) -> bool:
        return self.outcome == CONFLICT

    @property
    def reply_base(self) -> str:
        """The base to write when sending this draft back to the same side: the content
        they have now (for a first round trip, the "base" of the package received)."""
        return self.package.fingerprint


@dataclass(frozen=True)
class ImportResult:
    draft: Draft  # the local draft, updated in place; a new one when `added`
    outcome: str
    added: bool  # the caller adds `draft` to the library
    changed: bool  # False: nothing changed (e.g. the same file imported again)
    reply_base: str


def _media_key(draft: Draft, sha256_of: Callable[[str], str]) -> list[tuple]:
    return [(m.kind, None if m.path is None else sha256_of(m.path), m.alt, m.captions, m.people) for m in draft.media]


def _differences(theirs: Draft, ours: Draft) -> tuple[tuple[TextDifference, ...], tuple[str, ...]]:
    """What a user choosing between the two needs to see: texts per channel, other parts by name."""
    texts = []
    for channel in dict.fromkeys([*ours.channels, *theirs.channels]):
        their_text = theirs.text_for(channel) if channel in theirs.channels else None
        our_text = ours.text_for(channel) if channel in ours.channels else None
        if their_text != our_text:
            texts.append(TextDifference(channel, their_text, our_text))
    other = [label for label, differs in (
        ("title", theirs.title != ours.title),
        ("channels", theirs.channels != ours.channels),
        ("media", _media_key(theirs, media_sha256) != _media_key(ours, local_media_sha256)),
        ("paid", (theirs.paid, theirs.paid_record) != (ours.paid, ours.paid_record)),
        ("role", theirs.role != ours.role),
        ("pack", theirs.pack != ours.pack),
        ("consents", theirs.consents != ours.consents),
    ) if differs]
    return tuple(texts), tuple(other)


def plan_import(package: Package, local: Draft | None) -> ImportPlan:
    """What importing `package` would do to `local` (the library's draft with the same id,
    or None). Nothing is changed or written."""
    if local is None:
        return ImportPlan(package, None, NEW, None)
    if local.id != package.draft.id:
        raise ValueError("the local draft is not the one in the package")
    ours = draft_fingerprint(local)
    theirs = package.fingerprint
    if ours == theirs:
        outcome = SAME
    elif theirs == package.base:
        outcome = OURS
    elif ours == package.base:
        outcome = THEIRS
    else:
        outcome = CONFLICT
    texts, other = _differences(package.draft, local)
    return ImportPlan(package, local, outcome, ours, texts, other)


def _copy(draft: Draft) -> Draft:
    return draft_from_dict(draft_to_dict(draft))


def _their_content(package: Package, store_media: StoreMedia | None) -> Draft:
    """The package's draft with its media stored on this computer."""
    draft = _copy(package.draft)
    names = list(dict.fromkeys(m.path for m in draft.media if m.path is not None))
    if not names:
        return draft
    if store_media is None:
        raise ValueError("store_media is needed to take content with media")
    stored = {name: os.fspath(store_media(name, package.media[name])) for name in names}
    draft.media = [m if m.path is None else replace(m, path=stored[m.path]) for m in draft.media]
    return draft


def _merged(content: Draft, local: Draft, theirs: Draft, records: IncomingRecords) -> Draft:
    """`content` (ours or theirs) with our team records and the accepted ones of theirs."""
    merged = _copy(content)
    merged.author = local.author
    merged.comments = merge_comments(local.comments, list(records.comments))
    merged.history = merge_history(local.history, list(records.history))
    merged.approvals = merge_approvals(local.approvals, {a.channel: a for a in records.approvals})
    newer = theirs_is_newer(local.history, list(records.history))
    merged.state = merged.history[-1].to_state if newer else local.state
    other = theirs if content is local else local  # on the same finding, the kept content's reason wins
    merged.ignored = {**other.ignored, **content.ignored}
    return merged


def _new_draft(draft: Draft, records: IncomingRecords) -> Draft:
    """A new draft with only the accepted team records; its state is the last accepted step's."""
    draft.comments = sorted(records.comments, key=lambda c: c.at)
    draft.history = ordered(records.history)
    draft.approvals = {a.channel: a for a in records.approvals}
    draft.state = draft.history[-1].to_state if draft.history else "draft"
    return draft


def all_records(plan: ImportPlan) -> IncomingRecords:
    """Every team record of the package, unjudged (for callers that judged them already)."""
    theirs = plan.package.draft
    return IncomingRecords(tuple(theirs.comments), tuple(theirs.history), tuple(theirs.approvals.values()))


def apply_import(plan: ImportPlan, choice: str | None = None, store_media: StoreMedia | None = None,
                 records: IncomingRecords | None = None) -> ImportResult:
    """Carry out `plan`. A CONFLICT needs `choice` KEEP_MINE or TAKE_THEIRS; other outcomes
    ignore it. `store_media(name, data)` stores one media file and returns its path; it is
    called only when their content is taken. `records` are the team records of theirs the
    user accepted (composer.review_package.incoming); None takes none of them."""
    records = records if records is not None else IncomingRecords()
    if plan.outcome == CONFLICT and choice not in (KEEP_MINE, TAKE_THEIRS):
        raise ValueError(f"a conflict needs a choice: {KEEP_MINE!r} or {TAKE_THEIRS!r}")
    take_theirs = plan.outcome in (NEW, THEIRS) or (plan.outcome == CONFLICT and choice == TAKE_THEIRS)
    if plan.local is not None and draft_fingerprint(plan.local) != plan.ours_fingerprint:
        raise ValueError("the draft was edited after the import was planned; plan it again")
    if plan.local is None:
        return ImportResult(_new_draft(_their_content(plan.package, store_media), records), NEW, True, True,
                            plan.reply_base)
    content = _their_content(plan.package, store_media) if take_theirs else plan.local
    merged = _merged(content, plan.local, plan.package.draft, records)
    changed = draft_to_dict(merged) != draft_to_dict(plan.local)
    if changed:
        plan.local.replace_content(merged)
    return ImportResult(plan.local, plan.outcome, False, changed, plan.reply_base)
