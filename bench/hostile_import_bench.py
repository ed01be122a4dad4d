"""Hostile and heavy review packages against the real window (issue 15).

Each case imports a package (or exports a draft) in the real window with storage, the
check child running, while a 4 ms heartbeat timer measures how late the event loop runs
it, as bench/typing_bench.py does: the longest stall is how long the GUI thread was held
at a time (target: ≤ 100 ms). Message boxes are replaced by a recorder, so a refusal does
not wait for a click; the outcome column shows the sentence (or "imported"/"exported").

Cases: a package with 30,000 media items; a zip whose end record claims 1 entry over a
central directory of 3 million; 498 members of 0.99 MB zeros (~650 KB packed); a
12000×12000 PNG; an MP4 header followed by a batch file named .bat; 200,000-deep JSON;
and, as heavy but valid work, 20 camera-size JPEGs with a 200 MB video (import) and 20
camera JPEGs re-encoded (export), plus the export of a 12000×12000 PNG.

Run: QT_QPA_PLATFORM=offscreen python bench/hostile_import_bench.py [--runs N]
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MB = 1024 * 1024


# -- packages ---------------------------------------------------------------------------------
def _media_package(folder: Path, name: str, media: list[tuple[str, bytes, str]], **draft_changes) -> Path:
    """A package built byte by byte (tests/test_review_package_hostile.build_zip)."""
    from tests.review_package_fixtures import sha256
    from tests.test_review_package_hostile import Entry, build_zip, manifest_entry, draft_data
    entries, items = [], []
    for kind, data, ext in media:
        member = f"media/{sha256(data)}{ext}"
        if all(e.name != member for e in entries):
            entries.append(Entry(member, data))
        items.append({"kind": kind, "alt": "Kuvaus", "captions": True if kind == "video" else None, "path": member})
    path = folder / name
    path.write_bytes(build_zip([manifest_entry(draft=draft_data(media=items, **draft_changes)), *entries]))
    return path


def thirty_thousand_media(folder: Path) -> Path:
    from tests.review_package_fixtures import png_bytes
    from tests.test_review_package_hostile import Entry, build_zip, manifest_entry, draft_data
    png = png_bytes()
    from tests.review_package_fixtures import sha256
    member = f"media/{sha256(png)}.png"
    items = [{"kind": "image", "alt": f"Kuva {i}", "captions": None, "path": member} for i in range(30_000)]
    path = folder / "30000-media.somevahti"
    path.write_bytes(build_zip([manifest_entry(draft=draft_data(media=items)), Entry(member, png)]))
    return path


def three_million_directory(folder: Path) -> Path:
    """A central directory of 3,000,000 entries behind an end record claiming one."""
    path = folder / "3M-directory.somevahti"
    entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0x800, 0, 0, 0x21, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0)
    count = 3_000_000
    with open(path, "wb") as out:
        block = (entry + b"m") * 10_000
        for _ in range(count // 10_000):
            out.write(block)
        size = len(entry + b"m") * count
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, size, 0, 0))
    return path


def ratio_bomb(folder: Path) -> Path:
    from tests.test_review_package_hostile import Entry, package
    path = folder / "500-members.somevahti"
    path.write_bytes(package(*[Entry(f"media/{i:064x}.mp4", bytes(1014 * 1024), deflate=True) for i in range(498)]))
    return path


def huge_png(folder: Path) -> Path:
    from tests.review_package_fixtures import big_png
    return _media_package(folder, "12000x12000.somevahti", [("image", big_png(12_000, 12_000), ".png")])


def disguised_bat(folder: Path) -> Path:
    from tests.review_package_fixtures import mp4_bytes
    return _media_package(folder, "video-bat.somevahti",
                          [("video", mp4_bytes()[:24] + b"\r\n@echo off\r\nstart calc.exe\r\n" * 100, ".bat")])


def deep_json(folder: Path) -> Path:
    from tests.review_package_fixtures import png_bytes, sha256
    from tests.test_review_package_hostile import Entry, build_zip
    png = png_bytes()
    path = folder / "deep-json.somevahti"
    path.write_bytes(build_zip([Entry("package.json", b"[" * 200_000 + b"]" * 200_000),
                                Entry(f"media/{sha256(png)}.png", png)]))
    return path


def camera_jpeg(seed: int) -> bytes:
    from PIL import Image
    image = Image.effect_noise((4000, 3000), 60 + seed).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def heavy_valid(folder: Path, photos: list[bytes]) -> Path:
    from tests.review_package_fixtures import mp4_bytes
    video = mp4_bytes() + struct.pack(">I4s", 8 + 200 * MB, b"free") + os.urandom(200 * MB)
    return _media_package(folder, "20-photos-200MB-video.somevahti",
                          [("image", p, ".jpg") for p in photos[:19]] + [("video", video, ".mp4")])


# -- measuring ----------------------------------------------------------------------------------
def measure(app, action: Callable[[], object]) -> dict:
    from bench.stall_meter import StallMeter
    meter = StallMeter()
    meter.start()
    for _ in range(20):  # settle
        app.processEvents()
        time.sleep(0.002)
    start = time.perf_counter()
    outcome = action()
    wall = time.perf_counter() - start
    for _ in range(20):
        app.processEvents()
        time.sleep(0.002)
    stalls = meter.stop()
    return {"max": stalls["max"], "p99": stalls["p99"], "wall": wall, "outcome": outcome,
            "over_100": stalls["over_100"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QMessageBox

    from checks.model import Media
    from composer.model.draft import Draft
    from composer.qt.screenshot import wait_for_checks
    from composer.qt.window_setup import build_window
    from tests.export_fixtures import approved
    from tests.review_package_fixtures import big_png

    app = QApplication.instance() or QApplication([])
    told: list[str] = []
    QMessageBox.information = staticmethod(lambda _p, _t, text, *a: told.append(text))  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(lambda _p, _t, text, *a: told.append(text))  # type: ignore[method-assign]

    with tempfile.TemporaryDirectory(prefix="somevahti-hostile-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        photos = [camera_jpeg(i) for i in range(20)]
        packages = {
            "30,000 media items": thirty_thousand_media(folder),
            "end record 1 entry, directory 3,000,000": three_million_directory(folder),
            "498 × 0.99 MB zeros": ratio_bomb(folder),
            "12000×12000 PNG": huge_png(folder),
            "MP4 header + batch file as .bat": disguised_bat(folder),
            "200,000-deep JSON": deep_json(folder),
            "valid: 19 camera JPEGs + 200 MB video": heavy_valid(folder, photos),
        }
        sizes = {label: path.stat().st_size for label, path in packages.items()}
        print(f"built the packages in {time.perf_counter() - started:.1f} s")

        results: dict[str, list[dict]] = {}
        for run in range(args.runs):
            data_dir = folder / f"data-{run}"
            window = build_window("fi", temporary_settings=True, data_dir=data_dir)
            window.settings.setValue("user/name", "Maija Virtanen")
            window.resize(1280, 860)
            window.show()
            while not window.storage.is_loaded:
                app.processEvents()
                time.sleep(0.005)
            assert wait_for_checks(window, 120), "checks did not finish"

            for label, path in packages.items():
                told.clear()
                before = len(window.library)

                def importing(path=path, before=before, window=window):
                    draft = window.review.import_package(str(path))
                    if draft is None:
                        return told[-1] if told else "nothing imported"
                    return f"imported ({len(draft.media)} media)" if len(window.library) > before else "merged"
                results.setdefault(f"import: {label}", []).append(measure(app, importing))
                print(f"run {run + 1} import {label}: max {results[f'import: {label}'][-1]['max']:.0f} ms",
                      flush=True)
                if window.pane.draft is not None and window.pane.draft.media:
                    window.delete_draft()

            photo_dir = folder / f"photos-{run}"
            photo_dir.mkdir()
            paths = []
            for i, data in enumerate(photos):
                (photo_dir / f"IMG_{i:04d}.JPG").write_bytes(data)
                paths.append(str(photo_dir / f"IMG_{i:04d}.JPG"))
            (photo_dir / "kartta.png").write_bytes(big_png(12_000, 12_000))
            for label, media in (("export: 20 camera JPEGs", [Media("image", "Kuva", None, p) for p in paths]),
                                 ("export: 12000×12000 PNG", [Media("image", "Kartta", None,
                                                                   str(photo_dir / "kartta.png"))])):
                draft = approved(Draft(title=label, master="Tervetuloa kirjastoon lauantaina!",
                                       channels=["facebook"], media=media, author="Maija Virtanen"))
                window.add_draft(draft)
                assert wait_for_checks(window, 120)
                out = folder / f"out-{run}-{label[8:12]}"
                out.mkdir(exist_ok=True)
                window.exports._choose_parent = lambda out=out: out
                window.exports._tell_done = lambda _d, r: told.append(f"exported {len(r.files)} files")
                told.clear()

                def exporting(window=window):
                    window.exports.export()
                    return told[-1] if told else "nothing"
                results.setdefault(label, []).append(measure(app, exporting))
                print(f"run {run + 1} {label}: max {results[label][-1]['max']:.0f} ms", flush=True)
            window.close()
            window.deleteLater()
            app.processEvents()

    print(f"GUI-thread stalls, median of {args.runs} runs (max stall = longest the window was held at a time)")
    print(f"{'case':58} {'size':>9} {'max ms':>8} {'p99 ms':>7} {'>100ms':>6} {'wall s':>7}  outcome")
    for label, runs in results.items():
        size = sizes.get(label.removeprefix("import: "))
        shown = f"{size / MB:.1f} MB" if size else ""
        outcome = str(runs[-1]["outcome"]).replace("\n", " ")
        print(f"{label:58} {shown:>9} {statistics.median(r['max'] for r in runs):8.0f} "
              f"{statistics.median(r['p99'] for r in runs):7.0f} {max(r['over_100'] for r in runs):6d} "
              f"{statistics.median(r['wall'] for r in runs):7.1f}  {outcome[:110]}")
        maxima = ", ".join(f"{r['max']:.0f}" for r in runs)
        print(f"{'':58} {'':>9} runs: {maxima}")


if __name__ == "__main__":
    main()
