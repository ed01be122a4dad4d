"""One image file's location and personal fields, from every block of metadata its
format has: EXIF, XMP, IPTC and PNG text. A broken block hides only itself."""
from __future__ import annotations

import logging
from typing import BinaryIO, Callable, TypeVar

from checks.media.clues import PERSONAL_KINDS, Field, Location, RawMetadata
from checks.media.exif_fields import exif_fields, exif_location, exif_xmp
from checks.media.pillow_metadata import pillow_format, pillow_metadata
from checks.media.png_metadata import SIGNATURE as PNG_SIGNATURE, png_metadata
from checks.media.xmp_fields import XmpMetadata

log = logging.getLogger(__name__)
T = TypeVar("T")


def read_metadata(fh: BinaryIO) -> tuple[Location | None, tuple[Field, ...]] | None:
    """(location, personal fields), or None when the file is not a format read here."""
    head = fh.read(12)
    fh.seek(0)
    if head.startswith(PNG_SIGNATURE):
        return _combine(png_metadata(fh))
    image_format = pillow_format(head)
    return None if image_format is None else _combine(pillow_metadata(fh, image_format))


def _combine(raw: RawMetadata) -> tuple[Location | None, tuple[Field, ...]]:
    fields = list(raw.fields)
    locations: list[Location | None] = []
    packets: list[bytes | str | None] = list(raw.xmp)
    for exif in raw.exif:
        fields += _guarded(exif_fields, exif, [])
        locations.append(_guarded(exif_location, exif, None))
        packets.append(_guarded(exif_xmp, exif, None))
    for packet in filter(None, packets):
        xmp = _guarded(XmpMetadata, packet, None)
        if xmp is not None:
            fields += xmp.fields
            locations.append(xmp.location)
    unique = dict.fromkeys(sorted(fields, key=lambda f: PERSONAL_KINDS.index(f.kind)))
    return next(filter(None, locations), None), tuple(unique)


def _guarded(function: Callable[..., T], argument: object, default: T) -> T:
    try:
        return function(argument)
    except Exception as exc:  # one broken block of metadata hides only itself
        log.debug("%s skipped: %s", function.__name__, exc)
        return default
