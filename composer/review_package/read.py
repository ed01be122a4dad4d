"""Open a review package: everything is validated before the caller may write anything.

`read_package` returns the draft (its media paths are still member names such as
"media/<sha256>.png"), the media bytes by member name, and who sent it, when, and from
which base. Any problem raises PackageError with one sentence for the user.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Mapping

from composer.model.draft import Draft
from composer.model.media_content import MediaRefused, inspect_bytes
from composer.model.media_limits import media_limits
from composer.messages import message
from composer.review_package.errors import PackageError
from composer.review_package.fingerprint import draft_fingerprint
from composer.review_package.layout import MANIFEST, SCHEMA, media_sha256
from composer.review_package.limits import DEFAULT_LIMITS, PackageLimits
from composer.review_package.manifest import parse_manifest
from composer.review_package.zip_checks import open_archive, read_member, vet_members

_KIND = {"image": "review_package.kind.image", "video": "review_package.kind.video"}
_REFUSED = {"not_media": "not_media", "damaged": "media_damaged", "too_many_pixels": "too_many_pixels"}


@dataclass(frozen=True)
class Package:
    draft: Draft  # media paths are member names ("media/<sha256>.png"), not files
    media: Mapping[str, bytes]
    sent_by: str
    sent_at: str
    base: str  # fingerprint of the content both sides last had in common
    schema: int = SCHEMA
    fingerprint: str = field(init=False)  # of the draft's content as sent

    def __post_init__(self) -> None:
        object.__setattr__(self, "fingerprint", draft_fingerprint(self.draft, media_sha256))


def _check_media(draft: Draft, media: Mapping[str, object], name: str) -> None:
    referenced = {item.path for item in draft.media if item.path is not None}
    missing, unused = sorted(referenced - media.keys()), sorted(media.keys() - referenced)
    if missing:
        raise PackageError("media_missing", name=name, member=missing[0])
    if unused:
        raise PackageError("media_unreferenced", member=unused[0])


def _check_media_bytes(draft: Draft, member: str, data: bytes, name: str) -> None:
    """The bytes match their name's hash, are all the image or video they claim to be, of
    the kind the draft says, and the name's extension (if any) is one of that format's."""
    if hashlib.sha256(data).hexdigest() != media_sha256(member):
        raise PackageError("media_hash", name=name, member=member)
    try:
        found = inspect_bytes(data)
    except MediaRefused as refused:
        raise PackageError(_REFUSED[refused.reason], member=member, **refused.values) from None
    for item in draft.media:
        if item.path == member and item.kind != found.kind:
            raise PackageError("kind_mismatch", member=member, actual=message(_KIND[found.kind]),
                               expected=message(_KIND[item.kind]))
    if not found.fits_name(member):
        raise PackageError("media_disguised", member=member, actual=message(_KIND[found.kind]),
                           extension=found.extension)


def read_package(path: str | os.PathLike[str], limits: PackageLimits = DEFAULT_LIMITS,
                 progress: Callable[[int, int], None] | None = None) -> Package:
    """The package at `path`, fully validated (entries, sizes, package.json, draft, every
    media file's hash and content), or PackageError. Reads only; writes nothing anywhere.
    `progress(done, total)` hears after each media file (it may be called from the worker
    thread this runs on)."""
    name = Path(path).name
    with open_archive(path, limits) as archive:
        infos = archive.infolist()
        vet_members(infos, limits)
        by_name = {info.filename: info for info in infos}
        if MANIFEST not in by_name:
            raise PackageError("no_manifest", name=name)
        raw = read_member(archive, by_name.pop(MANIFEST), limits)
        parts = raw.count(b"{") + raw.count(b"[")  # counted in C, before json.loads takes the GIL
        if parts > limits.max_json_parts:
            raise PackageError("manifest_too_complex", name=name, count=parts, limit=limits.max_json_parts)
        manifest = parse_manifest(raw, name)
        if len(manifest.draft.media) > media_limits().per_draft_max:
            raise PackageError("too_many_media", name=name, count=len(manifest.draft.media),
                               limit=media_limits().per_draft_max)
        _check_media(manifest.draft, by_name, name)  # names first: nothing big is read for nothing
        media = {}
        for done, (member, info) in enumerate(sorted(by_name.items()), 1):
            media[member] = read_member(archive, info, limits)
            _check_media_bytes(manifest.draft, member, media[member], name)
            if progress is not None:
                progress(done, len(by_name))
    return Package(manifest.draft, MappingProxyType(media), manifest.sent_by, manifest.sent_at, manifest.base,
                   manifest.schema)
