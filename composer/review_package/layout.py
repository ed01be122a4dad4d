"""What a review package holds, and how its files are named.

    package.json                  {"format", "schema", "sent_by", "sent_at", "base", "draft"}
    media/<sha256><.ext>          each media file once, named by the SHA-256 of its bytes

In "draft" (composer.model.draft_codec form) each media "path" is the name of its member.
"""
from __future__ import annotations

import re

FORMAT = "somevahti-review-package"
SCHEMA = 1
MANIFEST = "package.json"
SUFFIX = ".somevahti"
MEDIA_NAME = re.compile(r"media/(?P<sha256>[0-9a-f]{64})(?P<ext>\.[a-z0-9]{1,10})?")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_EXTENSION = re.compile(r"\.[a-z0-9]{1,10}")


def media_name(sha256: str, extension: str) -> str:
    """"media/<sha256>.png"; an extension that is not short and plain is left out."""
    extension = extension.lower()
    return f"media/{sha256}{extension if _EXTENSION.fullmatch(extension) else ''}"


def media_sha256(name: str) -> str:
    """The SHA-256 a media member's name promises (the name must match MEDIA_NAME)."""
    match = MEDIA_NAME.fullmatch(name)
    if match is None:
        raise ValueError(f"not a media member name: {name!r}")
    return match["sha256"]
