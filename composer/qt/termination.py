"""A polite end on SIGTERM/SIGINT: the windows close as if the user had closed them.

A desktop session's logout, `kill`, or Ctrl+C in a terminal used to end the process at
once: the last second or two of typing (autosave waits up to 2 s) was lost and the
checker child stayed behind. Python runs a signal handler only when the interpreter gets
control, which Qt's event loop does not give it; so the C-level handler writes to a
socket (`signal.set_wakeup_fd`) that a QSocketNotifier watches, and the windows' own
close handling (autosave flush, session, storage, checker shutdown) runs on the GUI
thread.
"""
from __future__ import annotations

import signal
import socket
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGINT", None),
                             getattr(signal, "SIGHUP", None)) if s is not None)
_NUMBERS = frozenset(int(s) for s in _SIGNALS)  # what the wakeup fd writes: one byte per signal


class TerminationWatch(QObject):
    """Installed while it lives; `uninstall()` restores the previous handlers."""

    def __init__(self, app: QApplication, quit: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self._quit = quit or app.quit
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, _note_only) for sig in _SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if _NUMBERS.intersection(received):
            self.close_windows()

    def close_windows(self) -> None:
        """Close every top-level window the way the user would; quit when none refused."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        if not any(w.isVisible() for w in QApplication.topLevelWidgets()):
            self._quit()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()


def _note_only(signum, frame) -> None:
    """The wakeup fd carries the signal to the GUI thread; nothing to do here."""
