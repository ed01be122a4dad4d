"""Builds the main window with its collaborators (library, check worker, settings)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from checks.resources import resource_path
from composer.checking.backends import ProcessBackend
from composer.qt.checking.scheduler import CheckWorker
from composer.model.draft import Draft
from composer.model.draft_file import load_draft_file
from composer.model.draft_library import DraftLibrary
from composer.qt.main_window import MainWindow
from composer.qt.settings_file import settings_for
from composer.qt.window_storage import WindowStorage


def build_window(lang: str, temporary_settings: bool = False, worker: CheckWorker | None = None,
                 data_dir: Path | None = None, settings: QSettings | None = None,
                 backend: ProcessBackend | None = None) -> MainWindow:
    """The window; with `data_dir` its drafts are stored there (and loaded from there),
    without it they live in memory (screenshots, most tests). Without `settings` it uses
    settings_for(temporary_settings)."""
    library = DraftLibrary()
    storage = WindowStorage(library, data_dir) if data_dir is not None else None
    window = MainWindow(library, worker or CheckWorker(backend or ProcessBackend()),
                        settings if settings is not None else settings_for(temporary_settings), lang, storage)
    return window


def app_icon() -> QIcon | None:
    """Somevahti's icon for every window (and the task bar), when the installation has it."""
    path = resource_path("icons", "somevahti.svg")
    return QIcon(str(path)) if path.is_file() else None


def demo_draft() -> Draft:
    """The built-in Finnish example: a library event post with several findings."""
    return load_draft_file(resource_path("demo", "demo_draft_fi.json"))
