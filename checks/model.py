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
)

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


@dataclass(frozen=True)
class Fix:
    """A one-click replacement of text[start:end] with `replacement`."""
    start: int
    end: int
    replacement: str


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

    def to_json(self) -> dict[str, Any]:
        return {
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
