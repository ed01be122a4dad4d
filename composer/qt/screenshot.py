"""`--screenshot PATH`: wait until the checks (language pass included) have finished,
then save the window as a PNG of at least 1200×800."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from composer.qt.main_window import MainWindow

MIN_SIZE = (1200, 800)
TIMEOUT_S = 120


def wait_for_checks(window: MainWindow, timeout_s: float = TIMEOUT_S, pause_s: float = 0.02) -> bool:
    """Process events until the latest check has come back with the language pass, sleeping
    `pause_s` between rounds (a benchmark measuring the event loop passes a short one)."""
    deadline = time.monotonic() + timeout_s
    live = window.live
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if live.result is not None and live.result.job.serial == live.worker.latest_serial \
                and live.worker.idle and live.language_done:
            return True
        time.sleep(pause_s)
    return False


def take_screenshot(window: MainWindow, path: Path) -> int:
    window.resize(max(window.width(), 1280), max(window.height(), 860))
    window.show()
    if not wait_for_checks(window):
        print(f"somevahti: the checks did not finish in {TIMEOUT_S} s; the screenshot shows what was ready",
              file=sys.stderr)
    QApplication.processEvents()
    image = window.grab()
    if image.width() < MIN_SIZE[0] or image.height() < MIN_SIZE[1]:
        print(f"somevahti: the window is only {image.width()}×{image.height()}", file=sys.stderr)
        return 1
    if not image.save(str(path), "PNG"):
        print(f"somevahti: cannot write {path}", file=sys.stderr)
        return 2
    window.close()
    print(f"{path}: {image.width()}×{image.height()}")
    return 0
