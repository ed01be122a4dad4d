"""Long work off the GUI thread: reading a review package, copying its media, exporting.

`run_in_background(window, label, work)` runs `work(progress)` on a worker thread and
waits for it in a local event loop, so the window keeps painting and its timers run
(autosave, live checks). While it waits, keyboard and mouse input to the application is
held back: the draft cannot change under the work, and nothing can start it twice. After
PROGRESS_DELAY_MS a progress dialog says what is happening; `progress(done, total)` from
the worker moves its bar. The work's result is returned and its exception raised here,
on the GUI thread, as if it had run here.
"""
from __future__ import annotations

import threading
from typing import Callable, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]
PROGRESS_DELAY_MS = 500
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                    QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.Drop,
                    QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Close})


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued: it lives on the GUI thread)."""
    progressed = Signal(int, int)
    finished = Signal()


class _HoldInput(QObject):
    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not (isinstance(watched, QWidget) and self._dialog.isAncestorOf(watched)
                                           or watched is self._dialog):
            event.ignore()
            return True
        return False


def run_in_background(parent: QWidget, label: str, work: Callable[[Progress], T]) -> T:
    relay = _Relay()
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def run() -> None:
        try:
            outcome["value"] = work(relay.progressed.emit)
        except BaseException as exc:
            outcome["error"] = exc
        relay.finished.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0x7FFFFFFF)  # shown by show_later below, never by itself
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total))

    relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    hold = _HoldInput(dialog)
    app = QApplication.instance()
    app.installEventFilter(hold)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    show_later = QTimer(singleShot=True, interval=PROGRESS_DELAY_MS)
    show_later.timeout.connect(dialog.show)
    show_later.start()
    worker = threading.Thread(target=run, name="somevahti-background", daemon=True)
    try:
        worker.start()
        loop.exec()
        worker.join()
    finally:
        show_later.stop()
        app.removeEventFilter(hold)
        QApplication.restoreOverrideCursor()
        dialog.hide()
        shiboken6.delete(dialog)  # now: a deferred delete waits for an event loop that may not come
        shiboken6.delete(relay)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
