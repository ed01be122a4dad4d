"""personal_data.image_metadata: a photo's GPS position and personal metadata (author,
camera owner, serial numbers, IPTC by-line and contact) are reported before export, and
nothing else is — a camera model, a copyright line or an empty GPS block is not."""
from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from checks.engine import Engine
from checks.media.image_metadata import NOTHING, read_image_metadata
from checks.model import Media, Post, Severity
from checks.pack_loading import load_pack
from checks.rules.personal_data.image_metadata import RULE
from tests.image_metadata_fixtures import (
    ARTIST, BODY_SERIAL, CAMERA_OWNER, EXIF_IFD, GPS_IFD, LATITUDE, LENS_SERIAL, LONGITUDE, XP_AUTHOR, camera_exif,
    iptc_segment, jpeg, png, png_chunk, segment, with_gps, xmp, xmp_segment)

REPO = Path(__file__).resolve().parents[1]
DATA_IMAGES = REPO / "tests" / "data" / "images"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def personal_exif(**tags: object) -> Image.Exif:
    exif = camera_exif()
    for name, value in tags.items():
        tag = {"artist": ARTIST, "xp_author": XP_AUTHOR}.get(name)
        if tag is not None:
            exif[tag] = value
        else:
            exif.get_ifd(EXIF_IFD)[{"owner": CAMERA_OWNER, "body": BODY_SERIAL, "lens": LENS_SERIAL}[name]] = value
    return exif


def findings(paths: list[str | None], lang: str = "fi", pack: str = "kokkola", kind: str = "image") -> list:
    engine = Engine(pack, lang=lang, strict=True, rules=[RULE])
    media = tuple(Media(kind, alt="Torin joulukuusi.", path=p) for p in paths)
    return engine.check(Post("facebook", "Joulutori avautuu lauantaina!", media=media))


def by_key(found: list) -> dict:
    """Findings by their message key's last part: "location", "personal"."""
    return {f.key.rsplit(".", 1)[1]: f for f in found}


# --- the reader ---

def test_gps_coordinates_are_read_with_their_hemisphere(tmp_path: Path) -> None:
    north_east = read_image_metadata(write(tmp_path, "tori.jpg", jpeg(with_gps(camera_exif()))))
    assert north_east.location == pytest.approx((LATITUDE, LONGITUDE), abs=1e-5)
    south_west = read_image_metadata(write(tmp_path, "sydney.jpg", jpeg(with_gps(camera_exif(), -33.8688, -151.2093))))
    assert south_west.location == pytest.approx((-33.8688, -151.2093), abs=1e-5)
    assert north_east.personal == ()


@pytest.mark.parametrize("gps", [
    {0: b"\x02\x02\x00\x00"},  # GPSVersionID only: the camera had no fix
    {0: b"\x02\x02\x00\x00", 1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)},  # 0°, 0°
    {1: "N", 2: (63.0, 50.0, 18.6)},  # a latitude without a longitude
    {1: "N", 2: (IFDRational(63, 0), IFDRational(0, 0), IFDRational(0, 0)), 3: "E", 4: (IFDRational(23, 0), 0.0, 0.0)},
], ids=["version-only", "zero-zero", "latitude-only", "zero-denominators"])
def test_gps_without_a_real_position_is_no_location(tmp_path: Path, gps: dict) -> None:
    exif = camera_exif()
    exif.get_ifd(GPS_IFD).update(gps)
    assert read_image_metadata(write(tmp_path, "kuva.jpg", jpeg(exif))) == NOTHING


def test_camera_make_model_software_dates_exposure_and_copyright_are_not_personal(tmp_path: Path) -> None:
    exif = camera_exif()
    assert {exif[0x010F], exif[0x0110], exif[0x0131], exif[0x8298]} == {
        "Canon", "Canon EOS R6", "Adobe Lightroom 13.2", "Kokkolan kaupunki"}
    assert read_image_metadata(write(tmp_path, "kamera.jpg", jpeg(exif))) == NOTHING


def test_exif_author_owner_and_serial_numbers(tmp_path: Path) -> None:
    exif = personal_exif(artist="Maija Meikäläinen".encode(), xp_author="Matti Virtanen\0".encode("utf-16-le"),
                         owner="Maija M", body="032021001234", lens="0000000000")
    found = read_image_metadata(write(tmp_path, "kuva.jpg", jpeg(exif))).personal
    assert [(f.kind, f.value) for f in found] == [
        ("author", "Maija Meikäläinen"), ("author", "Matti Virtanen"), ("owner", "Maija M"),
        ("camera_serial", "032021001234")]  # an all-zero serial number means "not set"


def test_xmp_creator_serials_contact_and_position(tmp_path: Path) -> None:
    packet = xmp('<dc:creator><rdf:Seq><rdf:li>Liisa Lahtinen</rdf:li><rdf:li>Pekka Pouta</rdf:li></rdf:Seq>'
                 '</dc:creator><Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource">'
                 '<Iptc4xmpCore:CiEmailWork>liisa.lahtinen@example.fi</Iptc4xmpCore:CiEmailWork>'
                 '</Iptc4xmpCore:CreatorContactInfo><aux:LensSerialNumber>L-4411</aux:LensSerialNumber>'
                 '<exif:GPSLatitude>63,50.31N</exif:GPSLatitude><exif:GPSLongitude>23,7.842E</exif:GPSLongitude>'
                 '<photoshop:Credit>Kokkolan kaupunki</photoshop:Credit>')
    found = read_image_metadata(write(tmp_path, "kuva.jpg", jpeg(segments=(xmp_segment(packet),))))
    assert found.location == pytest.approx((63.8385, 23.1307), abs=1e-4)
    assert [(f.kind, f.value) for f in found.personal] == [
        ("author", "Liisa Lahtinen"), ("author", "Pekka Pouta"), ("contact", "liisa.lahtinen@example.fi"),
        ("lens_serial", "L-4411")]


def test_xmp_short_form_attributes_are_read(tmp_path: Path) -> None:
    packet = xmp("").replace(b'rdf:about=""', b'rdf:about="" exifEX:BodySerialNumber="BODY42"'
                                              b' exifEX:CameraOwnerName="Omistaja Olli"')
    found = read_image_metadata(write(tmp_path, "kuva.jpg", jpeg(segments=(xmp_segment(packet),)))).personal
    assert [(f.kind, f.value) for f in found] == [("owner", "Omistaja Olli"), ("camera_serial", "BODY42")]


def test_xmp_with_entities_is_not_parsed_but_exif_still_counts(tmp_path: Path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&b;</x:xmpmeta>')
    data = jpeg(with_gps(camera_exif()), segments=(xmp_segment(bomb),))
    assert read_image_metadata(write(tmp_path, "kuva.jpg", data)).location is not None


def test_iptc_by_line_and_contact(tmp_path: Path) -> None:
    data = jpeg(segments=(iptc_segment({(2, 80): "Pekka Pouta", (2, 118): "040 123 4567",
                                        (2, 116): "© Kokkolan kaupunki", (2, 90): "Kokkola"}),))
    found = read_image_metadata(write(tmp_path, "kuva.jpg", data)).personal
    assert [(f.kind, f.value) for f in found] == [("author", "Pekka Pouta"), ("contact", "040 123 4567")]


def test_png_exif_and_author_text_before_and_after_the_image_data(tmp_path: Path) -> None:
    before = read_image_metadata(write(tmp_path, "a.png", png(with_gps(camera_exif()), {"Author": "Anna Ahola",
                                                                                        "Software": "GIMP 2.10"})))
    assert before.location is not None and [f.value for f in before.personal] == ["Anna Ahola"]
    exif_block = with_gps(camera_exif()).tobytes()
    after = (png_chunk(b"eXIf", exif_block),
             png_chunk(b"zTXt", b"Author\0\0" + zlib.compress("Åsa Åberg".encode("latin-1"))),
             png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + xmp("<dc:creator><rdf:Seq><rdf:li>Xavier"
                                                                    "</rdf:li></rdf:Seq></dc:creator>")))
    found = read_image_metadata(write(tmp_path, "b.png", png(after_data=after)))
    assert found.location is not None
    assert [f.value for f in found.personal] == ["Åsa Åberg", "Xavier"]


def test_png_imagemagick_raw_exif_profile_and_a_broken_chunk(tmp_path: Path) -> None:
    blob = b"Exif\0\0" + with_gps(camera_exif()).tobytes()
    profile = f"\nexif\n{len(blob):8d}\n{blob.hex()}\n".encode()
    broken = png_chunk(b"zTXt", b"Author\0\0not zlib at all")
    found = read_image_metadata(write(tmp_path, "c.png", png(after_data=(broken, png_chunk(
        b"zTXt", b"Raw profile type exif\0\0" + zlib.compress(profile))))))
    assert found.location == pytest.approx((LATITUDE, LONGITUDE), abs=1e-5)


def test_plain_png_and_webp_have_nothing(tmp_path: Path) -> None:
    webp = tmp_path / "kuva.webp"
    Image.new("RGB", (8, 8)).save(webp, "WEBP", exif=camera_exif())
    assert read_image_metadata(write(tmp_path, "kuva.png", png(camera_exif(), {"Software": "GIMP"}))) == NOTHING
    assert read_image_metadata(webp) == NOTHING
    located = tmp_path / "paikka.webp"
    Image.new("RGB", (8, 8)).save(located, "WEBP", exif=with_gps(camera_exif()))
    assert read_image_metadata(located).location is not None


@pytest.mark.parametrize("content", [
    None,  # missing
    b"",
    b"Tervetuloa kirjastoon!\n",
    b"GIF89a" + bytes(40),
    b"\xff\xd8\xff" + bytes(range(256)) * 8,  # a JPEG signature and garbage
    b"\x89PNG\r\n\x1a\n" + b"\xff\xff\xff\xffeXIf" + bytes(16),  # a chunk longer than the file
    "jpeg-truncated",
], ids=["missing", "empty", "text", "gif", "garbage-jpeg", "short-png", "truncated-jpeg"])
def test_unreadable_or_foreign_files_have_no_metadata_and_raise_nothing(tmp_path: Path, content) -> None:
    path = tmp_path / "kuva.jpg"
    if content == "jpeg-truncated":
        content = jpeg(with_gps(camera_exif()))[:120]
    if content is not None:
        path.write_bytes(content)
    assert read_image_metadata(path) == NOTHING
    assert read_image_metadata(tmp_path) == NOTHING  # a folder
    assert read_image_metadata("kuva\0.jpg") == NOTHING


def test_reads_are_cached_by_path_size_and_modification_time(tmp_path: Path) -> None:
    path = Path(write(tmp_path, "kuva.jpg", jpeg(with_gps(camera_exif()))))
    first = read_image_metadata(path)
    stamp = path.stat().st_mtime_ns
    plain = jpeg(camera_exif())
    path.write_bytes(plain + bytes(len(path.read_bytes()) - len(plain)))  # same size
    os.utime(path, ns=(stamp, stamp))
    assert read_image_metadata(path) is first, "same size and time: the cached answer"
    os.utime(path, ns=(stamp + 1_000_000_000, stamp + 1_000_000_000))
    assert read_image_metadata(path) == NOTHING, "a new time: read again"


def test_loading_the_engine_does_not_import_pillow() -> None:
    code = ("import sys; import checks; checks.Engine('kokkola')\n"
            "assert not [m for m in sys.modules if m.split('.')[0] == 'PIL'], 'Pillow imported'\nprint('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_rule_case_images_hold_what_their_names_say() -> None:
    assert read_image_metadata(DATA_IMAGES / "photo_with_location.jpg").location is not None
    assert read_image_metadata(DATA_IMAGES / "plain_photo.jpg") == NOTHING
    author = read_image_metadata(DATA_IMAGES / "photo_with_author.jpg")
    assert author.location is None and {f.kind for f in author.personal} == {"author", "camera_serial"}


# --- the rule ---

def test_location_and_personal_data_are_separate_warnings_on_the_image(tmp_path: Path) -> None:
    exif = with_gps(personal_exif(artist="Maija Meikäläinen".encode(), body="032021001234", lens="LX-7781"))
    plain = write(tmp_path, "tori.jpg", jpeg(camera_exif()))
    both = write(tmp_path, "kuusi.jpg", jpeg(exif))
    found = by_key(findings([plain, both]))
    assert sorted(found) == ["location", "personal"]
    location, personal = found["location"], found["personal"]
    assert (location.target, location.severity, location.key) == (
        "media:1", Severity.WARNING, "personal_data.image_metadata.location")
    assert location.message == ("Kuvassa 2 on sijaintitiedot: ne kertovat, missä kuva on otettu. Vienti poistaa ne, "
                                "mutta älä jaa alkuperäistä tiedostoa sellaisenaan.")
    assert (personal.target, personal.key, personal.args["number"]) == (
        "media:1", "personal_data.image_metadata.personal", 2)
    assert personal.message == ("Kuvan 2 tiedostossa on henkilötietoja (tekijä: Maija Meikäläinen, kameran "
                                "sarjanumero, objektiivin sarjanumero). Vienti poistaa ne, mutta älä jaa "
                                "alkuperäistä tiedostoa sellaisenaan.")
    assert "032021001234" not in personal.message


def test_messages_in_swedish_and_english(tmp_path: Path) -> None:
    path = write(tmp_path, "kuva.jpg", jpeg(with_gps(personal_exif(owner="Maija M", body="B-1"))))
    sv = by_key(findings([path], lang="sv"))
    assert sv["location"].message.startswith("Bild 1 innehåller platsuppgifter: de visar var bilden togs.")
    assert "(kamerans ägare: Maija M, kamerans serienummer)" in sv["personal"].message
    en = by_key(findings([path], lang="en"))
    assert en["location"].message.startswith("Image 1 carries location data: it shows where the photo was taken.")
    assert "(camera owner: Maija M, camera serial number)" in en["personal"].message


@pytest.mark.parametrize("artist", ["Kokkolan kaupunki", "KARLEBY STAD", "Unknown", "  ", "Tuntematon"])
def test_organisation_name_and_placeholder_authors_are_not_reported(tmp_path: Path, artist: str) -> None:
    assert findings([write(tmp_path, "kuva.jpg", jpeg(personal_exif(artist=artist.encode())))]) == []


def test_only_images_with_a_file_are_checked(tmp_path: Path) -> None:
    located = write(tmp_path, "video.jpg", jpeg(with_gps(camera_exif())))
    assert findings([located], kind="video") == []
    assert findings([None, str(tmp_path / "ei-ole.jpg")]) == []


def test_a_long_author_is_shortened_in_the_message(tmp_path: Path) -> None:
    name = "Maija Meikäläinen, Kokkolan kaupungin viestintä- ja markkinointiyksikkö"
    [finding] = findings([write(tmp_path, "kuva.jpg", jpeg(personal_exif(artist=name.encode())))])
    assert "tekijä: Maija Meikäläinen, Kokkolan kaupungin v…)" in finding.message


def test_a_pack_may_raise_the_severity(tmp_path: Path) -> None:
    pack_file = tmp_path / "tiukka.toml"
    pack_file.write_text('extends = "kokkola"\n[rules."personal_data.image_metadata"]\nseverity = "error"\n', "utf-8")
    engine = Engine(load_pack(pack_file), lang="fi", strict=True, rules=[RULE])
    media = (Media("image", alt="Tori.", path=write(tmp_path, "kuva.jpg", jpeg(with_gps(camera_exif())))),)
    [finding] = engine.check(Post("facebook", "Tori!", media=media))
    assert finding.severity == Severity.ERROR


def test_an_app_segment_of_another_program_is_left_alone(tmp_path: Path) -> None:
    other = segment(0xEC, b"Ducky\0\x01\0\x04\0\0\0\x3c\0\0")  # Photoshop "Save for Web" quality
    assert findings([write(tmp_path, "kuva.jpg", jpeg(camera_exif(), segments=(other,)))]) == []
