"""A fingerprint of a draft's content, to tell which side of a review edited it.

Content is what a reader of the post sees or what a check depends on: title, master text,
channels, variant texts, media (bytes by SHA-256, alt text, captions), the paid campaign
and its record, role and pack; people records and consents once any is recorded. Comments, approvals, state, history, ignored findings and
checklist ticks are team records, not content. Media are named by their bytes, so the same
picture stored under another path has the same fingerprint.
"""
from __future__ import annotations

import os
from dataclasses import asdict
from typing import Any, Callable

from composer.approval.content import canonical_json, sha256_hex
from composer.model.draft import Draft
from composer.model.language_versions_codec import versions_to_data
from composer.model.media_files import file_sha256
from composer.model.people_record import consents_to_list, people_to_dict

MediaHash = Callable[[str], str]


def local_media_sha256(path: str) -> str:
    """The SHA-256 of a media file on this computer; a missing file is named by its path,
    so it differs from any real content."""
    try:
        return file_sha256(path)
    except OSError:
        return f"missing:{os.fspath(path)}"


def draft_fingerprint(draft: Draft, media_sha256: MediaHash = local_media_sha256) -> str:
    """The SHA-256 (hex) of the canonical JSON of `draft`'s content."""
    content = {
        "title": draft.title,
        "master": draft.master,
        "channels": list(draft.channels),
        "variants": draft.variant_texts(),
        "media": [{"kind": m.kind, "sha256": None if m.path is None else media_sha256(m.path), "alt": m.alt,
                   "captions": m.captions} for m in draft.media],
        "paid": draft.paid,
        "paid_record": asdict(draft.paid_record),
        "role": draft.role,
        "pack": draft.pack,
    }
    people = [None if m.people is None else people_to_dict(m.people) for m in draft.media]
    if any(people) or draft.consents:  # absent before issue 19: older fingerprints stay the same
        content["people"] = people
        content["consents"] = consents_to_list(draft.consents)
    if draft.versions.enabled:  # language versions are content; a draft without them hashes as before
        versions: dict[str, Any] = dict(versions_to_data(draft.versions) or {})
        for bookkeeping in ("primary_basis", "primary_seen"):  # when versions were seen, not what they say
            versions.pop(bookkeeping, None)
        versions["extra"] = [{k: v for k, v in e.items() if k != "basis"} for e in versions["extra"]]
        content["versions"] = versions
    return sha256_hex(canonical_json(content))
