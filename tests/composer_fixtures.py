"""Fixtures for window tests: a main window whose checks run inline (synchronously) and
whose settings live in a temporary file; teardown fails on leaked top-level windows."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from concurrent.futures import Executor, Future

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from checks.language.models import shared_models
from composer.checking.backends import ThreadBackend
from composer.checking.job import EngineCache
from composer.qt.checking.scheduler import CheckWorker
from composer.model.draft_library import DraftLibrary
from composer.qt.main_window import MainWindow
from composer.qt.window_storage import WindowStorage


class InlineExecutor(Executor):
    """Runs each job at once on the calling (GUI) thread: results arrive before submit returns."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # delivered like a worker thread's failure
            future.set_exception(exc)
        return future


@pytest.fixture(scope="session")
def engine_cache() -> EngineCache:
    return EngineCache()


@pytest.fixture(scope="session")
def language_models():
    models = shared_models()
    assert models.wait(120), "the language models did not load"
    return models


@pytest.fixture
def make_window(qtbot, tmp_path, engine_cache):
    made: list[MainWindow] = []
    before = set(QApplication.topLevelWidgets())

    def make(lang: str = "fi", settings_file: str = "settings.ini", profile: str | None = None,
             user: str | None = None) -> MainWindow:
        """A window; with `profile` its drafts are stored in tmp_path/profile (a second
        profile is a second user's Somevahti), with `user` that user's name is set."""
        worker = CheckWorker(ThreadBackend(engine_cache, InlineExecutor()), delay_ms=0)
        settings = QSettings(str(tmp_path / (f"{profile}.ini" if profile else settings_file)),
                             QSettings.Format.IniFormat)
        if user:
            settings.setValue("user/name", user)
        library = DraftLibrary()
        storage = WindowStorage(library, tmp_path / profile) if profile else None
        window = MainWindow(library, worker, settings, lang, storage)
        qtbot.addWidget(window)
        if storage is not None:
            qtbot.waitUntil(lambda: storage.is_loaded)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert not leaked, f"windows left open: {leaked}"


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def key_text(widget, text: str) -> None:
    """Type `text` into `widget` key by key, as a keyboard would (QTest.keyClicks only
    handles ASCII; Finnish needs ä and ö, posts need emoji)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
