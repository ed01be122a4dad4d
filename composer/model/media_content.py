"""What a media file is, from its bytes, and whether it is all it claims to be.

A file's extension is the sender's word; the bytes are the truth. `media_type(head)` names
the format from the first bytes (`media_sniff`), and its extension is the one Somevahti
stores and exports the file under, so bytes that begin as an MP4 and go on as a batch
script never become "video-01.bat". `inspect_media(stream)` goes further, for files from
other people (review packages): an image must decode within the pixel limits, an MP4 or
QuickTime file must be a sound sequence of boxes with a movie in it, an AVI's RIFF size
must be the file's. Failures raise MediaRefused with a reason key (messages under
`media.refused` in resources/ui_messages).
"""
from __future__ import annotations

import io
import os
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

from composer.model.media_limits import media_limits
from composer.model.media_sniff import HEAD_BYTES, sniff_media

# Extensions per sniffed format; the first is the one a stored or exported copy gets.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"), "png": (".png",), "gif": (".gif",), "webp": (".webp",),
    "tiff": (".tif", ".tiff"), "bmp": (".bmp", ".dib"), "heif": (".heic", ".heif", ".hif", ".avif"),
    "mp4": (".mp4", ".m4v", ".3gp", ".3g2"), "quicktime": (".mov", ".qt", ".mp4"), "avi": (".avi",),
    "webm": (".webm",), "matroska": (".mkv", ".webm"),
}
PILLOW_FORMATS = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP", "tiff": "TIFF", "bmp": "BMP"}
_BOX_TYPE = frozenset(range(0x20, 0x7F)) | {0xA9}  # printable ASCII and "©"
_MOVIE_BOXES = (b"moov", b"moof")


@dataclass(frozen=True)
class MediaType:
    kind: str  # "image" or "video"
    format: str  # a key of EXTENSIONS

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format][0]

    def fits_name(self, name: str) -> bool:
        """True when `name` has no extension or one this format is known by."""
        suffix = os.path.splitext(os.path.basename(name))[1].lower()
        return not suffix or suffix in EXTENSIONS[self.format]


class MediaRefused(Exception):
    """`reason`: "not_media", "damaged", "too_many_pixels"; `values` fill its message."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values


def media_type(head: bytes) -> MediaType | None:
    """The type the first HEAD_BYTES bytes show, or None when they are no image or video."""
    sniffed = sniff_media(head[:HEAD_BYTES])
    return None if sniffed is None else MediaType(*sniffed)


def file_media_type(path: str | os.PathLike[str]) -> MediaType | None:
    with open(path, "rb") as handle:
        return media_type(handle.read(HEAD_BYTES))


def inspect_media(stream: BinaryIO) -> MediaType:
    """The type of the media in `stream` (seekable, at its start), checked all through;
    MediaRefused when it is not an image or video, is not what its first bytes claim, or
    is an image bigger than the channels can use."""
    found = media_type(stream.read(HEAD_BYTES))
    if found is None:
        raise MediaRefused("not_media")
    stream.seek(0)
    if found.format in PILLOW_FORMATS:
        _check_image(stream, found.format)
    elif found.format in ("mp4", "quicktime"):
        _check_boxes(stream)
    elif found.format == "avi":
        _check_riff(stream)
    return found


def inspect_bytes(data: bytes) -> MediaType:
    return inspect_media(io.BytesIO(data))


def open_image(source: "BinaryIO | str | os.PathLike[str]", fmt: str):
    """The image (a path or a stream) opened by its format's own reader, not Image.open,
    whose bomb check warns on stderr above 89 MP: the caller checks `.size` before
    decoding anything. A path is closed with the image."""
    from PIL import Image
    Image.init()
    factory, _accept = Image.OPEN[PILLOW_FORMATS[fmt]]
    opened: Any = os.fspath(source) if isinstance(source, (str, os.PathLike)) else source
    return factory(opened, "")


def _check_image(stream: BinaryIO, fmt: str) -> None:
    limits = media_limits()
    try:
        image = open_image(stream, fmt)
        width, height = image.size
        if not limits.image_fits(width, height):
            raise MediaRefused("too_many_pixels", width=width, height=height,
                               megapixels=round(limits.pixels_max / 1e6), side=limits.side_max)
        image.load()  # every pixel decodes: the rest of the file is the picture, not something else
    except MediaRefused:
        raise
    except (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError, KeyError, TypeError,
            ZeroDivisionError, MemoryError):
        raise MediaRefused("damaged") from None


def _check_boxes(stream: BinaryIO) -> None:
    """ISO base media (MP4, MOV): top-level boxes from the first byte to the last, each with
    a printable type, and a movie box among them."""
    size = stream.seek(0, os.SEEK_END)
    at, seen_movie, count = 0, False, 0
    while at < size:
        stream.seek(at)
        header = stream.read(16)
        if len(header) < 8 or not set(header[4:8]) <= _BOX_TYPE:
            raise MediaRefused("damaged")
        length, kind = int.from_bytes(header[:4], "big"), header[4:8]
        if length == 1:
            if len(header) < 16:
                raise MediaRefused("damaged")
            length = int.from_bytes(header[8:16], "big")
        elif length == 0:
            length = size - at
        if length < 8 or at + length > size:
            raise MediaRefused("damaged")
        seen_movie |= kind in _MOVIE_BOXES
        at, count = at + length, count + 1
        if count > 100_000:
            raise MediaRefused("damaged")
    if not seen_movie:
        raise MediaRefused("damaged")


def _check_riff(stream: BinaryIO) -> None:
    size = stream.seek(0, os.SEEK_END)
    stream.seek(4)
    declared = int.from_bytes(stream.read(4), "little") + 8
    if declared not in (size, size - 1):  # RIFF pads to an even length
        raise MediaRefused("damaged")
