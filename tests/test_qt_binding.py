"""The Qt binding must not corrupt Python's reference counts. PySide6 6.12.0 drops a
reference to None on every call of a method returning void (QTextCursor.setPosition,
QPainter.drawLine…), so the editor crashed the interpreter ("none_dealloc") after a few
thousand keystrokes. pyproject pins a working version; this test catches a bad one."""
from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtGui import QImage, QPainter, QTextCursor, QTextDocument

CALLS = 3000


def none_refs_after(call) -> int:
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    gc.collect()
    return sys.getrefcount(None) - before


@pytest.mark.parametrize("name", ["QTextCursor.setPosition", "QPainter.drawLine"])
def test_void_calls_keep_none_alive(name):
    document = QTextDocument("Tervetuloa kirjastoon " * 20)
    cursor = QTextCursor(document)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        call = (lambda: cursor.setPosition(5)) if name.startswith("QTextCursor") else (lambda: painter.drawLine(0, 0, 5, 5))
        assert none_refs_after(call) > -CALLS // 2, f"{name} loses a reference to None on every call"
    finally:
        painter.end()
