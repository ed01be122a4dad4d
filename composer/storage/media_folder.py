"""Media files copied into the data folder, named by their SHA-256: `media/<sha256><ext>`.

A draft's media item (the `draft_to_dict` form: kind, alt, captions, path) is stored as a
row (kind, alt, captions, sha256, file_name, path): sha256 and the name the file had when
it was added, or, when there was no file to copy, the path as given.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from composer.model.media_content import file_media_type, media_type
from composer.model.media_sniff import HEAD_BYTES
from composer.model.media_files import file_sha256
from composer.storage.backup_files import fsync_dir

STORED_NAME = re.compile(r"[0-9a-f]{64}(\.[a-z0-9]{1,10})?")
PARTIAL_PREFIX = ".import-"


@lru_cache(maxsize=1024)
def extension(name: str) -> str:
    """The lower-case extension a stored copy of `name` gets ("" if it has no usable one)."""
    suffix = os.path.splitext(os.path.basename(name))[1].lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


class MediaFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        self._prefix = os.path.join(self.folder, "")  # "<folder>/", for building paths quickly

    @staticmethod
    def content_extension(source: str | os.PathLike[str]) -> str:
        """The extension of what `source` is ("" when it is no image or video Somevahti
        knows): never the name it was given, so bytes that start as an MP4 and go on as a
        script are not stored as "<sha>.bat"."""
        found = file_media_type(source)
        return "" if found is None else found.extension

    def import_file(self, source: str | os.PathLike[str]) -> Path:
        """Copy `source` in unless a copy is already there; returns the stored path.

        The copy is written to a temporary file, synced and renamed into place, and named
        by the hash of the bytes actually copied, so a stored file is never partial.
        """
        source = Path(source)
        suffix = self.content_extension(source)
        known = self.folder / f"{file_sha256(source)}{suffix}"
        if known.exists():
            return known
        with open(source, "rb") as data:
            return self._write_new(iter(lambda: data.read(1 << 20), b""), suffix)

    def import_bytes(self, data: bytes) -> tuple[Path, bool]:
        """Store `data` (a review package's media file) unless it is here already; the same
        guarantees as import_file, without a temporary copy anywhere else on disk. Returns
        the stored path and whether it was written now (False: it was here)."""
        found = media_type(data[:HEAD_BYTES])
        suffix = "" if found is None else found.extension
        known = self.folder / f"{hashlib.sha256(data).hexdigest()}{suffix}"
        if known.exists():
            return known, False
        view = memoryview(data)
        return self._write_new((view[i:i + (1 << 20)] for i in range(0, len(data), 1 << 20)), suffix), True

    def _write_new(self, blocks, suffix: str) -> Path:
        """Write the blocks to a partial file, sync it and rename it to `<sha256><suffix>`.
        On any failure (a full disk: ENOSPC) the partial file is removed and the error raised."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(dir=self.folder, prefix=PARTIAL_PREFIX, suffix=".part")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                for block in blocks:
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            target = self.folder / f"{digest.hexdigest()}{suffix}"
            if target.exists():
                os.unlink(partial)
            else:
                os.replace(partial, target)
                fsync_dir(self.folder)
            return target
        except BaseException:
            if os.path.exists(partial):
                os.unlink(partial)
            raise

    def remove_partial(self, older_than_s: float = 3600) -> None:
        """Delete copies left half-written by a crash."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.glob(f"{PARTIAL_PREFIX}*.part"):
            if time.time() - entry.stat().st_mtime > older_than_s:
                entry.unlink(missing_ok=True)

    def remove_unused(self, in_use: set[str], older_than_s: float) -> int:
        """Delete stored copies whose SHA-256 is not in `in_use` and that were copied in
        more than `older_than_s` seconds ago (a copy just imported may not be saved with its
        draft yet); returns how many. Photos of people must not outlive their drafts."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for entry in self.folder.iterdir():
            if (STORED_NAME.fullmatch(entry.name) and entry.name[:64] not in in_use
                    and time.time() - entry.stat().st_mtime > older_than_s):
                entry.unlink(missing_ok=True)
                removed += 1
        if removed:
            fsync_dir(self.folder)
        return removed

    def to_row(self, item: dict[str, Any]) -> dict[str, Any]:
        """The stored row for a media item, copying its file in when it is not here yet."""
        row = {"kind": item["kind"], "alt": item.get("alt"), "captions": item.get("captions"),
               "sha256": None, "file_name": None, "path": None}
        if item.get("people") is not None:
            row["people"] = item["people"]
        path = item.get("path")
        if not path:
            return row
        given = Path(path)
        shown = item.get("file_name") or None
        if given.parent == self.folder and STORED_NAME.fullmatch(given.name):
            return row | {"sha256": given.name[:64], "file_name": shown or given.name}
        try:
            stored = self.import_file(given)
        except OSError:  # missing or unreadable: keep the path, try again at the next save
            return row | {"path": path}
        # the name it had (or was shown under), with the extension of what it is (see to_item)
        name = shown or given.name
        name = name if extension(name) == stored.suffix else Path(name).stem + stored.suffix
        return row | {"sha256": stored.name[:64], "file_name": name}

    def to_item(self, row: dict[str, Any]) -> dict[str, Any]:
        """The `draft_to_dict` media item for a stored row; stored files are in this folder."""
        sha256 = row["sha256"]
        path = f"{self._prefix}{sha256}{extension(row['file_name'] or '')}" if sha256 else row["path"]
        item = {"kind": row["kind"], "alt": row["alt"], "captions": row["captions"], "path": path}
        name = row["file_name"]
        if sha256 and name and not STORED_NAME.fullmatch(name):  # the name it was added under
            item["file_name"] = name
        return item if row.get("people") is None else item | {"people": row["people"]}
