"""An offline hint that a photo shows people: count frontal faces, nothing more.

OpenCV's Haar cascade for frontal faces ships inside the opencv-python-headless wheel
(cv2.data), so nothing is downloaded at run time. The hint only decides whether the
media card asks "who is in this picture?" at once; it is never a gate, and no face data
(boxes, crops, features) is kept or stored — `face_count` returns a number.

A 12-megapixel JPEG is decoded at a reduced scale (libjpeg's DCT scaling: 1/2, 1/4 or
1/8) so the long side is about DETECT_SIDE pixels; other formats are decoded and shrunk.
Qt-free; the Qt side runs it off the GUI thread.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache

DETECT_SIDE = 640  # about the long side the detector sees
MIN_FACE = 20  # smallest face looked for: 1/MIN_FACE of the short side (and ≥ 20 px)
CASCADE = "haarcascade_frontalface_alt2.xml"  # best recall without false prompts in bench/face_hint_bench.py
_REDUCED = ((8, "IMREAD_REDUCED_GRAYSCALE_8"), (4, "IMREAD_REDUCED_GRAYSCALE_4"),
            (2, "IMREAD_REDUCED_GRAYSCALE_2"))
_LOCAL = threading.local()


@dataclass(frozen=True)
class FaceHint:
    """What the detector says about one file: `faces` found, or why it could not look."""
    faces: int
    available: bool = True  # False: OpenCV missing or the file unreadable; ask anyway
    reason: str = ""


@lru_cache(maxsize=1)
def _cascade_path() -> str | None:
    try:
        import cv2
    except ImportError:
        return None
    path = os.path.join(cv2.data.haarcascades, CASCADE)  # type: ignore[attr-defined]
    return path if os.path.isfile(path) else None


def detector_available() -> bool:
    return _cascade_path() is not None


def _classifier():
    """One classifier per thread (CascadeClassifier is not safe to share between threads)."""
    classifier = getattr(_LOCAL, "classifier", None)
    if classifier is None:
        import cv2
        classifier = cv2.CascadeClassifier(_cascade_path())
        _LOCAL.classifier = classifier
    return classifier


def _image_size(path: str) -> tuple[int, int] | None:
    try:
        from PIL import Image
        with Image.open(path) as image:
            return image.size
    except Exception:  # any unreadable header: decode in full below
        return None


def _load_gray(path: str):
    import cv2
    import numpy as np
    data = np.fromfile(path, dtype=np.uint8)  # imread cannot open non-ASCII paths on Windows
    flag = cv2.IMREAD_GRAYSCALE
    size = _image_size(path)
    if size is not None and data[:2].tobytes() == b"\xff\xd8":  # JPEG: decode at a reduced scale
        for factor, name in _REDUCED:
            if max(size) / factor >= DETECT_SIDE * 0.75:
                flag = getattr(cv2, name)
                break
    image = cv2.imdecode(data, flag)
    if image is None:
        return None
    long_side = max(image.shape[:2])
    if long_side > DETECT_SIDE * 1.5:
        scale = DETECT_SIDE / long_side
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return cv2.equalizeHist(image)


def face_count(path: str) -> FaceHint:
    """How many frontal faces the photo at `path` shows (0 when none)."""
    if _cascade_path() is None:
        return FaceHint(0, available=False, reason="opencv")
    try:
        gray = _load_gray(os.fspath(path))
    except (OSError, ValueError) as exc:
        return FaceHint(0, available=False, reason=str(exc))
    if gray is None:
        return FaceHint(0, available=False, reason="unreadable")
    side = max(20, min(gray.shape[:2]) // MIN_FACE)
    faces = _classifier().detectMultiScale(gray, scaleFactor=1.15, minNeighbors=5, minSize=(side, side))
    return FaceHint(len(faces))


def should_ask(kind: str, hint: FaceHint | None, ask_without_face: bool) -> bool:
    """Whether adding this item asks for its people record at once: faces found, the
    detector could not look, or the pack asks for every picture
    (`[people_hint] ask_without_face = true`). Videos are not scanned: the pack decides."""
    if ask_without_face:
        return True
    if kind != "image" or hint is None:
        return False
    return hint.faces > 0 or not hint.available
