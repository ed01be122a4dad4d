"""Images for the export: re-encoded from their pixels only, so nothing of the original
file's metadata survives (EXIF with GPS and camera serial, XMP, IPTC, ICC profile
comments, PNG text chunks, JPEG comments).

The EXIF orientation is applied first, so the picture stands the way it was shot; an
embedded colour profile is converted to sRGB (the profile itself is dropped, sRGB is what
every browser and channel assumes). JPEG stays JPEG (quality 92), PNG stays PNG, anything
else (GIF, WebP, TIFF, HEIF…) becomes PNG; only the first frame of an animation is kept.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageDraw, ImageFont, ImageOps

from composer.model.media_content import PILLOW_FORMATS, media_type, open_image
from composer.model.media_limits import MediaLimits, media_limits
from composer.model.media_sniff import HEAD_BYTES

JPEG_QUALITY = 92
THUMBNAIL_SIZE = (560, 560)
THUMBNAIL_QUALITY = 82
_JPEG_FORMATS = frozenset({"JPEG", "MPO"})  # MPO: the JPEG with a depth map that phones write
_KEPT_MODES = frozenset({"L", "LA", "RGB", "RGBA"})
_BAND_COLOUR = (170, 0, 30, 215)
_MIN_FONT = 7


class UnreadableImage(Exception):
    """The file is not an image Pillow can read; `str()` is the reason."""


class ImageTooBig(Exception):
    """More pixels than the channels can use (resources/media/limits.toml)."""

    def __init__(self, width: int, height: int, limits: MediaLimits) -> None:
        super().__init__(f"{width} × {height}")
        self.width, self.height, self.limits = width, height, limits


@dataclass(frozen=True)
class CleanImage:
    data: bytes        # the encoded file
    extension: str     # ".jpg" or ".png"
    thumbnail: bytes   # a small JPEG of the same pixels, for the summary
    size: tuple[int, int]


def clean_image(path: str, mark: str | None = None) -> CleanImage:
    """The image at `path` re-encoded without metadata; with `mark`, a band carrying that
    label is drawn across the middle. Raises UnreadableImage and OSError (a missing file)."""
    try:
        with _open_within_limits(path) as opened:
            opened.load()
            jpeg = opened.format in _JPEG_FORMATS
            profile = opened.info.get("icc_profile")
            upright = ImageOps.exif_transpose(opened)
        pixels = _to_srgb(_plain_mode(upright), profile)
    except FileNotFoundError:
        raise
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise UnreadableImage(str(exc) or type(exc).__name__) from None
    fresh = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())  # pixels only, no info
    if mark:
        fresh = _with_band(fresh, mark)
    out = io.BytesIO()
    if jpeg:
        # not optimize=True: Pillow then encodes the whole image in one call holding the GIL
        # (380 ms a camera photo), which stalls the window although export runs on a worker
        fresh.save(out, "JPEG", quality=JPEG_QUALITY)
    else:
        fresh.save(out, "PNG")
    return CleanImage(out.getvalue(), ".jpg" if jpeg else ".png", _thumbnail(fresh), fresh.size)


def _open_within_limits(path: str) -> Image.Image:
    """The image at `path` opened by the reader of what its bytes are, its size checked
    before a pixel is decoded (Image.open would warn on stderr above 89 MP and decode up
    to 178 MP: 4.4 GB for a 12000×12000 PNG). Raises ImageTooBig, UnreadableImage, OSError."""
    with open(path, "rb") as handle:
        found = media_type(handle.read(HEAD_BYTES))
    if found is None or found.kind != "image":
        raise UnreadableImage("not an image")
    if found.format not in PILLOW_FORMATS:
        raise UnreadableImage(f"{found.format.upper()} images are not supported")
    image = open_image(path, found.format)
    limits = media_limits()
    if not limits.image_fits(*image.size):
        image.close()
        width, height = image.size
        raise ImageTooBig(width, height, limits)
    return image


def _plain_mode(image: Image.Image) -> Image.Image:
    """The image in L, LA, RGB or RGBA, keeping transparency (CMYK is left for _to_srgb)."""
    if image.mode == "CMYK" or (image.mode in _KEPT_MODES and "transparency" not in image.info):
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    if image.mode == "1":
        return image.convert("L")
    transparent = image.mode in ("PA", "LA", "RGBA") or "transparency" in image.info
    return image.convert("RGBA" if transparent else "RGB")


def _to_srgb(image: Image.Image, profile: bytes | None) -> Image.Image:
    """Colour pixels converted from their embedded profile to sRGB; grey pixels, pixels
    already in sRGB and pixels with a broken profile keep their numbers; CMYK without a
    profile is converted plainly."""
    if profile and image.mode in ("RGB", "RGBA", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            if image.mode == "CMYK" or not _is_srgb(source):
                alpha = image.getchannel("A") if image.mode == "RGBA" else None
                colour = image.convert("RGB") if alpha is not None else image
                converted = ImageCms.profileToProfile(colour, source, ImageCms.createProfile("sRGB"),
                                                      outputMode="RGB")
                if converted is None:  # only with inPlace=True, which is not asked for
                    raise ValueError("no converted image")
                if alpha is not None:
                    converted.putalpha(alpha)
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return image if image.mode in _KEPT_MODES else image.convert("RGB")


def _is_srgb(profile: ImageCms.ImageCmsProfile) -> bool:
    return "srgb" in ImageCms.getProfileDescription(profile).replace(" ", "").lower()


def _with_band(image: Image.Image, label: str) -> Image.Image:
    """`image` with a red band across the middle saying `label` in white; on an image too
    narrow for one readable line, the label's parts ("LUONNOS", "UTKAST", "DRAFT") are
    stacked."""
    mode = "RGBA" if image.mode in ("LA", "RGBA") else "RGB"
    base = image.convert("RGBA")
    width, height = base.size
    size = max(_MIN_FONT, round(min(width, height) * 0.08))
    text, (font, fitted) = label, _font_fitting(label, size, width)
    if fitted < size * 0.6 or font.getlength(label) > width * 0.92:
        text = "\n".join(label.split(" / "))
        font, fitted = _font_fitting(text, size, width)
    draw = ImageDraw.Draw(overlay := Image.new("RGBA", base.size, (0, 0, 0, 0)))
    left, top, right, bottom = draw.multiline_textbbox((0, 0), text, font=font, align="center")
    band = bottom - top + 2 * max(4, fitted // 2)
    upper = (height - band) // 2
    draw.rectangle((0, upper, width, upper + band), fill=_BAND_COLOUR)
    draw.multiline_text((width / 2, upper + band / 2), text, font=font, fill=(255, 255, 255, 255), anchor="mm",
                        align="center")
    # only the band is composited: over the whole of a camera photo alpha_composite holds
    # the GIL for ~60 ms, stalling the window while the export runs on a worker thread
    region = (0, int(max(0, upper)), width, int(min(height, upper + band)))
    base.paste(Image.alpha_composite(base.crop(region), overlay.crop(region)), region[:2])
    return base.convert(mode)


def _font_fitting(text: str, size: int, width: int) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, int]:
    """The default font and its size: `size`, smaller when the longest line would not fit
    92 % of `width` (a Pillow without FreeType gives its bitmap font, which has no `size`)."""
    font = ImageFont.load_default(size=size)
    longest = max(text.split("\n"), key=font.getlength)
    while size > _MIN_FONT and font.getlength(longest) > width * 0.92:
        size = max(_MIN_FONT, int(size * 0.9))
        font = ImageFont.load_default(size=size)
    return font, size


def _thumbnail(image: Image.Image) -> bytes:
    small = image.copy()
    small.thumbnail(THUMBNAIL_SIZE)
    if small.mode in ("LA", "RGBA"):
        white = Image.new("RGBA", small.size, (255, 255, 255, 255))
        small = Image.alpha_composite(white, small.convert("RGBA"))
    out = io.BytesIO()
    small.convert("RGB").save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return out.getvalue()
