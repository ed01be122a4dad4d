"""Media take the extension of what they are, and images over the pixel limits are
refused at export with a message, not a warning (issue 15, items 3 and 8)."""
from __future__ import annotations

import hashlib
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from checks.model import Media
from composer.export import ExportError, export_draft
from composer.model.draft import Draft
from composer.model.media_content import MediaRefused, inspect_bytes
from composer.storage.media_folder import MediaFolder
from tests.export_fixtures import approved
from tests.review_package_fixtures import big_png, mp4_bytes, png_bytes

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = b"\r\n@echo off\r\nstart calc.exe\r\n"


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


@pytest.mark.parametrize("name, data, suffix", [
    ("kutsu.bat", mp4_bytes(), ".mp4"),
    ("juliste.html", png_bytes(), ".png"),
    ("video.hta", mp4_bytes()[:24] + SCRIPT, ".mp4"),  # sniffed only when stored: a save never refuses
    ("asenna.exe", b"MZ\x90\x00" + bytes(60), ""),
])
def test_a_stored_copy_takes_the_extension_of_its_content(tmp_path, name, data, suffix) -> None:
    media = MediaFolder(tmp_path / "media")
    source = _write(tmp_path / "in", name, data)
    stored = media.import_file(source)
    assert stored.name == hashlib.sha256(data).hexdigest() + suffix
    row = media.to_row({"kind": "video", "alt": None, "captions": None, "path": str(source)})
    assert media.to_item(row)["path"] == str(stored)  # the row finds the copy again


def test_an_exported_video_is_named_by_what_it_is(tmp_path) -> None:
    clip = _write(tmp_path / "in", "kutsu.bat", mp4_bytes())
    draft = approved(Draft(title="Kutsu", master="Tervetuloa kirjastoon!", channels=["facebook"],
                           media=[Media("video", "Kirjastonhoitaja kertoo satua", True, str(clip))]))
    result = export_draft(draft, {"facebook": []}, tmp_path / "out", lang="fi")
    assert "video-01.mp4" in result.files and not any(name.endswith(".bat") for name in result.files)


def test_something_that_is_no_video_is_not_exported_as_one(tmp_path) -> None:
    fake = _write(tmp_path / "in", "video.mp4", b"@echo off\r\nstart calc.exe\r\n")
    draft = approved(Draft(title="Kutsu", master="Tervetuloa!", channels=["facebook"],
                           media=[Media("video", "Video", True, str(fake))]))
    with pytest.raises(ExportError) as error:
        export_draft(draft, {"facebook": []}, tmp_path / "out", lang="fi")
    assert "ei ole video" in str(error.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_image_over_the_pixel_limits_is_refused_at_export_with_a_message(tmp_path) -> None:
    """12000 × 12000: under Pillow's own bomb limit, 4.4 GB to export before. Warnings are
    errors under pytest, so a DecompressionBombWarning would fail this test too."""
    huge = _write(tmp_path / "in", "kartta.png", big_png(12_000, 12_000))
    draft = approved(Draft(title="Kartta", master="Uusi kartta!", channels=["facebook"],
                           media=[Media("image", "Kaupungin kartta", None, str(huge))]))
    with pytest.raises(ExportError) as error:
        export_draft(draft, {"facebook": []}, tmp_path / "out", lang="en")
    assert "12000 × 12000 pixels, more than the channels can use" in str(error.value)


def test_the_cli_export_prints_no_warning_for_a_huge_image(tmp_path) -> None:
    """The CLI's stderr had Pillow's DecompressionBombWarning on it; now only the sentence."""
    huge = _write(tmp_path / "in", "kartta.png", big_png(12_000, 12_000))
    code = ("import sys\n"
            "from checks.model import Media\n"
            "from composer.export import ExportError, export_draft\n"
            "from composer.model.draft import Draft\n"
            "from tests.export_fixtures import approved\n"
            f"d = approved(Draft(title='K', master='Kartta', channels=['facebook'], media=[Media('image', 'K', None, {str(huge)!r})]))\n"
            "try:\n"
            f"    export_draft(d, {{'facebook': []}}, __import__('pathlib').Path({str(tmp_path / 'out')!r}), lang='en', force_draft=True)\n"
            "except ExportError as e:\n"
            "    print(e)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "more than the channels can use" in done.stdout
    assert done.stderr == ""


@pytest.mark.parametrize("data, reason", [
    (mp4_bytes()[:24] + SCRIPT, "damaged"),
    (mp4_bytes()[:24] + struct.pack(">I4s", 8 + len(SCRIPT), b"free") + SCRIPT, "damaged"),  # no movie box
    (b"GIF89a<html><script>alert(1)</script></html>", "damaged"),
    (png_bytes()[:33] + b"<html></html>", "damaged"),
    (big_png(12_000, 12_000), "too_many_pixels"),
    (b"<svg onload=alert(1)>", "not_media"),
])
def test_content_that_is_not_what_it_claims_is_refused(data, reason) -> None:
    with pytest.raises(MediaRefused) as refused:
        inspect_bytes(data)
    assert refused.value.reason == reason


def test_real_media_pass_the_inspection() -> None:
    assert (inspect_bytes(mp4_bytes()).kind, inspect_bytes(png_bytes()).format) == ("video", "png")
