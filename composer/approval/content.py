"""The canonical content of one channel variant: what an approval covers.

Channel, text (NFC, line breaks as "\\n"), with language versions on every version's
text and how the channel publishes them (one approval covers every version), each media
item in order (kind, SHA-256 of the file's bytes, alt text, captions flag), the paid flag
and the paid-campaign record, and the author's role (the checks and the reader's reading
depend on it), as
canonical JSON (sorted keys, no spaces) and its SHA-256. A media file's location is not
part of the content — moving a file into the data folder does not void an approval; its
bytes are. An item's people record (who it shows, who agreed) and the consents recorded for
people named in the text are content too: a consent change voids the approval. They appear
only once recorded, so content approved before people records existed keeps its hash. A
file that is gone or unreadable gives a marker instead of a hash, so the hash differs from
the approved one and the difference is named.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import asdict
from typing import Any

from composer.approval.changes import what_changed
from checks.model import Media
from composer.model.draft import Draft
from composer.model.language_versions import publish_mode, texts_for
from composer.model.people_record import consents_to_list, people_to_dict
from composer.model.media_files import file_sha256

CONTENT_FORMAT = 2  # 2: the role is part of the content
NO_FILE = "no-file"            # the media item names no file
MISSING_FILE = "missing-file"  # the named file does not exist
UNREADABLE_FILE = "unreadable-file"


def canonical_json(value: Any) -> str:
    """One spelling for equal data: sorted keys, no whitespace, UTF-8 text kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normal_text(text: str | None) -> str:
    """NFC with "\\r\\n" and "\\r" as "\\n": the same words typed or pasted on any system."""
    return unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n").replace("\r", "\n"))


def media_digest(path: str | None) -> str:
    """The file's SHA-256, or NO_FILE / MISSING_FILE / UNREADABLE_FILE."""
    if not path:
        return NO_FILE
    try:
        return file_sha256(path)
    except FileNotFoundError:
        return MISSING_FILE
    except OSError:
        return UNREADABLE_FILE


def variant_content(draft: Draft, channel: str) -> dict[str, Any]:
    """The content of `channel`'s variant as plain data. A draft without language versions
    gives exactly the content it gave before versions existed (its approvals stay valid)."""
    content = {
        "format": CONTENT_FORMAT,
        "channel": channel,
        "text": normal_text(draft.text_for(channel)),
        "media": [_media_content(item) for item in draft.media],
        "paid": bool(draft.paid),
        "paid_record": {name: normal_text(value) for name, value in asdict(draft.paid_record).items()},
        "role": draft.role,
    }
    if draft.consents:
        content["consents"] = sorted((_normal(c) for c in consents_to_list(draft.consents)),
                                     key=lambda c: canonical_json(c))
    if draft.versions.enabled:
        content["versions"] = {lang: normal_text(text) for lang, text in texts_for(draft, channel)}
        content["publish"] = publish_mode(draft, channel)
    return content


def _normal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    return normal_text(value) if isinstance(value, str) else value


def _media_content(item: Media) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": item.kind, "sha256": media_digest(item.path), "alt": normal_text(item.alt),
                           "captions": bool(item.captions)}
    if item.people is not None:
        out["people"] = _normal(people_to_dict(item.people))
    return out


def content_json(draft: Draft, channel: str) -> str:
    return canonical_json(variant_content(draft, channel))


def content_and_hash(draft: Draft, channel: str) -> tuple[str, str]:
    """The canonical content JSON of the variant and its SHA-256 (hex)."""
    text = content_json(draft, channel)
    return text, sha256_hex(text)


def is_file_digest(value: object) -> bool:
    """True for a real SHA-256 hex digest, False for the missing/unreadable markers."""
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


__all__ = ["CONTENT_FORMAT", "MISSING_FILE", "NO_FILE", "UNREADABLE_FILE", "canonical_json", "content_and_hash",
           "content_json", "is_file_digest", "media_digest", "normal_text", "sha256_hex", "variant_content",
           "what_changed"]


PURPOSE = "somevahti-approval-v1"


def signed_payload(draft_id: str, channel: str, reviewer: str, at: str, content_hash: str) -> bytes:
    """The exact bytes an approval signature covers."""
    return canonical_json({"purpose": PURPOSE, "draft": draft_id, "channel": channel, "reviewer": reviewer,
                           "at": at, "content_hash": content_hash}).encode("utf-8")
