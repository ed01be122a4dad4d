"""The engine's vocabulary: posts, media, findings, severities and categories."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from checks.people import NamedConsent, PeopleRecord

# In the order findings are listed everywhere (the window, the summaries, the CLI's ties):
# what people fear most first.
CATEGORIES: tuple[str, ...] = (
    "personal_data",
    "confidential",
    "tone",
    "paid_campaign",
    "accessibility",
    "mentions_hashtags",
    "channel_limits",
    "language_versions",
)

VERSION_LANGS: tuple[str, ...] = ("fi", "sv", "en")

CHANNELS: tuple[str, ...] = (
    "facebook", "instagram", "x", "linkedin", "youtube", "tiktok", "threads", "bluesky", "mastodon",
)

ROLES: tuple[str, ...] = ("organisation", "expert", "elected")


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r}: expected info, warning or error") from None


@dataclass(frozen=True)
class Media:
    kind: str  # "image" | "video"
    alt: str | None = None
    captions: bool | None = None
    path: str | None = None
    people: PeopleRecord | None = None  # who it shows and who agreed; None: not recorded
    # The name the file had when it was added (shown to people; never checked). Last, so
    # that positional Media(kind, alt, captions, path, people) keeps meaning what it did.
    file_name: str | None = None


@dataclass(frozen=True)
class Post:
    channel: str
    text: str
    media: tuple[Media, ...] = ()
    paid: bool = False
    paid_notified: bool = False
    role: str = "organisation"
    id: str | None = None
    consents: tuple[NamedConsent, ...] = ()  # consents recorded for people named in the text
    # Language versions of the same post, (lang, text) in order, the first being the
    # primary; empty for a single-text post (then `text` is all there is).
    versions: tuple[tuple[str, str], ...] = ()
    combined: bool = False  # published as one bilingual post (fi, separator, sv)
    safety: bool = False  # safety/health information: the pack may require more versions
    stale: tuple[tuple[str, str], ...] = ()  # (version, the version edited after it)

    @property
    def version_texts(self) -> dict[str, str]:
        return dict(self.versions)


@dataclass(frozen=True)
class Fix:
    """A one-click replacement of text[start:end] with `replacement`."""
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Counterpart:
    """The other side of a cross-version finding: a span in another language version."""
    version: str
    start: int | None
    end: int | None
    excerpt: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "start": self.start, "end": self.end, "excerpt": self.excerpt}


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    start: int | None
    end: int | None
    target: str  # "text", "media:N" or "post"
    excerpt: str
    message: str
    key: str = ""
    args: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    fix: Fix | None = None
    version: str = ""  # the language version the span is in ("" for a single-text post)
    other: Counterpart | None = None  # the matching span in another version

    def to_json(self) -> dict[str, Any]:
        out = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.label,
            "start": self.start,
            "end": self.end,
            "target": self.target,
            "excerpt": self.excerpt,
            "message": self.message,
            "fix": None if self.fix is None else {
                "start": self.fix.start, "end": self.fix.end, "replacement": self.fix.replacement},
        }
        if self.version:  # only versioned posts carry these keys: the single-text contract is unchanged
            out["version"] = self.version
        if self.other is not None:
            out["other"] = self.other.to_json()
        return out
