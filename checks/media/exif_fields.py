"""The EXIF tags that locate a photo or name a person, from a Pillow `Image.Exif`.

Make, Model, Software, dates, exposure and Copyright are not personal: a city's own
copyright line or the camera model says nothing about anyone.
"""
from __future__ import annotations

from typing import Any

from checks.media.clues import Field, Location, decode, field, location

EXIF_IFD = 0x8769
GPS_IFD = 0x8825
XMP_PACKET = 0x02BC  # TIFF's XMLPacket tag

_ARTIST = 0x013B
_XP_AUTHOR = 0x9C9D  # Windows' "Authors", UTF-16
_EXIF_IFD_TAGS = {0xA430: "owner", 0xA431: "camera_serial", 0xA435: "lens_serial"}
_GPS_LATITUDE_REF, _GPS_LATITUDE, _GPS_LONGITUDE_REF, _GPS_LONGITUDE = 1, 2, 3, 4


def exif_fields(exif: Any) -> list[Field]:
    found = field("author", _ascii(exif.get(_ARTIST))) + field("author", _utf16(exif.get(_XP_AUTHOR)))
    sub_ifd = exif.get_ifd(EXIF_IFD)
    for tag, kind in _EXIF_IFD_TAGS.items():
        found += field(kind, _ascii(sub_ifd.get(tag)))
    return found


def exif_location(exif: Any) -> Location | None:
    gps = exif.get_ifd(GPS_IFD)
    return location(_degrees(gps.get(_GPS_LATITUDE), gps.get(_GPS_LATITUDE_REF), "S"),
                    _degrees(gps.get(_GPS_LONGITUDE), gps.get(_GPS_LONGITUDE_REF), "W"))


def exif_xmp(exif: Any) -> bytes | None:
    packet = exif.get(XMP_PACKET)
    return bytes(packet) if isinstance(packet, (bytes, tuple)) else None


def _ascii(value: Any) -> str | bytes | None:
    """EXIF ASCII text; Pillow reads it as Latin-1, but cameras and editors write UTF-8."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1")
        except UnicodeEncodeError:
            return value
    return bytes(value) if isinstance(value, tuple) else value


def _utf16(value: Any) -> str | None:
    if isinstance(value, tuple):
        value = bytes(value)
    return value.decode("utf-16-le", "replace") if isinstance(value, bytes) else None


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    """Degrees from EXIF's (degrees, minutes, seconds) rationals and N/S or E/W."""
    try:
        parts = [float(v) for v in value] if isinstance(value, (tuple, list)) else [float(value)]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not 1 <= len(parts) <= 3:
        return None
    degrees = sum(part / 60 ** i for i, part in enumerate(parts))
    if isinstance(ref, bytes):
        ref = decode(ref)
    return -degrees if isinstance(ref, str) and ref.strip("\x00 ").upper() == negative else degrees
