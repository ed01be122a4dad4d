"""What a media file really is, by its first bytes (never by its name).

`sniff_media(head)` returns ("image" | "video", format name) or None. Enough bytes:
HEAD_BYTES.
"""
from __future__ import annotations

HEAD_BYTES = 64

# ISO base media file format (MP4, MOV, M4V, HEIF, AVIF): the `ftyp` box names brands.
_IMAGE_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"mif2",
                 b"msf1", b"avif", b"avis", b"avio"}
_VIDEO_BRANDS = {b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso8", b"iso9", b"mp41", b"mp42",
                 b"mp71", b"avc1", b"M4V ", b"M4VH", b"M4VP", b"qt  ", b"dash", b"mmp4", b"f4v ", b"MSNV",
                 b"XAVC", b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"crx "}
_BMP_INFO_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}


def _iso_bmff(head: bytes) -> tuple[str, str] | None:
    if head[4:8] != b"ftyp" or len(head) < 12:
        return None
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    compatible = [head[i:i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)]
    for brands in ([major], compatible):
        if any(b in _IMAGE_BRANDS for b in brands):
            return ("image", "heif")
        if any(b in _VIDEO_BRANDS for b in brands):
            return ("video", "quicktime" if b"qt  " in brands else "mp4")
    return None


def sniff_media(head: bytes) -> tuple[str, str] | None:
    """("image", "png"), ("video", "mp4") and so on, or None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return ("image", "jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ("image", "png")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return ("image", "gif")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ("image", "webp")
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return ("video", "avi")
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return ("image", "tiff")
    if head[:2] == b"BM" and len(head) >= 18 and int.from_bytes(head[14:18], "little") in _BMP_INFO_SIZES:
        return ("image", "bmp")
    if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML: WebM and Matroska
        return ("video", "webm" if b"webm" in head[:HEAD_BYTES] else "matroska")
    return _iso_bmff(head)
