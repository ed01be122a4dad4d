"""Media files without Qt: what kind a file is and where pasted images are saved.

The media panel uses these; keeping them Qt-free makes them easy to test and reuse.
"""
from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

# Extensions offered in the "Add image or video" dialog for videos. Images come from what
# the Qt image reader can read, so the panel builds that half of the filter itself.
VIDEO_PATTERNS: tuple[str, ...] = ("*.mp4", "*.m4v", "*.mov", "*.webm", "*.avi", "*.mkv")


def media_kind(path: str | os.PathLike[str]) -> str | None:
    """"image" or "video" by the file name's MIME type, or None for anything else."""
    mime, _encoding = mimetypes.guess_type(os.fspath(path), strict=False)
    if mime is None:
        return None
    major = mime.split("/", 1)[0]
    return major if major in ("image", "video") else None


def save_png(data: bytes, directory: str | os.PathLike[str]) -> Path:
    """Write PNG bytes to `directory` as `<sha256>.png` and return the path.

    The same image pasted twice lands in the same file, so nothing is written again.
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(data).hexdigest()}.png"
    if not target.exists():
        partial = target.with_suffix(".png.part")
        partial.write_bytes(data)
        os.replace(partial, target)
    return target


_HASHES: dict[tuple[str, int, int], str] = {}


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The SHA-256 (hex) of a file's bytes, remembered while its size and mtime stay the
    same, so hashing approved content on every edit does not re-read videos."""
    stat = os.stat(path)
    key = (os.fspath(path), stat.st_size, stat.st_mtime_ns)
    if key not in _HASHES:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _HASHES[key] = digest.hexdigest()
    return _HASHES[key]
