"""The metadata chunks of a PNG file — eXIf, XMP and the Author text — wherever they
are (ExifTool and others write them after the image data), without decoding pixels."""
from __future__ import annotations

import logging
import struct
import zlib
from typing import BinaryIO

from checks.media.clues import RawMetadata, field

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
_MAX_CHUNK = 4 * 1024 * 1024  # metadata chunks larger than this are skipped
_MAX_TEXT = 4 * 1024 * 1024  # compressed text is inflated up to this size
_AUTHOR_KEYWORDS = ("author", "artist")
_XMP_KEYWORD = "XML:com.adobe.xmp"
# ImageMagick keeps profiles as hex text: "\nexif\n    <length>\n<hex lines>".
_RAW_EXIF_KEYWORDS = ("Raw profile type exif", "Raw profile type APP1")
_RAW_XMP_KEYWORD = "Raw profile type xmp"

log = logging.getLogger(__name__)


def png_metadata(fh: BinaryIO) -> RawMetadata:
    raw = RawMetadata([], [], [])
    fh.seek(len(SIGNATURE))
    while len(header := fh.read(8)) == 8:
        length, kind = struct.unpack(">I4s", header)
        if kind == b"IEND":
            break
        if (kind == b"eXIf" or kind in _TEXT_CHUNKS) and length <= _MAX_CHUNK:
            data = fh.read(length)
            if len(data) < length:
                break
            try:
                _take(kind, data, raw)
            except Exception as exc:  # a broken chunk (bad zlib, hex or EXIF) hides only itself
                log.debug("PNG %s chunk skipped: %s", kind, exc)
            fh.seek(4, 1)  # CRC
        else:
            fh.seek(length + 4, 1)
    return raw


def _take(kind: bytes, data: bytes, raw: RawMetadata) -> None:
    if kind == b"eXIf":
        raw.exif.append(_exif(data))
        return
    keyword, text = _text(kind, data)
    if keyword.lower() in _AUTHOR_KEYWORDS:
        raw.fields.extend(field("author", text))
    elif keyword == _XMP_KEYWORD:
        raw.xmp.append(text)
    elif keyword in _RAW_EXIF_KEYWORDS:
        raw.exif.append(_exif(_raw_profile(text)))
    elif keyword == _RAW_XMP_KEYWORD:
        raw.xmp.append(_raw_profile(text))


def _exif(data: bytes):  # -> PIL.Image.Exif
    from PIL import Image

    exif = Image.Exif()
    exif.load(data)
    return exif


def _text(kind: bytes, data: bytes) -> tuple[str, str]:
    """A text chunk's keyword and text."""
    keyword, _, rest = data.partition(b"\0")
    if kind == b"tEXt":
        return keyword.decode("latin-1"), rest.decode("latin-1")
    if kind == b"zTXt":
        return keyword.decode("latin-1"), _inflate(rest[1:]).decode("latin-1")
    compressed, rest = rest[:1] == b"\1", rest[2:]
    _language, _, rest = rest.partition(b"\0")
    _translated, _, text = rest.partition(b"\0")
    return keyword.decode("latin-1"), (_inflate(text) if compressed else text).decode("utf-8", "replace")


def _inflate(data: bytes) -> bytes:
    return zlib.decompressobj().decompress(data, _MAX_TEXT)


def _raw_profile(text: str) -> bytes:
    return bytes.fromhex("".join(text.strip().split("\n")[2:]))
