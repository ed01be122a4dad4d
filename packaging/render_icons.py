"""Render the app icon resources/icons/somevahti.svg into the icon set beside it:
somevahti-<N>.png for the sizes desktops ask for, somevahti.ico (Windows) and
somevahti.icns (macOS). The SVG is the source; run this after editing it and commit the
results (they are data, like the translations' sources).

    python packaging/render_icons.py              # write into resources/icons
    python packaging/render_icons.py --into DIR   # write into DIR (tests)
"""
from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "somevahti.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the largest size an .ico holds is 256
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow writes: 16@2x … 512@2x


def png_name(size: int) -> str:
    return f"somevahti-{size}.png"


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn on a transparent size×size square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_all(target: Path, source: Path = SOURCE) -> list[Path]:
    """Write the PNGs, the .ico and the .icns into `target`; returns the written paths."""
    from PIL import Image

    target.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICNS_SIZES))
    pngs = {size: render_png(size, source) for size in sizes}
    images = {size: Image.open(io.BytesIO(png)).convert("RGBA") for size, png in pngs.items()}
    written = []
    for size in PNG_SIZES:
        path = target / png_name(size)
        path.write_bytes(pngs[size])
        written.append(path)
    ico = target / "somevahti.ico"
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES])
    icns = target / "somevahti.icns"
    images[1024].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES])
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--into", type=Path, default=ICONS, metavar="DIR",
                        help="where to write the icon set (default: resources/icons)")
    args = parser.parse_args(argv)
    for path in render_all(args.into):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
