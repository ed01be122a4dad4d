"""The editor's finding underlines, painted over the text: at least 2 px thick (scaled
with the DPI), in the severity's colour and style — errors wavy, warnings solid, notes
dashed — so they are seen, and told apart without colour.

Painting runs after every keystroke, so it only lays out the lines inside the area being
repainted, and draws a wave as a tiled pixmap (made once per colour and size) rather than
as a path: an over-limit error can underline a whole screen of text."""
from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QPlainTextEdit

from checks.model import Severity
from composer.qt.severity_style import UNDERLINE_STYLES, severity_color, underline_width

Span = tuple[int, int, Severity]  # Qt positions
Segment = tuple[float, float, float]  # x1, x2, baseline y (viewport coordinates)


def line_segments(editor: QPlainTextEdit, start: int, end: int, clip: QRect | None = None) -> list[Segment]:
    """(x1, x2, baseline y) in viewport coordinates for each visible line part of
    [start, end) — a span wrapped over lines gives one segment per line."""
    return visible_segments(editor, [(start, end)], clip)[0]


def visible_segments(editor: QPlainTextEdit, spans: list[tuple[int, int]], clip: QRect | None = None,
                     below: int = 0) -> list[list[Segment]]:
    """Each span's line segments among the visible lines (those reaching into `clip`, with
    `below` pixels drawn under a line's bottom counted in), in one pass over the blocks."""
    found: list[list[Segment]] = [[] for _ in spans]
    block = editor.firstVisibleBlock()
    offset = editor.contentOffset()
    bottom = editor.viewport().height() if clip is None else min(editor.viewport().height(), clip.bottom() + 1)
    top_of_clip = -math.inf if clip is None else clip.top() - below
    while block.isValid():
        geometry = editor.blockBoundingGeometry(block).translated(offset)
        top = geometry.top()
        if top > bottom:
            break
        base = block.position()
        block_end = base + block.length()
        if block.isVisible() and geometry.bottom() >= top_of_clip:
            hits = [(i, s, e) for i, (s, e) in enumerate(spans) if s < block_end and e > base]
            layout = block.layout() if hits else None
            for index in range(layout.lineCount() if layout is not None else 0):
                line = layout.lineAt(index)
                line_top = top + line.y()
                if line_top + line.height() < top_of_clip or line_top > bottom:
                    continue
                line_start = line.textStart()
                line_end = line_start + line.textLength()
                for i, s, e in hits:
                    a, b = max(s - base, line_start), min(e - base, line_end)
                    if a < b:
                        found[i].append((line.cursorToX(a)[0] + offset.x(), line.cursorToX(b)[0] + offset.x(),
                                         line_top + line.ascent()))
        block = block.next()
    return found


def paint_underlines(editor: QPlainTextEdit, spans: list[Span], clip: QRect | None = None) -> None:
    """Draw the underlines of `spans` that show inside `clip` (the area being repainted)."""
    if not spans:
        return
    width = underline_width(editor.logicalDpiY())
    ordered = sorted(spans, key=lambda span: span[2])  # errors on top
    segments = visible_segments(editor, [(s, e) for s, e, _ in ordered], clip, below=3 * width + 2)
    if not any(segments):
        return
    painter = QPainter(editor.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ratio = editor.viewport().devicePixelRatioF()
    for (_, _, severity), lines in zip(ordered, segments):
        if not lines:
            continue
        color = severity_color(severity, editor.palette())
        style = UNDERLINE_STYLES[severity]
        if style == "wave":
            tile = wave_tile(color.rgba(), width, ratio)
            for x1, x2, baseline in lines:
                y = baseline + width + 1
                painter.drawTiledPixmap(QRectF(x1, y - 1.5 * width - 1, x2 - x1, 3 * width + 2), tile)
            continue
        pen = QPen(color, width)
        if style == "dash":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for x1, x2, baseline in lines:
            y = baseline + width + 1
            painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    painter.end()


@lru_cache(maxsize=32)
def wave_tile(rgba: int, width: int, ratio: float) -> QPixmap:
    """One period of the error wave: a zigzag between 1 `width` above and below the middle,
    its period and height growing with the pen (2 × width per rise or fall)."""
    half = 2.0 * width
    size = QRectF(0, 0, 2 * half, 3 * width + 2)
    tile = QPixmap(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
    tile.setDevicePixelRatio(ratio)
    tile.fill(Qt.GlobalColor.transparent)
    middle = size.height() / 2
    path = QPainterPath(QPointF(-half, middle - width))  # a peak just left of the tile, so the seams join
    for step in range(4):
        path.lineTo(QPointF(step * half, middle + width if step % 2 == 0 else middle - width))
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor.fromRgba(rgba), width))
    painter.drawPath(path)
    painter.end()
    return tile
