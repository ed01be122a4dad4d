"""The window benchmarks' typist: types a text round and round into an editor at 10 keys/s
(optionally with a 400 ms pause every few keys), key by key as a keyboard would, while the
event loop runs."""
from __future__ import annotations

import time

KEY_INTERVAL_MS = 100
PAUSE_MS = 400


def cursor_to_middle(editor) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)
    editor.setFocus()


def type_for(app, editor, text: str, seconds: float, pause_every: int = 0) -> tuple[int, float]:
    """Keys typed, and the GUI thread's CPU time (ms) while typing."""
    from PySide6.QtCore import QTimer

    from tests.composer_fixtures import key_text

    typed = [0]
    keys = QTimer(interval=KEY_INTERVAL_MS)

    def key() -> None:
        key_text(editor, text[typed[0] % len(text)])
        typed[0] += 1
        keys.setInterval(PAUSE_MS if pause_every and typed[0] % pause_every == 0 else KEY_INTERVAL_MS)

    keys.timeout.connect(key)
    cpu = time.thread_time()
    keys.start()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.0005)
    keys.stop()
    return typed[0], (time.thread_time() - cpu) * 1000
