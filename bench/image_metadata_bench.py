"""The cost of the image privacy check (personal_data.image_metadata). Prints medians.

A 12-megapixel JPEG (4000×3000) with what a camera and Lightroom write: EXIF with GPS,
the artist, owner and serial numbers, a 32 kB maker note and an XMP packet.

(a) first read in a new process: Python start excluded, Pillow's import included;
(b) cold: the reader's cache cleared and the file dropped from the OS page cache;
(c) warm file: the reader's cache cleared, the file in the page cache;
(d) cached: the same file again (one stat() and a cache lookup) — what every re-check
    while typing costs per image;
(e) the rule in the engine: a post with 4 such photos, checked again (cached).

Run: python bench/image_metadata_bench.py [--runs N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from checks.engine import Engine  # noqa: E402
from checks.media import image_metadata  # noqa: E402
from checks.model import Media, Post  # noqa: E402
from checks.rules.personal_data.image_metadata import RULE  # noqa: E402
from tests.image_metadata_fixtures import (  # noqa: E402
    ARTIST, BODY_SERIAL, CAMERA_OWNER, EXIF_IFD, LENS_SERIAL, camera_exif, with_gps, xmp, xmp_segment)

MAKER_NOTE = 0x927C


def make_photo(path: Path) -> None:
    exif = with_gps(camera_exif())
    exif[ARTIST] = "Maija Meikäläinen".encode()
    sub = exif.get_ifd(EXIF_IFD)
    sub[CAMERA_OWNER], sub[BODY_SERIAL], sub[LENS_SERIAL] = "Maija M", "032021001234", "LX-7781"
    sub[MAKER_NOTE] = os.urandom(32 * 1024)
    gradient = Image.linear_gradient("L").resize((4000, 3000))
    photo = Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT), gradient))
    photo = Image.blend(photo, Image.effect_noise((4000, 3000), 40).convert("RGB"), 0.3)
    photo.save(path, "JPEG", quality=90, exif=exif)
    packet = xmp("<dc:creator><rdf:Seq><rdf:li>Maija Meikäläinen</rdf:li></rdf:Seq></dc:creator>")
    data = path.read_bytes()
    path.write_bytes(data[:2] + xmp_segment(packet) + data[2:])


def drop_from_page_cache(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return (time.perf_counter() - start) * 1000


def first_read_in_new_process(path: Path) -> float:
    code = ("import sys, time; sys.path.insert(0, %r)\n"
            "from checks.media.image_metadata import read_image_metadata\n"
            "start = time.perf_counter(); found = read_image_metadata(%r)\n"
            "assert found.location and found.personal\n"
            "print((time.perf_counter() - start) * 1000)") % (str(REPO), str(path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(result.stdout)


def uncached_read(path: Path, drop: bool) -> float:
    image_metadata._read_cached.cache_clear()
    if drop:
        drop_from_page_cache(path)
    return timed(image_metadata.read_image_metadata, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kuva.jpg"
        make_photo(path)
        found = image_metadata.read_image_metadata(path)
        assert found.location is not None and len(found.personal) == 4, found
        print(f"photo: 4000×3000 JPEG, {path.stat().st_size / 1e6:.1f} MB; median of {runs} runs")
        first = [first_read_in_new_process(path) for _ in range(max(3, runs // 3))]
        print(f"(a) first read in a new process (imports Pillow): {statistics.median(first):7.2f} ms")
        cold = [uncached_read(path, drop=True) for _ in range(runs)]
        print(f"(b) cold (not cached, not in the page cache):     {statistics.median(cold):7.2f} ms")
        warm = [uncached_read(path, drop=False) for _ in range(runs)]
        print(f"(c) not cached, file in the page cache:           {statistics.median(warm):7.2f} ms")
        image_metadata.read_image_metadata(path)
        cached = [timed(image_metadata.read_image_metadata, path) for _ in range(runs * 100)]
        print(f"(d) cached:                                       {statistics.median(cached) * 1000:7.1f} µs")
        engine = Engine("kokkola", lang="fi", rules=[RULE])
        post = Post("facebook", "Joulutori avautuu lauantaina!",
                    media=tuple(Media("image", "Torin joulukuusi.", None, str(path)) for _ in range(4)))
        engine.check(post)
        checks = [timed(engine.check, post) for _ in range(runs * 10)]
        print(f"(e) the rule on a post with 4 photos, re-checked: {statistics.median(checks) * 1000:7.1f} µs")


if __name__ == "__main__":
    main()
