"""A draft: one message, a variant per chosen channel, media and the paid-campaign record.

Qt-free, so the window, storage and tests share it. A variant follows the master text
until someone edits it; `reset_variant` makes it follow again. Listeners subscribed
with `on_change` hear about every change as a `DraftChange` (composer.model.draft_change)
saying what changed; the window, the live checks and autosave subscribe.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from checks.model import CHANNELS, ROLES, Finding, Media, Post
from checks.people import Consent, NamedConsent, PeopleRecord, same_person
from composer.model.draft_change import DraftChange, Part
from composer.model.draft_records import STATES, Approval, Comment, StateChange
from composer.model.language_versions import LanguageVersions, publish_mode, stale, texts_for


PACK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def is_pack_name(value: object) -> bool:
    """A draft names its guideline pack, never a file: no "/", "\\", ".toml", UNC path."""
    return isinstance(value, str) and PACK_NAME.fullmatch(value) is not None


@dataclass(frozen=True)
class PaidRecord:
    """Who decided a paid campaign, and when and to whom it was notified."""
    decided_by: str = ""
    notified_to: str = ""
    notified_on: str = ""  # ISO date

    @property
    def complete(self) -> bool:
        return bool(self.decided_by.strip() and self.notified_to.strip() and self.notified_on.strip())


@dataclass(frozen=True)
class Ignored:
    """A finding the author chose to ignore, with the reason they gave."""
    rule: str
    target: str
    excerpt: str
    reason: str
    by: str = ""  # who ignored it; an ignored error-level finding is an override

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.target, self.excerpt)


def finding_key(finding: Finding) -> tuple[str, str, str]:
    """What identifies a finding across edits and channels: rule, target and excerpt."""
    return (finding.rule, finding.target, finding.excerpt)


@dataclass
class Variant:
    channel: str
    own_text: str | None = None  # None: follows the master text

    @property
    def linked(self) -> bool:
        return self.own_text is None


@dataclass
class Draft:
    title: str = ""
    master: str = ""
    channels: list[str] = field(default_factory=lambda: ["facebook"])
    media: list[Media] = field(default_factory=list)
    paid: bool = False
    paid_record: PaidRecord = field(default_factory=PaidRecord)
    role: str = "organisation"
    pack: str = "kokkola"
    ignored: dict[tuple[str, str, str], Ignored] = field(default_factory=dict)
    checklist: set[str] = field(default_factory=set)  # ids of the checklist items ticked
    author: str = ""
    state: str = "draft"
    comments: list[Comment] = field(default_factory=list)
    approvals: dict[str, Approval] = field(default_factory=dict)  # by channel
    history: list[StateChange] = field(default_factory=list)
    review_base: str = ""  # fingerprint to send as a review package's base (set when one is imported)
    consents: list[NamedConsent] = field(default_factory=list)  # for people named in the text
    # Further language versions (composer.model.language_versions); off: the draft is as before.
    versions: LanguageVersions = field(default_factory=LanguageVersions)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    _variants: dict[str, Variant] = field(default_factory=dict, repr=False)
    _listeners: list[Callable[["Draft", DraftChange], None]] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        for channel in self.channels:
            self._check_channel(channel)
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")
        if self.state not in STATES:
            raise ValueError(f"unknown state {self.state!r}")
        if not is_pack_name(self.pack):
            raise ValueError(f"a pack name, not {self.pack!r}")

    @property
    def untouched(self) -> bool:
        """Nothing written, added or recorded yet (an empty draft opened at first start)."""
        return (not self.master.strip() and all(v.linked for v in self._variants.values()) and not self.media
                and not self.paid and not self.comments and not self.approvals and not self.history
                and not self.ignored and not self.checklist and not self.consents and self.versions.untouched)

    # -- listening ---------------------------------------------------------------------
    def on_change(self, listener: Callable[["Draft", DraftChange], None]) -> None:
        """`listener(draft, change)` after each change; `change` says what changed."""
        self._listeners.append(listener)

    def _changed(self, part: Part, channel: str | None = None, media_index: int | None = None) -> None:
        change = DraftChange(part, channel, media_index)
        for listener in list(self._listeners):
            listener(self, change)

    # -- text --------------------------------------------------------------------------
    @staticmethod
    def _check_channel(channel: str) -> None:
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")

    def variant(self, channel: str) -> Variant:
        self._check_channel(channel)
        return self._variants.setdefault(channel, Variant(channel))

    def text_for(self, channel: str) -> str:
        own = self.variant(channel).own_text
        return self.master if own is None else own

    def set_master(self, text: str) -> None:
        if text != self.master:
            self.master = text
            self._changed(Part.MASTER)

    def set_variant_text(self, channel: str, text: str) -> None:
        """Edit one channel's text; the variant stops following the master."""
        variant = self.variant(channel)
        if variant.own_text != text:
            variant.own_text = text
            self._changed(Part.VARIANT, channel=channel)

    def reset_variant(self, channel: str) -> None:
        """Make the variant follow the master text again."""
        variant = self.variant(channel)
        if not variant.linked:
            variant.own_text = None
            self._changed(Part.VARIANT, channel=channel)

    def set_channels(self, channels: list[str]) -> None:
        for channel in channels:
            self._check_channel(channel)
        if channels != self.channels:
            self.channels = list(dict.fromkeys(channels))
            self._changed(Part.CHANNELS)

    # -- media and paid campaign --------------------------------------------------------
    def add_media(self, item: Media) -> None:
        self.media.append(item)
        self._changed(Part.MEDIA)

    def update_media(self, index: int, **changes: Any) -> None:
        self.media[index] = replace(self.media[index], **changes)
        self._changed(Part.MEDIA_ITEM, media_index=index)

    def remove_media(self, index: int) -> None:
        del self.media[index]
        self._changed(Part.MEDIA)

    def set_people(self, index: int, record: PeopleRecord | None) -> None:
        """Record who media item `index` shows and who agreed (None: not recorded)."""
        if self.media[index].people != record:
            self.media[index] = replace(self.media[index], people=record)
            self._changed(Part.PEOPLE, media_index=index)

    # -- consents for people named in the text ------------------------------------------
    def record_consent(self, name: str, consent: Consent) -> None:
        """Record (or replace) the consent for a person named in the text."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a name is needed to record a consent")
        kept = [c for c in self.consents if not same_person(c.name, name)]
        self.consents = kept + [NamedConsent(name, consent)]
        self._changed(Part.CONSENTS)

    def remove_consent(self, name: str) -> None:
        kept = [c for c in self.consents if c.name != name]
        if len(kept) != len(self.consents):
            self.consents = kept
            self._changed(Part.CONSENTS)

    def set_paid(self, paid: bool, record: PaidRecord | None = None) -> None:
        self.paid = paid
        if record is not None:
            self.paid_record = record
        self._changed(Part.PAID)

    # -- ignored findings --------------------------------------------------------------
    def ignore(self, finding: Finding, reason: str, by: str = "") -> None:
        """Keep `finding` out of the panel from now on; `reason` is kept with the draft."""
        reason = reason.strip()
        if not reason:
            raise ValueError("a reason is needed to ignore a finding")
        item = Ignored(finding.rule, finding.target, finding.excerpt, reason, by)
        self.ignored[item.key] = item
        self._changed(Part.IGNORED)

    def unignore(self, key: tuple[str, str, str]) -> None:
        if self.ignored.pop(key, None) is not None:
            self._changed(Part.IGNORED)

    def ignored_reason(self, finding: Finding) -> str | None:
        item = self.ignored.get(finding_key(finding))
        return None if item is None else item.reason

    # -- role and pack -------------------------------------------------------------------
    def set_role(self, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if role != self.role:
            self.role = role
            self._changed(Part.ROLE)

    def set_pack(self, pack: str) -> None:
        if not is_pack_name(pack):
            raise ValueError(f"a pack name, not {pack!r}")
        if pack != self.pack:
            self.pack = pack
            self._changed(Part.PACK)

    def tick(self, item_id: str, done: bool) -> None:
        """Tick (or untick) a checklist item; the ticks are kept with the draft."""
        if done != (item_id in self.checklist):
            (self.checklist.add if done else self.checklist.discard)(item_id)
            self._changed(Part.CHECKLIST)

    def set_title(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self._changed(Part.TITLE)

    def set_author(self, author: str) -> None:
        if author != self.author:
            self.author = author
            self._changed(Part.AUTHOR)

    # -- team records ------------------------------------------------------------------
    def add_comment(self, comment: Comment) -> None:
        self.comments.append(comment)
        self._changed(Part.COMMENTS)

    def record_state(self, change: StateChange) -> None:
        """Move to `change.to_state` (composer.approval.workflow decides what is allowed);
        the step follows the draft's latest step unless it names the one it follows."""
        if change.to_state not in STATES:
            raise ValueError(f"unknown state {change.to_state!r}")
        if not change.after and self.history:
            change = replace(change, after=self.history[-1].id)
        self.state = change.to_state
        self.history.append(change)
        self._changed(Part.STATE)

    def set_approval(self, approval: Approval) -> None:
        self._check_channel(approval.channel)
        self.approvals[approval.channel] = approval
        self._changed(Part.APPROVALS)

    def take_team_records(self, other: "Draft") -> None:
        """Take `other`'s comments, state changes, approvals and state, keeping this
        draft's content (a step recorded elsewhere, e.g. by `somevahti export`, merged in
        by storage); listeners hear STATE, COMMENTS and APPROVALS."""
        self.comments, self.history = list(other.comments), list(other.history)
        self.approvals, self.state = dict(other.approvals), other.state
        for part in (Part.STATE, Part.COMMENTS, Part.APPROVALS):
            self._changed(part)

    def set_review_base(self, fingerprint: str) -> None:
        if fingerprint != self.review_base:
            self.review_base = fingerprint
            self._changed(Part.REVIEW_BASE)

    # -- copies ------------------------------------------------------------------------
    def variant_texts(self) -> dict[str, str]:
        """The texts of the edited variants, by channel."""
        return {c: v.own_text for c, v in self._variants.items() if v.own_text is not None}

    def duplicate(self, title: str) -> "Draft":
        """A new draft (new id, state "draft", no approvals, comments or history) with this
        content; media and records are shared values."""
        copy = Draft(title=title, master=self.master, channels=list(self.channels), media=list(self.media),
                     paid=self.paid, paid_record=self.paid_record, role=self.role, pack=self.pack,
                     ignored=dict(self.ignored), checklist=set(self.checklist), author=self.author,
                     consents=list(self.consents))
        copy._variants = {c: Variant(c, v.own_text) for c, v in self._variants.items()}
        copy.versions = self.versions.copy()
        return copy

    def replace_content(self, other: "Draft") -> None:
        """Take every field of `other` except the id (restoring a revision, importing a
        returned review package); listeners hear one Part.REPLACED."""
        for name in ("title", "master", "paid", "paid_record", "role", "pack", "author", "state", "review_base"):
            setattr(self, name, getattr(other, name))
        self.channels, self.media = list(other.channels), list(other.media)
        self.consents = list(other.consents)
        self.ignored, self.checklist = dict(other.ignored), set(other.checklist)
        self.comments, self.approvals, self.history = list(other.comments), dict(other.approvals), list(other.history)
        self._variants = {c: Variant(c, t) for c, t in other.variant_texts().items()}
        self.versions = other.versions.copy()
        self._changed(Part.REPLACED)

    # -- what the engine checks ---------------------------------------------------------
    def post(self, channel: str) -> Post:
        """The variant for `channel` as the engine's Post; with language versions on, every
        version's text for the channel, how it is published and which versions are behind."""
        post = Post(channel=channel, text=self.text_for(channel), media=tuple(self.media), paid=self.paid,
                    paid_notified=self.paid and self.paid_record.complete, role=self.role, id=self.id,
                    consents=tuple(self.consents))
        if not self.versions.enabled:
            return post
        return replace(post, versions=texts_for(self, channel), combined=publish_mode(self, channel) == "combined",
                       safety=self.versions.safety, stale=tuple(stale(self)))
