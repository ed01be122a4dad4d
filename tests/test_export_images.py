"""Exported images carry no metadata at all — read back with Pillow to prove it — and
stand the right way up; a draft export draws its marking band on them."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from composer.export import export_draft
from composer.export.images import UnreadableImage, clean_image
from tests.export_fixtures import (
    ARTIST, BLUE, IPTC_TEXT, JPEG_COMMENT, PNG_TEXT, RED, SERIAL, XMP_TEXT, approved, finnish_draft, halves, png_chunks,
    phone_jpeg,
)

LEFTOVERS = [b"Exif", b"http://ns.adobe.com", b"xmpmeta", b"Photoshop", b"8BIM", b"ICC_PROFILE", ARTIST.encode(),
             SERIAL.encode(), XMP_TEXT.encode(), IPTC_TEXT.encode(), JPEG_COMMENT.encode(), PNG_TEXT.encode()]


def close(pixel: tuple[int, ...], colour: tuple[int, int, int], slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel, colour))


def assert_no_metadata(data: bytes) -> Image.Image:
    for needle in LEFTOVERS:
        assert needle not in data, needle
    image = Image.open(io.BytesIO(data))
    assert len(image.getexif()) == 0 and not image.getexif().get_ifd(0x8825)
    assert not {"exif", "xmp", "icc_profile", "comment", "photoshop", "Author", "Comment", "Description",
                "XML:com.adobe.xmp"} & set(image.info)
    return image


def test_exported_photo_has_no_metadata_and_is_turned_upright(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    with Image.open(draft.media[0].path) as source:
        assert source.getexif().get_ifd(0x8825) and source.getexif()[0x013B] == ARTIST and "xmp" in source.info
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi")
    data = (tmp_path / "out" / "image-01.jpg").read_bytes()
    image = assert_no_metadata(data)
    assert image.format == "JPEG" and [name for name, _ in image.applist] == ["APP0"]
    assert image.size == (80, 120)  # orientation 6 applied: 120×80 shot, shown turned
    rgb = image.convert("RGB")
    assert close(rgb.getpixel((40, 15)), RED) and close(rgb.getpixel((40, 105)), BLUE)


def test_exported_png_has_only_pixel_chunks(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf"} <= set(png_chunks(Path(draft.media[2].path).read_bytes()))
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi")
    data = (tmp_path / "out" / "image-03.png").read_bytes()
    assert png_chunks(data) == [b"IHDR", b"IDAT", b"IEND"]
    image = assert_no_metadata(data)
    assert image.mode == "RGBA" and image.getpixel((5, 5)) == (20, 160, 90, 200)


@pytest.mark.parametrize("orientation, size, top_left", [(1, (120, 80), RED), (3, (120, 80), BLUE),
                                                          (6, (80, 120), RED), (8, (80, 120), BLUE)])
def test_every_orientation_is_applied(tmp_path: Path, orientation: int, size: tuple[int, int],
                                      top_left: tuple[int, int, int]) -> None:
    cleaned = clean_image(str(phone_jpeg(tmp_path / "kuva.jpg", orientation=orientation)))
    image = Image.open(io.BytesIO(cleaned.data))
    assert image.size == size == cleaned.size
    assert close(image.convert("RGB").getpixel((5, 5)), top_left)


def test_other_formats_become_png_and_modes_are_kept_sensible(tmp_path: Path) -> None:
    palette = tmp_path / "logo.gif"
    halves((40, 20)).convert("P", palette=Image.Palette.ADAPTIVE, colors=4).save(palette, comment=b"gif-kommentti")
    cmyk = tmp_path / "painotuote.jpg"
    Image.new("CMYK", (30, 30), (0, 255, 255, 0)).save(cmyk)  # red in print colours
    grey = tmp_path / "harmaa.png"
    Image.new("LA", (10, 10), (128, 100)).save(grey)
    gif, jpeg, la = (clean_image(str(p)) for p in (palette, cmyk, grey))
    assert gif.extension == ".png" and Image.open(io.BytesIO(gif.data)).mode == "RGB"
    assert b"gif-kommentti" not in gif.data
    cmyk_out = Image.open(io.BytesIO(jpeg.data))
    assert jpeg.extension == ".jpg" and cmyk_out.mode == "RGB" and close(cmyk_out.getpixel((15, 15)), (255, 0, 0), 60)
    assert Image.open(io.BytesIO(la.data)).mode == "LA"


def test_an_embedded_profile_is_applied_then_dropped(tmp_path: Path) -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes().replace(b"sRGB", b"wide")
    path = tmp_path / "profiili.jpg"
    Image.new("RGB", (8, 8), (200, 60, 40)).save(path, icc_profile=profile)
    cleaned = Image.open(io.BytesIO(clean_image(str(path)).data))
    assert "icc_profile" not in cleaned.info
    assert close(cleaned.getpixel((4, 4)), (200, 60, 40), 12)  # same primaries: the colour stays


def test_sixteen_bit_and_one_bit_images_become_eight_bit_grey(tmp_path: Path) -> None:
    deep = tmp_path / "syva.png"
    Image.new("I;16", (4, 4), 0x8000).save(deep)
    bits = tmp_path / "bitti.png"
    Image.new("1", (4, 4), 1).save(bits)
    deep_out = Image.open(io.BytesIO(clean_image(str(deep)).data))
    bits_out = Image.open(io.BytesIO(clean_image(str(bits)).data))
    assert deep_out.mode == "L" and abs(deep_out.getpixel((1, 1)) - 128) <= 1
    assert bits_out.mode == "L" and bits_out.getpixel((1, 1)) == 255


def test_draft_marking_band_is_drawn_across_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "vihrea.png"
    Image.new("RGB", (300, 200), (40, 170, 60)).save(path)
    marked = Image.open(io.BytesIO(clean_image(str(path), mark="LUONNOS / UTKAST / DRAFT").data)).convert("RGB")
    assert marked.getpixel((5, 5)) == (40, 170, 60) and marked.getpixel((5, 195)) == (40, 170, 60)
    assert close(marked.getpixel((3, 100)), (150, 20, 40), 30)  # the red band at the edge of the middle row
    band = marked.crop((0, 90, 300, 110))
    assert any(close(px, (255, 255, 255), 20) for _count, px in band.getcolors(300 * 20))  # white lettering


def test_forced_export_images_carry_the_band(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "src")
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", force_draft=True)
    image = Image.open(tmp_path / "out" / "LUONNOS-UTKAST-DRAFT_image-01.jpg").convert("RGB")
    assert close(image.getpixel((2, 60)), (150, 20, 40), 45)
    assert_no_metadata((tmp_path / "out" / "LUONNOS-UTKAST-DRAFT_image-01.jpg").read_bytes())


def test_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "kuva.png"
    path.write_text("ei kuva", "utf-8")
    with pytest.raises(UnreadableImage):
        clean_image(str(path))
    with pytest.raises(FileNotFoundError):
        clean_image(str(tmp_path / "poissa.png"))
