"""What an image's metadata can give away: where it was taken, and who is behind it."""
from __future__ import annotations

import math
import re
from typing import NamedTuple

# Kinds of personal metadata, in the order they are reported.
PERSONAL_KINDS: tuple[str, ...] = ("author", "owner", "contact", "camera_serial", "lens_serial")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]+")
_SPACE = re.compile(r"\s+")


class Location(NamedTuple):
    latitude: float
    longitude: float


class Field(NamedTuple):
    kind: str  # one of PERSONAL_KINDS
    value: str


def location(latitude: float | None, longitude: float | None) -> Location | None:
    """Coordinates a photo really carries: both present, finite, in range, and not the
    0°, 0° that cameras without a satellite fix write."""
    if latitude is None or longitude is None:
        return None
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if abs(latitude) > 90 or abs(longitude) > 180 or (latitude == 0 and longitude == 0):
        return None
    return Location(latitude, longitude)


def clean_text(value: str) -> str:
    """One line of printable text; empty when it holds nothing but zeros, dashes, dots
    and spaces (what cameras write for an unset serial number)."""
    text = _SPACE.sub(" ", _CONTROL.sub(" ", value)).strip()
    return "" if not text.strip("0 -_./") else text


def decode(data: bytes) -> str:
    """Text stored without a reliable charset: UTF-8 when it is valid, else Latin-1."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def field(kind: str, value: str | bytes | None) -> list[Field]:
    if isinstance(value, bytes):
        value = decode(value)
    text = clean_text(value) if isinstance(value, str) else ""
    return [Field(kind, text)] if text else []


class RawMetadata(NamedTuple):
    """What a file format gives: EXIF blocks (Pillow `Image.Exif`), XMP packets, and
    personal fields found in other places (IPTC, PNG text)."""
    exif: list
    xmp: list[bytes | str]
    fields: list[Field]
