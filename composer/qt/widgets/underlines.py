"""The editor's finding underlines, painted over the text: at least 2 px thick (scaled
with the DPI), in the severity's colour and style — errors wavy, warnings solid, notes
dashed — so they are seen, and told apart without colour."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QPlainTextEdit

from checks.model import Severity
from composer.qt.severity_style import UNDERLINE_STYLES, severity_color, underline_width

Span = tuple[int, int, Severity]  # Qt positions


def line_segments(editor: QPlainTextEdit, start: int, end: int) -> list[tuple[float, float, float]]:
    """(x1, x2, baseline y) in viewport coordinates for each visible line part of
    [start, end) — a span wrapped over lines gives one segment per line."""
    segments = []
    block = editor.firstVisibleBlock()
    offset = editor.contentOffset()
    bottom = editor.viewport().height()
    while block.isValid():
        top = editor.blockBoundingGeometry(block).translated(offset).top()
        if top > bottom:
            break
        base = block.position()
        if block.isVisible() and base < end and base + block.length() > start:
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                a = max(start - base, line.textStart())
                b = min(end - base, line.textStart() + line.textLength())
                if a < b:
                    y = top + line.y() + line.ascent()
                    segments.append((line.cursorToX(a)[0] + offset.x(), line.cursorToX(b)[0] + offset.x(), y))
        block = block.next()
    return segments


def paint_underlines(editor: QPlainTextEdit, spans: list[Span]) -> None:
    if not spans:
        return
    width = underline_width(editor.logicalDpiY())
    painter = QPainter(editor.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for start, end, severity in sorted(spans, key=lambda span: span[2]):  # errors on top
        pen = QPen(severity_color(severity, editor.palette()), width)
        style = UNDERLINE_STYLES[severity]
        if style == "dash":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for x1, x2, baseline in line_segments(editor, start, end):
            y = baseline + width + 1
            if style == "wave":
                painter.drawPath(_wave(x1, x2, y, width))
            else:
                painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    painter.end()


def _wave(x1: float, x2: float, y: float, width: int) -> QPainterPath:
    """A zigzag from x1 to x2 around y, its period and height growing with the pen."""
    half = 2.0 * width
    path = QPainterPath(QPointF(x1, y))
    x, up = x1, True
    while x < x2:
        x = min(x + half, x2)
        path.lineTo(QPointF(x, y - width if up else y + width))
        up = not up
    return path
