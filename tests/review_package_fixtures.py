"""Test material for review packages: tiny real media as raw bytes (no Pillow, no Qt),
Finnish drafts, and a media store that records what it was asked to write."""
from __future__ import annotations

import hashlib
import os
import struct
import zlib
from pathlib import Path

from checks.model import Media
from composer.model.draft import Draft, PaidRecord


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(red: int = 255) -> bytes:
    """A valid 1×1 RGB PNG; `red` makes different images."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes([0, red, 0, 0])))
            + _chunk(b"IEND", b""))


def big_png(width: int, height: int) -> bytes:
    """A black 1-bit PNG of width × height: a few hundred kilobytes that decode to a huge image."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = bytes(height * (1 + (width + 7) // 8))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 9))
            + _chunk(b"IEND", b""))


def mp4_bytes() -> bytes:
    """An ISO-BMFF `ftyp` box (isom, mp41), an empty `moov` box and a small `mdat` box: sniffed
    as MP4, and its boxes run from the first byte to the last as a real MP4's do."""
    ftyp = struct.pack(">I4s4sI4s4s", 24, b"ftyp", b"isom", 0x200, b"isom", b"mp41")
    payload = bytes(range(256)) * 4
    return ftyp + struct.pack(">I4s", 8, b"moov") + struct.pack(">I4s", 8 + len(payload), b"mdat") + payload


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def media_file(folder: Path, name: str, data: bytes) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return str(path)


def finnish_draft(media_dir: Path) -> Draft:
    """A library's story-time post: Facebook and X (the X text edited), a picture and a video."""
    draft = Draft(title="Satutuokio", master="Tervetuloa satutuokioon pääkirjastoon lauantaina klo 11! "
                                             "Tuokio on maksuton, eikä ennakkoilmoittautumista tarvita.",
                  channels=["facebook", "x"], role="organisation", pack="kokkola", author="Maija Mäkelä",
                  media=[Media("image", "Lapsia kuuntelemassa satua kirjaston lastenosastolla", None,
                               media_file(media_dir, "satutuokio.png", png_bytes())),
                         Media("video", "Kirjastonhoitaja lukee satua", True,
                               media_file(media_dir, "satu.mp4", mp4_bytes()))],
                  paid=True, paid_record=PaidRecord("Kirjastotoimenjohtaja", "viestintä", "2026-11-20"))
    draft.set_variant_text("x", "Satutuokio la klo 11 pääkirjastossa – tervetuloa! #kirjasto")
    return draft


def swedish_draft(media_dir: Path) -> Draft:
    return Draft(title="Sagostund", master="Välkommen till sagostunden på huvudbiblioteket på lördag kl. 11!",
                 channels=["facebook"], pack="kokkola", author="Anna Berg",
                 media=[Media("image", "Barn som lyssnar på en saga", None,
                              media_file(media_dir, "sagostund.png", png_bytes(10)))])


class RecordingStore:
    """`store_media` for tests: copies into a folder, named by SHA-256, and records calls."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.calls: list[str] = []

    def __call__(self, name: str, data: bytes) -> str:
        self.calls.append(name)
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{sha256(data)}{Path(name).suffix}"
        target.write_bytes(data)
        return os.fspath(target)


def listing(folder: Path) -> dict[str, bytes | None]:
    """Everything under `folder` (hidden and temporary files too): files with their bytes,
    folders as None."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None for p in sorted(folder.rglob("*"))}
