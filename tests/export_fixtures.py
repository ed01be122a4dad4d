"""Test material for the export: photos carrying every kind of metadata a phone or an
editor leaves behind, and Finnish, Swedish and English drafts to export."""
from __future__ import annotations

import io
import struct
import unicodedata
from pathlib import Path

from PIL import Image, ImageCms, PngImagePlugin

from checks.model import Media
from composer.approval.approve import approve
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_records import Comment, StateChange
from tests.review_package_fixtures import mp4_bytes
from tests.reviewer_keys import TEAM_PACK, FixedSigner

ARTIST = "Kuvaaja Maija Virtanen"  # EXIF text is ASCII
SERIAL = "SN-4242-KOKKOLA"
XMP_TEXT = "xmp-salainen-kuvaaja"
IPTC_TEXT = "iptc-byline-Kuvaaja"
JPEG_COMMENT = "kommentti-kamerasta"
PNG_TEXT = "png-tekstin-salaisuus"
GPS = {1: "N", 2: (63.0, 50.0, 18.0), 3: "E", 4: (23.0, 7.0, 48.0)}  # Kokkola market square
XMP = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{XMP_TEXT}</dc:creator>'
       f"</rdf:Description></rdf:RDF></x:xmpmeta>").encode("utf-8")
INTERNAL_COMMENT = "SISÄINEN-KOMMENTTI-älä-vie"
INTERNAL_NOTE = "SISÄINEN-MUISTIINPANO-työnkulusta"

RED, BLUE = (220, 30, 40), (30, 60, 220)


def halves(size: tuple[int, int]) -> Image.Image:
    """Left half red, right half blue: shows which way an image was turned."""
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, size[0] // 2, size[1]))
    return image


def _iptc_segment() -> bytes:
    """A Photoshop APP13 segment holding an IPTC By-line (2:80)."""
    record = b"\x1c\x02\x50" + struct.pack(">H", len(IPTC_TEXT)) + IPTC_TEXT.encode("ascii")
    block = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(record)) + record
    payload = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def phone_jpeg(path: Path, size: tuple[int, int] = (120, 80), orientation: int = 6) -> Path:
    """A JPEG as a phone writes it: EXIF with GPS, Artist, BodySerialNumber and an
    orientation tag, XMP, an ICC profile, a comment and an IPTC segment."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = ARTIST
    exif.get_ifd(0x8769)[0xA431] = SERIAL
    exif.get_ifd(0x8825).update(GPS)
    out = io.BytesIO()
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    halves(size).save(out, "JPEG", exif=exif, xmp=XMP, icc_profile=srgb, comment=JPEG_COMMENT, quality=95)
    data = out.getvalue()
    path.write_bytes(data[:2] + _iptc_segment() + data[2:])
    return path


def texty_png(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """A PNG with tEXt, zTXt and iTXt chunks and an eXIf chunk carrying GPS."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", ARTIST)
    info.add_text("Comment", PNG_TEXT, zip=True)
    info.add_itxt("Description", PNG_TEXT, lang="fi", tkey="Kuvaus")
    exif = Image.Exif()
    exif[0x013B] = ARTIST
    exif.get_ifd(0x8825).update(GPS)
    Image.new("RGBA", size, (20, 160, 90, 200)).save(path, "PNG", pnginfo=info, exif=exif)
    return path


def video(path: Path) -> Path:
    path.write_bytes(mp4_bytes())
    return path


def png_chunks(data: bytes) -> list[bytes]:
    """The chunk types of a PNG file, in order."""
    kinds, offset = [], 8
    while offset < len(data):
        length = struct.unpack(">I", data[offset:offset + 4])[0]
        kinds.append(data[offset + 4:offset + 8])
        offset += 12 + length
    return kinds


def finnish_draft(folder: Path) -> Draft:
    """Facebook, X and Instagram; the master typed in decomposed form (as some Macs paste
    it); a photo, a video and a PNG; a paid record; an internal comment and workflow note."""
    folder.mkdir(parents=True, exist_ok=True)
    master = unicodedata.normalize("NFD", "Tervetuloa pääkirjastoon lauantaina klo 11! Öisiä tarinoita koko "
                                          "perheelle 📚👩‍👩‍👧\n\nLisätietoja: https://www.kokkola.fi/kirjasto "
                                          "#KokkolaKarleby")
    draft = Draft(title="Kirjaston satutuokio", master=master, channels=["facebook", "x", "instagram"],
                  author="Maija Meikäläinen", paid=True,
                  paid_record=PaidRecord("Kirjastotoimenjohtaja Liisa Laine", "markkinointi- ja viestintätiimi",
                                         "2026-11-20"),
                  media=[Media("image", "Lapsia kuuntelemassa satua kirjaston lastenosastolla.", None,
                               str(phone_jpeg(folder / "IMG_2041.JPG"))),
                         Media("video", "Satutuokion tunnelmia", True, str(video(folder / "klippi.MP4"))),
                         Media("image", "Satutuokion juliste.", None, str(texty_png(folder / "juliste.png")))])
    draft.set_variant_text("x", "Satutuokio pääkirjastossa la klo 11 📚 #KokkolaKarleby")
    draft.add_comment(Comment("Pekka Virtanen", INTERNAL_COMMENT))
    draft.record_state(StateChange("draft", "in_review", "Maija Meikäläinen", INTERNAL_NOTE))
    return draft


def swedish_draft() -> Draft:
    return Draft(title="Sagostund", master="Välkommen till huvudbiblioteket på lördag kl. 11! Åtta böcker åt gången.",
                 channels=["facebook", "linkedin"], author="Åsa Öhman")


def english_draft() -> Draft:
    return Draft(title="Story hour", master="Welcome to the main library on Saturday at 11 – bring a friend! 🎉",
                 channels=["x", "bluesky"], author="Alex Smith")


def approved(draft: Draft, reviewer: str = "Pekka Virtanen") -> Draft:
    """`draft` in the test team's pack, sent to review (unless it is there) and approved for
    every channel, signed with the reviewer's key the team lists (a verified approval)."""
    draft.set_pack(TEAM_PACK)
    if draft.state != "in_review":
        draft.record_state(StateChange(draft.state, "in_review", draft.author or "Maija"))
    for channel in draft.channels:
        approve(draft, channel, reviewer, FixedSigner(reviewer))
    draft.record_state(StateChange("in_review", "approved", reviewer))
    return draft
