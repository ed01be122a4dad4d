"""Where the window's settings live (light: the app reads them before it imports the
window code, so that the checker child can start first)."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings


def settings_for(temporary: bool) -> QSettings:
    """The user's settings, or a throw-away file (screenshots must not move the real window)."""
    if temporary:
        folder = tempfile.mkdtemp(prefix="somevahti-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        return QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()
