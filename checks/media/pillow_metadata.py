"""EXIF, XMP and IPTC of JPEG (also MPO), WebP and TIFF files, through Pillow's format
readers. Only the headers are parsed: no pixels are decoded, so a 12-megapixel photo
(or a 200-megapixel one, which Image.open would refuse as a decompression bomb) costs
a few kilobytes of reading."""
from __future__ import annotations

import logging
from typing import Any, BinaryIO

from checks.media.clues import Field, RawMetadata, field

log = logging.getLogger(__name__)

_IPTC_FIELDS = {(2, 80): "author", (2, 118): "contact"}  # By-line, Contact


def pillow_format(head: bytes) -> str | None:
    """The format these readers take, from a file's first 12 bytes."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\0", b"MM\0*", b"II+\0", b"MM\0+"):
        return "TIFF"
    return None


def pillow_metadata(fh: BinaryIO, image_format: str) -> RawMetadata:
    from PIL import IptcImagePlugin

    image = _open(fh, image_format)
    raw = RawMetadata([], [], [])
    xmp = image.info.get("xmp")
    if isinstance(xmp, (bytes, str)):
        raw.xmp.append(xmp)
    try:
        raw.exif.append(image.getexif())
    except Exception as exc:  # broken EXIF hides only itself
        log.debug("EXIF skipped: %s", exc)
    try:
        raw.fields.extend(iptc_fields(IptcImagePlugin.getiptcinfo(image) or {}))
    except Exception as exc:  # broken IPTC hides only itself
        log.debug("IPTC skipped: %s", exc)
    return raw


def _open(fh: BinaryIO, image_format: str) -> Any:
    """The format's image file object, built directly: Image.open would also check the
    pixel count, which does not matter when only metadata is read."""
    if image_format == "JPEG":
        from PIL.JpegImagePlugin import JpegImageFile
        return JpegImageFile(fh)
    if image_format == "WEBP":
        from PIL.WebPImagePlugin import WebPImageFile
        return WebPImageFile(fh)
    from PIL.TiffImagePlugin import TiffImageFile
    return TiffImageFile(fh)


def iptc_fields(iptc: dict[tuple[int, int], bytes | list[bytes]]) -> list[Field]:
    found: list[Field] = []
    for key, kind in _IPTC_FIELDS.items():
        values = iptc.get(key, [])
        for value in values if isinstance(values, list) else [values]:
            found += field(kind, value)
    return found
