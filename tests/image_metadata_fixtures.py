"""Small real images with chosen metadata, built with Pillow (plus raw XMP and IPTC
segments, which Pillow does not write for JPEG)."""
from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

# Kokkola market square.
LATITUDE, LONGITUDE = 63.8385, 23.1307

ARTIST, XP_AUTHOR, COPYRIGHT, MAKE, MODEL, SOFTWARE, DATETIME = 0x013B, 0x9C9D, 0x8298, 0x010F, 0x0110, 0x0131, 0x0132
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
CAMERA_OWNER, BODY_SERIAL, LENS_SERIAL = 0xA430, 0xA431, 0xA435
EXPOSURE_TIME, F_NUMBER, ISO, LENS_MODEL = 0x829A, 0x829D, 0x8827, 0xA434


def dms(degrees: float) -> tuple[float, float, float]:
    whole, minutes = int(degrees), (degrees - int(degrees)) * 60
    return float(whole), float(int(minutes)), round((minutes - int(minutes)) * 60, 2)


def camera_exif() -> Image.Exif:
    """What every camera writes and nobody should be warned about."""
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[SOFTWARE] = "Canon", "Canon EOS R6", "Adobe Lightroom 13.2"
    exif[DATETIME] = "2025:05:31 14:02:11"
    exif[COPYRIGHT] = "Kokkolan kaupunki"
    sub = exif.get_ifd(EXIF_IFD)
    sub[EXPOSURE_TIME], sub[F_NUMBER], sub[ISO], sub[LENS_MODEL] = 1 / 250, 5.6, 200, "RF24-105mm F4 L IS USM"
    return exif


def with_gps(exif: Image.Exif, latitude: float = LATITUDE, longitude: float = LONGITUDE) -> Image.Exif:
    gps = exif.get_ifd(GPS_IFD)
    gps[0] = b"\x02\x02\x00\x00"
    gps[1], gps[2] = ("N" if latitude >= 0 else "S"), dms(abs(latitude))
    gps[3], gps[4] = ("E" if longitude >= 0 else "W"), dms(abs(longitude))
    return exif


def jpeg(exif: Image.Exif | None = None, segments: tuple[bytes, ...] = (), size: tuple[int, int] = (16, 12)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (40, 90, 160)).save(out, "JPEG", quality=80, **({"exif": exif} if exif else {}))
    data = out.getvalue()
    return data[:2] + b"".join(segments) + data[2:]  # right after SOI


def segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def xmp(properties: str) -> bytes:
    """An XMP packet whose rdf:Description holds `properties` (elements)."""
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:exifEX="http://cipa.jp/exif/1.0/"'
            ' xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
            ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
            ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">'
            f'{properties}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode("utf-8")


def xmp_segment(packet: bytes) -> bytes:
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0" + packet)


def iptc_segment(records: dict[tuple[int, int], str]) -> bytes:
    """APP13: a Photoshop IPTC-NAA resource (0x0404) with UTF-8 datasets."""
    data = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set = UTF-8
    for (record, dataset), value in records.items():
        encoded = value.encode("utf-8")
        data += struct.pack(">BBBH", 0x1C, record, dataset, len(encoded)) + encoded
    if len(data) % 2:
        data += b"\0"
    return segment(0xED, b"Photoshop 3.0\0" + b"8BIM" + struct.pack(">H", 0x0404) + b"\0\0"
                   + struct.pack(">I", len(data)) + data)


def png(exif: Image.Exif | None = None, texts: dict[str, str] | None = None, after_data: tuple[bytes, ...] = ()) -> bytes:
    """A PNG with an eXIf chunk and tEXt chunks (Pillow writes them before the image
    data), and `after_data` chunks inserted after it, as ExifTool would."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for key, value in (texts or {}).items():
        info.add_text(key, value)
    out = io.BytesIO()
    Image.new("RGB", (16, 12), (200, 120, 40)).save(out, "PNG", pnginfo=info, **({"exif": exif} if exif else {}))
    data = out.getvalue()
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + b"".join(after_data) + data[iend:]


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
