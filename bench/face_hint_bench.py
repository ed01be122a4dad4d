"""The offline face hint (composer.model.face_hint): speed and how often it is right.

(a) added image → prompt: what the people-hint worker does for a 12-megapixel JPEG
    (4000×3000) — SHA-256 of the file (the remembered-record lookup) and the face count;
    medians over --runs, with and without a face in the photo;
(b) recall: photos with one frontal face — the 100 face crops of scikit-image's
    `lfw_subset` (Labeled Faces in the Wild, 25×25 px) scaled to 48–128 px and pasted at a
    random place on a 500×375 background from scikit-image's own sample photos, plus
    scikit-image's `astronaut` and `camera` (a cameraman in three-quarter view);
(c) false prompts: the same backgrounds with the 100 non-face crops of `lfw_subset`, and
    every other sample image scikit-image ships (coffee, cat, rocket, coins, moon, cells…).

scikit-image is a test dependency only (its data module ships these images in the wheel;
nothing is downloaded). Run: python bench/face_hint_bench.py [--runs N]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from composer.model.face_hint import face_count  # noqa: E402
from composer.model.media_files import _HASHES, file_sha256  # noqa: E402

BACKGROUNDS = ("coffee.png", "brick.png", "grass.png", "gravel.png", "rocket.jpg", "chelsea.png",
               "motorcycle_left.png", "page.png")
WITH_PEOPLE = ("astronaut.png", "camera.png")


def _data_dir() -> Path:
    import skimage.data
    return Path(os.path.dirname(skimage.data.__file__))


def _pasted(patches: np.ndarray, backgrounds: list[np.ndarray], rng: random.Random) -> list[np.ndarray]:
    out = []
    for patch in patches:
        canvas = backgrounds[rng.randrange(len(backgrounds))].copy()
        size = rng.choice((48, 64, 96, 128))
        face = np.asarray(Image.fromarray((patch * 255).astype(np.uint8)).resize((size, size), Image.BICUBIC))
        x, y = rng.randrange(0, 500 - size), rng.randrange(0, 375 - size)
        canvas[y:y + size, x:x + size] = face
        out.append(canvas)
    return out


def _count_all(images: list[np.ndarray], folder: Path) -> int:
    """How many of `images` get a prompt (written as PNG, read the way the app reads)."""
    prompted = 0
    for n, image in enumerate(images):
        path = folder / f"{n}.png"
        Image.fromarray(image).save(path)
        prompted += face_count(str(path)).faces > 0
    return prompted


def photo_12mp(folder: Path, data: Path, with_face: bool) -> Path:
    canvas = Image.open(data / "coffee.png").convert("RGB").resize((4000, 3000))
    if with_face:
        canvas.paste(Image.open(data / "astronaut.png").convert("RGB").resize((1600, 1600)), (1200, 700))
    path = folder / ("face-12mp.jpg" if with_face else "no-face-12mp.jpg")
    canvas.save(path, quality=90)
    return path


def added_to_prompt_ms(path: Path, runs: int) -> tuple[float, float, int]:
    """Median wall time and median CPU time (all threads of this process) in ms: on a
    loaded machine the CPU time is what an idle one would take, roughly."""
    times, cpu, faces = [], [], 0
    for _ in range(runs):
        _HASHES.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        file_sha256(path)
        faces = face_count(str(path)).faces
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(times), statistics.median(cpu), faces


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    try:
        data = _data_dir()
    except ImportError:
        sys.exit("scikit-image is needed for the sample photos: pip install scikit-image")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, OpenCV threads "
          f"{__import__('cv2').getNumThreads()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        face_count(str(photo_12mp(folder, data, False)))  # OpenCV import and cascade load, once per app
        for with_face in (True, False):
            ms, cpu, faces = added_to_prompt_ms(photo_12mp(folder, data, with_face), args.runs)
            print(f"(a) 12 MP JPEG {'with a face' if with_face else 'without people'}: added → prompt "
                  f"median {ms:.0f} ms wall, {cpu:.0f} ms CPU over {args.runs} runs, {faces} face(s) → "
                  f"{'prompt' if faces else 'no prompt'}")
        lfw = np.load(data / "lfw_subset.npy")
        backgrounds = [np.asarray(Image.open(data / n).convert("L").resize((500, 375))) for n in BACKGROUNDS]
        rng = random.Random(19)
        faces = _pasted(lfw[:100], backgrounds, rng)
        nonfaces = _pasted(lfw[100:], backgrounds, rng)
        recall = _count_all(faces, folder)
        people = {n: face_count(str(data / n)).faces for n in WITH_PEOPLE}
        print(f"(b) recall: {recall}/100 pasted faces; " + ", ".join(f"{n}: {c} face(s)" for n, c in people.items()))
        false_crops = _count_all(nonfaces, folder)
        scenes = sorted(p for p in data.iterdir() if p.suffix in (".png", ".jpg") and p.name not in WITH_PEOPLE)
        false_scenes = [p.name for p in scenes if face_count(str(p)).faces > 0]
        print(f"(c) false prompts: {false_crops}/100 pasted non-face crops; {len(false_scenes)}/{len(scenes)} "
              f"sample images without people {false_scenes}")


if __name__ == "__main__":
    main()
