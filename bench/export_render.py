"""The export of a realistic Finnish draft (issue 6): four channels, a 12-megapixel phone
photo with EXIF/GPS/XMP and a 1600×1200 PNG poster, a paid-campaign record and an
overridden finding. Prints medians:

(a) the full checks the CLI runs first (check_draft; language models already loaded);
(b) export_draft: texts, both images re-encoded without metadata (and their summary
    thumbnails), summary.html/.md/.json, written into a staged folder and renamed;
(c) the same export marked as a draft (the marking band drawn on both images);
(d) rendering summary.html to PNG in headless Chromium (a fresh browser each run).

The rendered PNG is kept (path printed) so it can be looked at.

Run: python bench/export_render.py [--runs N] [--png PATH]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image, ImageDraw  # noqa: E402

from checks.model import Media  # noqa: E402
from composer.model.draft import Draft, PaidRecord  # noqa: E402
from composer.export import check_draft, export_draft  # noqa: E402
from tests.export_fixtures import approved  # noqa: E402

TEXT = ("Kaupunginkirjaston satutuokiot alkavat taas! 📚 Lauantaisin klo 11 lastenosastolla luetaan "
        "tarinoita 3–7-vuotiaille – mukaan mahtuu 25 lasta, ei ennakkoilmoittautumista.\n\n"
        "Syksyn teemana ovat öiset eläimet: pöllöt, siilit ja lepakot. Ensimmäisellä kerralla vieraana "
        "on kirjailija, joka kertoo, miten kuvakirja syntyy.\n\n"
        "Lisätietoja: https://www.kokkola.fi/kirjasto #KokkolaKarleby #LaajempiHorisontti #kirjasto")
X_TEXT = "Satutuokiot alkavat! 📚 La klo 11 pääkirjaston lastenosastolla, teemana öiset eläimet. " \
         "https://www.kokkola.fi/kirjasto #KokkolaKarleby"


def phone_photo(path: Path) -> Path:
    """A 4032×3024 JPEG with smooth colour and fine noise (so it compresses like a photo)
    and the metadata a phone writes: orientation, GPS, artist, serial, XMP."""
    size = (4032, 3024)
    red = Image.linear_gradient("L").resize(size)
    green = Image.radial_gradient("L").resize(size)
    blue = Image.linear_gradient("L").rotate(90).resize(size)
    photo = Image.merge("RGB", (red, green, blue))
    noise = Image.effect_noise(size, 24).convert("RGB")
    photo = Image.blend(photo, noise, 0.15)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x013B] = "Kuvaaja Maija Virtanen"
    exif.get_ifd(0x8769)[0xA431] = "SN-4242"
    exif.get_ifd(0x8825).update({1: "N", 2: (63.0, 50.0, 18.0), 3: "E", 4: (23.0, 7.0, 48.0)})
    photo.save(path, "JPEG", quality=90, exif=exif, xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
    return path


def poster(path: Path) -> Path:
    image = Image.new("RGB", (1600, 1200), (37, 74, 130))
    draw = ImageDraw.Draw(image)
    for i in range(12):
        draw.rounded_rectangle((80 + i * 120, 500 - i * 20, 160 + i * 120, 1100), 18, fill=(230, 236, 245))
    draw.text((80, 120), "Satutuokio", fill=(255, 255, 255), font_size=160)
    image.save(path, "PNG")
    return path


def draft(folder: Path) -> Draft:
    made = Draft(title="Satutuokiot alkavat kaupunginkirjastossa", master=TEXT,
                 channels=["facebook", "instagram", "x", "linkedin"], author="Maija Meikäläinen", paid=True,
                 paid_record=PaidRecord("Kirjastotoimenjohtaja Liisa Laine", "markkinointi- ja viestintätiimi",
                                        "2026-11-20"),
                 media=[Media("image", "Lapsia istumassa tyynyillä kirjaston lastenosastolla, lukija kirjan kanssa.",
                              None, str(phone_photo(folder / "IMG_2041.JPG"))),
                        Media("image", "Juliste: Satutuokio lauantaisin klo 11.", None,
                              str(poster(folder / "juliste.png")))])
    made.set_variant_text("x", X_TEXT)
    return made


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def render(chromium: str, html: Path, png: Path, profile: Path) -> None:
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1200,6000", html.as_uri()],
                   capture_output=True, timeout=120, check=True)


def trim(png: Path) -> tuple[int, int]:
    """Cut the empty page background below the summary; returns the size kept."""
    with Image.open(png) as shot:
        image = shot.convert("RGB")
    background = image.getpixel((5, image.height - 1))
    bottom = image.height
    while bottom > 1 and image.crop((0, bottom - 1, image.width, bottom)).getcolors(1) == [(image.width, background)]:
        bottom -= 1
    image.crop((0, 0, image.width, min(image.height, bottom + 24))).save(png)
    return image.width, min(image.height, bottom + 24)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--png", type=Path, default=Path(tempfile.gettempdir()) / "somevahti-export-summary.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        post = draft(folder)
        check_draft(post, "fi")  # load the language models once, outside the clock
        checks_ms = [timed(lambda: check_draft(post, "fi")) for _ in range(args.runs)]
        findings = check_draft(post, "fi")
        shouting = next((f for f in findings["facebook"] if f.severity.label != "info"), None)
        if shouting is not None:
            post.ignore(shouting, "Tarkistettu viestintätiimin kanssa.", by="Maija Meikäläinen")
        approved(post)
        final_ms = [timed(lambda i=i: export_draft(post, findings, folder / f"final-{i}", lang="fi", by="Maija"))
                    for i in range(args.runs)]
        draft_ms = [timed(lambda i=i: export_draft(post, findings, folder / f"draft-{i}", lang="fi",
                                                   force_draft=True, by="Maija")) for i in range(args.runs)]
        print(f"(a) check_draft, 4 channels:           {statistics.median(checks_ms):7.0f} ms")
        print(f"(b) export_draft, final, 2 images:     {statistics.median(final_ms):7.0f} ms")
        print(f"(c) export_draft, marked as a draft:   {statistics.median(draft_ms):7.0f} ms")
        sizes = {p.name: p.stat().st_size for p in (folder / "final-0").iterdir()}
        print("    files: " + ", ".join(f"{name} {size / 1024:.0f} kB" for name, size in sorted(sizes.items())))
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            print("(d) chromium is not installed: no rendering")
            return
        html = folder / "final-0" / "summary.html"
        render_ms = [timed(lambda i=i: render(chromium, html, args.png, folder / f"profile-{i}"))
                     for i in range(min(args.runs, 3))]
        width, height = trim(args.png)
        print(f"(d) summary.html → PNG in Chromium:    {statistics.median(render_ms):7.0f} ms  "
              f"({args.png}, {width}×{height})")


if __name__ == "__main__":
    main()
