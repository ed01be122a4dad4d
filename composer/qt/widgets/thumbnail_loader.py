"""Thumbnails for media cards, decoded on a worker thread.

Decoding a camera photo takes tens of milliseconds and a big PNG (which cannot be decoded
at a smaller size) seconds and gigabytes, so the GUI thread never does it: `request(path)`
queues a read on the loader's own one-thread pool and `loaded(path, image)` arrives on the GUI
thread with a QImage (QPixmap is GUI-thread only), or a null image when the file cannot
be read or has more pixels than Somevahti accepts (resources/media/limits.toml).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from composer.model.media_content import PILLOW_FORMATS, media_type, open_image
from composer.model.media_limits import media_limits
from composer.model.media_sniff import HEAD_BYTES


def thumbnail_image(path: str, box: int) -> QImage:
    """The image at `path` fitted into box×box; a null QImage when unreadable or over the
    pixel limits (never decoded then). Pillow decodes the formats it knows (JPEG at a
    fraction of its size) and lets go of the GIL while it does, so reading on a worker
    does not stall the window; QImageReader, which holds the GIL, only reads the rest."""
    try:
        with open(path, "rb") as handle:
            found = media_type(handle.read(HEAD_BYTES))
    except OSError:
        return QImage()
    if found is not None and found.format in PILLOW_FORMATS:
        return _pillow_thumbnail(path, found.format, box)
    return _qt_thumbnail(path, box)


def _pillow_thumbnail(path: str, fmt: str, box: int) -> QImage:
    from PIL import ImageOps
    try:
        with open_image(path, fmt) as image:
            if not media_limits().image_fits(*image.size):
                return QImage()
            image.draft("RGB", (box, box))  # JPEG: decoded at 1/2 … 1/8 of its size
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((box, box))
            rgba = upright.convert("RGBA")
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError):
        return QImage()
    width, height = rgba.size
    return QImage(rgba.tobytes("raw", "RGBA"), width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def _qt_thumbnail(path: str, box: int) -> QImage:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and not media_limits().image_fits(full.width(), full.height()):
        return QImage()
    if full.isValid() and (full.width() > box or full.height() > box):
        # The box is square, so fitting before or after an EXIF rotation gives the same size.
        reader.setScaledSize(full.scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull() and (image.width() > box or image.height() > box):  # formats that ignore setScaledSize
        image = image.scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


_POOL: list[QThreadPool] = []


def _thumbnail_pool() -> QThreadPool:
    """One thread for every panel: decoding holds the GIL between blocks, and two decoders
    at once left the GUI thread waiting for it for hundreds of milliseconds. The pool
    lives as long as the app: a pool destroyed with a panel waits for its thread on the GUI
    thread, holding the GIL the thread needs to finish (a deadlock)."""
    if not _POOL:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _POOL.append(pool)
    return _POOL[0]


class _Read(QRunnable):
    def __init__(self, loader: "ThumbnailLoader", path: str, box: int) -> None:
        super().__init__()
        self._loader, self._path, self._box = loader, path, box

    def run(self) -> None:
        image = thumbnail_image(self._path, self._box)
        time.sleep(0.01)  # let the GUI thread have the GIL between pictures
        try:
            self._loader.loaded.emit(self._path, image)
        except RuntimeError:  # the panel is gone
            pass


class ThumbnailLoader(QObject):
    loaded = Signal(str, QImage)

    def __init__(self, box: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._box = box
        self._asked: set[str] = set()
        self._pool = _thumbnail_pool()

    def request(self, path: str) -> None:
        """Read `path` once (later requests for the same path wait for the first)."""
        if path not in self._asked:
            self._asked.add(path)
            self._pool.start(_Read(self, path, self._box))

    def forget(self, path: str) -> None:
        self._asked.discard(path)
