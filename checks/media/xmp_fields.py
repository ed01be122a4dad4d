"""The XMP properties that locate a photo or name a person (Adobe, CIPA and IPTC
schemas), from one XMP packet. A packet with a DTD is not read (XMP never has one, and
entities are how XML bombs work)."""
from __future__ import annotations

import re
from typing import Iterator

from checks.media.clues import Field, Location, decode, field, location

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"
_TIFF = "http://ns.adobe.com/tiff/1.0/"
_EXIF = "http://ns.adobe.com/exif/1.0/"
_EXIF_EX = "http://cipa.jp/exif/1.0/"
_AUX = "http://ns.adobe.com/exif/1.0/aux/"
_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"

_PERSONAL = {
    f"{{{_DC}}}creator": "author",
    f"{{{_TIFF}}}Artist": "author",
    f"{{{_EXIF_EX}}}CameraOwnerName": "owner",
    f"{{{_AUX}}}OwnerName": "owner",
    f"{{{_IPTC_CORE}}}CiEmailWork": "contact",
    f"{{{_IPTC_CORE}}}CiTelWork": "contact",
    f"{{{_IPTC_CORE}}}CiAdrExtadr": "contact",
    f"{{{_EXIF_EX}}}BodySerialNumber": "camera_serial",
    f"{{{_AUX}}}SerialNumber": "camera_serial",
    f"{{{_EXIF_EX}}}LensSerialNumber": "lens_serial",
    f"{{{_AUX}}}LensSerialNumber": "lens_serial",
}
_LATITUDE, _LONGITUDE = f"{{{_EXIF}}}GPSLatitude", f"{{{_EXIF}}}GPSLongitude"
_WANTED = frozenset(_PERSONAL) | {_LATITUDE, _LONGITUDE}
_LI = f"{{{_RDF}}}li"

# XMP writes coordinates as "DDD,MM,SSk" or "DDD,MM.mmk" (k = N, S, E or W).
_XMP_COORDINATE = re.compile(r"(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?([NSEW])")
_DECIMAL = re.compile(r"[+-]?\d{1,3}(?:\.\d+)?")
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


class XmpMetadata:
    def __init__(self, packet: bytes | str) -> None:
        self.fields: list[Field] = []
        self.location: Location | None = None
        root = _parse(packet)
        if root is None:
            return
        coordinates: dict[str, str] = {}
        for name, values in _properties(root):
            if name in _PERSONAL:
                for value in values:
                    self.fields += field(_PERSONAL[name], value)
            else:
                coordinates[name] = values[0]
        self.location = location(_coordinate(coordinates.get(_LATITUDE, "")),
                                 _coordinate(coordinates.get(_LONGITUDE, "")))


def _parse(packet: bytes | str):  # -> xml.etree.ElementTree.Element | None
    from xml.etree import ElementTree

    if isinstance(packet, bytes):
        packet = packet.decode("utf-16", "replace") if packet[:2] in (b"\xff\xfe", b"\xfe\xff") else decode(packet)
    if "<!DOCTYPE" in packet or "<!ENTITY" in packet:
        return None
    try:
        return ElementTree.fromstring(_DECLARATION.sub("", packet, count=1))
    except ElementTree.ParseError:
        return None


def _properties(root) -> Iterator[tuple[str, list[str]]]:
    """The wanted properties with their values: an element's text, or the rdf:li items of
    its rdf:Seq/Bag/Alt, or the short form, an attribute of rdf:Description."""
    for element in root.iter():
        if element.tag in _WANTED:
            items = [li.text or "" for container in element for li in container if li.tag == _LI]
            yield element.tag, items or [element.text or ""]
        for name, value in element.attrib.items():
            if name in _WANTED:
                yield name, [value]


def _coordinate(text: str) -> float | None:
    text = text.strip()
    match = _XMP_COORDINATE.fullmatch(text)
    if match:
        degrees, minutes, seconds, ref = match.groups()
        value = int(degrees) + float(minutes) / 60 + float(seconds or 0) / 3600
        return -value if ref in "SW" else value
    return float(text) if _DECIMAL.fullmatch(text) else None
