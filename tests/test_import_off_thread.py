"""Importing a review package in the window: the reading and the copying run off the GUI
thread with progress, and a full disk gives a dialog, not a traceback, and leaves nothing
behind (issue 15, items 9 and 10)."""
from __future__ import annotations

import errno
import os
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from checks.model import Media
from composer.model.draft import Draft
from composer.qt import package_import
from composer.review_package import write_package
from composer.storage import media_folder
from tests.review_package_fixtures import media_file, mp4_bytes, png_bytes


def _package(tmp_path: Path) -> Path:
    folder = tmp_path / "lähettäjä"
    draft = Draft(title="Uimahalli", master="Uimahalli on suljettu maanantaina.", channels=["facebook"],
                  media=[Media("image", "Uimahallin allas", None, media_file(folder, "allas.png", png_bytes(7))),
                         Media("video", "Uimakoulu", True, media_file(folder, "uimakoulu.mp4", mp4_bytes()))])
    return write_package(draft, tmp_path / "Uimahalli.somevahti", "Pekka Virtanen")


@pytest.fixture
def told(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(package_import.plain_message, "inform", lambda _parent, _title, text: seen.append(text))
    return seen


@pytest.mark.parametrize("profile", ["maija", None])
def test_reading_and_copying_run_off_the_gui_thread(make_window, tmp_path, monkeypatch, told, profile) -> None:
    gui = threading.current_thread()
    seen: dict[str, threading.Thread] = {}
    read, store = package_import.read_package, package_import.PackageImport._store_media

    def reading(*args, **kwargs):
        seen["read"] = threading.current_thread()
        return read(*args, **kwargs)

    def storing(self, *args):
        seen["store"] = threading.current_thread()
        return store(self, *args)

    monkeypatch.setattr(package_import, "read_package", reading)
    monkeypatch.setattr(package_import.PackageImport, "_store_media", storing)
    window = make_window(profile=profile, user="Maija Virtanen")
    draft = window.review.import_package(str(_package(tmp_path)))
    assert draft is not None and told == []
    assert seen["read"] is not gui and seen["store"] is not gui
    assert [Path(m.path).suffix for m in draft.media] == [".png", ".mp4"]
    assert all(Path(m.path).is_file() for m in draft.media)


def test_slow_work_shows_progress_and_the_window_keeps_running(make_window, tmp_path, monkeypatch, told) -> None:
    read = package_import.read_package

    def slow(*args, **kwargs):
        time.sleep(1.2)
        return read(*args, **kwargs)

    monkeypatch.setattr(package_import, "read_package", slow)
    window = make_window(profile="maija", user="Maija Virtanen")
    beats, dialogs = [], []
    heartbeat = QTimer(interval=20)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.timeout.connect(lambda: dialogs.extend(w for w in QApplication.topLevelWidgets()
                                                     if isinstance(w, QProgressDialog) and w.isVisible()))
    heartbeat.start()
    assert window.review.import_package(str(_package(tmp_path))) is not None
    heartbeat.stop()
    assert dialogs, "no progress was shown for work over half a second"
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    # the event loop ran all through the 1.2 s of reading: on the GUI thread it would have
    # stopped for all of it (loose bounds: the test machine is shared)
    assert len(beats) >= 5 and max(gaps) < 0.9


class _FullDisk:
    """A file whose writes fail as on a full disk after the first few bytes."""

    def __init__(self, real) -> None:
        self._real, self._left = real, 100

    def write(self, block) -> int:
        if len(block) > self._left:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._left -= len(block)
        return self._real.write(block)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._real.close()


@pytest.mark.parametrize("profile", ["maija", None])
def test_a_full_disk_gives_a_dialog_and_leaves_nothing_behind(make_window, tmp_path, monkeypatch, told,
                                                              profile) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window = make_window(profile=profile, user="Maija Virtanen")
    package = _package(tmp_path)
    before = len(window.library)
    real_fdopen = os.fdopen
    monkeypatch.setattr(media_folder.os, "fdopen", lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))

    assert window.review.import_package(str(package)) is None  # no exception reaches the window

    assert len(told) == 1 and os.strerror(errno.ENOSPC) in told[0] and "free some disk space" in told[0]
    assert len(window.library) == before
    assert list(temp.iterdir()) == []  # no somevahti-import-* folder with the sender's photo
    media = tmp_path / "maija" / "media"
    assert not media.exists() or [p.name for p in media.iterdir()] == []
