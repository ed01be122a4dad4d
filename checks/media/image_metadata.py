"""What an image file's metadata tells about where it was taken and who is behind it.

`read_image_metadata(path)` reads JPEG (also MPO), PNG, WebP and TIFF; anything else —
HEIC, GIF, a video, a missing or unreadable file, a file that is not an image — has no
metadata here. It never raises and never decodes pixels, and it caches by (path, size,
modification time), so checking a post again while its author types costs one stat()
per image. The readers (and Pillow) are imported on the first read, not when the
engine loads.
"""
from __future__ import annotations

import logging
import os
import stat
import warnings
from dataclasses import dataclass
from functools import lru_cache

from checks.media.clues import Field, Location

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImageMetadata:
    location: Location | None = None
    personal: tuple[Field, ...] = ()  # each (kind, value) once, in PERSONAL_KINDS order


NOTHING = ImageMetadata()


def read_image_metadata(path: str | os.PathLike[str]) -> ImageMetadata:
    try:
        info = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return NOTHING
    if not stat.S_ISREG(info.st_mode):
        return NOTHING
    return _read_cached(os.fspath(path), info.st_size, info.st_mtime_ns)


@lru_cache(maxsize=256)
def _read_cached(path: str, size: int, mtime_ns: int) -> ImageMetadata:
    from checks.media.metadata_reader import read_metadata

    # Pillow warns about odd EXIF; here a file's oddities only mean less to report.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with open(path, "rb") as fh:
                found = read_metadata(fh)
        except Exception as exc:  # not an image after all, truncated, or hostile
            log.debug("no metadata read from %s: %s", path, exc)
            return NOTHING
    return NOTHING if found is None else ImageMetadata(*found)
