"""Send for review: the draft and its media in one zip file, written atomically."""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import time
import zipfile
from pathlib import Path

from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.model.draft_records import now_iso
from composer.model.media_files import file_sha256
from composer.review_package.errors import PackageError
from composer.review_package.fingerprint import draft_fingerprint
from composer.review_package.layout import FORMAT, MANIFEST, SCHEMA, SUFFIX, media_name, media_sha256

_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_REGULAR_FILE = (stat.S_IFREG | 0o644) << 16


def package_file_name(draft: Draft) -> str:
    """A file name to suggest: "Satutuokio.somevahti"."""
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", draft.title).split()).strip(" .")[:80].strip(" .")
    return f"{stem or 'review'}{SUFFIX}"


def _media_members(draft: Draft) -> tuple[dict[str, str], dict[str, str]]:
    """(member name by local path, local path by member name) for the draft's media files."""
    name_of: dict[str, str] = {}
    source_of: dict[str, str] = {}
    for item in draft.media:
        if item.path is None or item.path in name_of:
            continue
        try:
            name = media_name(file_sha256(item.path), Path(item.path).suffix)
        except OSError:
            raise PackageError("media_unreadable", path=item.path) from None
        name_of[item.path] = name
        source_of.setdefault(name, item.path)
    return name_of, source_of


def _member(name: str, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, time.localtime()[:6])
    info.compress_type, info.external_attr = compress_type, _REGULAR_FILE
    return info


def _copy_media(archive: zipfile.ZipFile, name: str, source: str) -> None:
    """Copy one media file in, checking its bytes still match the name they were given."""
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as src, archive.open(_member(name, zipfile.ZIP_STORED), "w") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                dst.write(block)
    except OSError:
        raise PackageError("media_unreadable", path=source) from None
    if digest.hexdigest() != media_sha256(name):  # the file changed while we were sending it
        raise PackageError("media_unreadable", path=source)


def write_package(draft: Draft, path: str | os.PathLike[str], sent_by: str, base: str | None = None) -> Path:
    """Write `draft` as a review package at `path` and return the path.

    `base` is the fingerprint of the content both sides last had in common: when returning
    a package, the "base" of the package received (ImportResult.reply_base); when sending
    for the first time, leave it out and the draft's own fingerprint is used. Nothing is
    left behind on failure: the file appears complete or not at all.
    """
    target = Path(path)
    name_of, source_of = _media_members(draft)
    data = draft_to_dict(draft)
    for item in data["media"]:
        if item["path"] is not None:
            item["path"] = name_of[item["path"]]
    manifest = {"format": FORMAT, "schema": SCHEMA, "sent_by": sent_by, "sent_at": now_iso(),
                "base": base or draft_fingerprint(draft), "draft": data}
    partial = None
    try:
        handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(handle, "wb") as raw:
            with zipfile.ZipFile(raw, "w") as archive:
                archive.writestr(_member(MANIFEST, zipfile.ZIP_DEFLATED),
                                 json.dumps(manifest, ensure_ascii=False, indent=1))
                for name, source in source_of.items():  # media are compressed already: stored
                    _copy_media(archive, name, source)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, target)
    except OSError as exc:
        _remove(partial)
        raise PackageError("cannot_write", path=os.fspath(target), detail=exc.strerror or exc) from None
    except BaseException:
        _remove(partial)
        raise
    return target


def _remove(path: str | None) -> None:
    if path is not None:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
