"""Child process for tests/test_window_layout.py: builds the main window offscreen at a
given size (QT_SCALE_FACTOR is set by the parent before Qt starts), shows the Finnish
demo draft (two images, a paid form, three channels) and prints what a user would see
as JSON: the window's size, the editor's visible lines, squeezed or overlapping widgets,
and whether the findings list needs scrolling.

    python tests/window_measure_child.py WIDTH HEIGHT LANG [demo|typical]

"typical" is an everyday post instead of the demo (which is made to trip many checks):
a library event with one private phone number and an image without alt text.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QSplitterHandle, QStackedWidget,
                               QWidget)


def squeezed(window: QWidget) -> list[str]:
    """Widgets smaller than their layout's minimum: Qt then draws their children over each other."""
    found = []
    for widget in window.findChildren(QWidget):
        layout = widget.layout()
        if layout is None or not widget.isVisibleTo(window) or isinstance(widget, QAbstractScrollArea):
            continue
        need = layout.totalMinimumSize()
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.width()}×{widget.height()} "
                         f"< {need.width()}×{need.height()} in {type(widget.parentWidget()).__name__}")
    return found


def overlapping(window: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles intersect."""
    found = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not parent.isVisibleTo(window) and parent is not window or isinstance(parent, QStackedWidget):
            continue
        children = [c for c in parent.children() if isinstance(c, QWidget) and not c.isWindow()
                    and c.isVisibleTo(window) and not isinstance(c, QSplitterHandle)]
        for i, a in enumerate(children):
            for b in children[i + 1:]:
                common = a.geometry().intersected(b.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{type(a).__name__} {a.objectName()!r} over {type(b).__name__} "
                                 f"{b.objectName()!r} in {type(parent).__name__}")
    return found


TYPICAL = ("Kirjaston satutuokio lauantaina 12.12. klo 11! Lastenkirjailija lukee uutta kirjaansa, ja "
           "lopuksi askarrellaan yhdessä. Ilmoittautumiset Minnalle numeroon 040 555 1234.\n\n"
           "Tervetuloa koko perhe! #kirjasto #KokkolaKarleby")


def typical_draft():
    from checks.model import Media
    from checks.resources import resource_path
    from composer.model.draft import Draft
    image = str(resource_path("demo", "satutuokio.png"))
    return Draft(title="Satutuokio", master=TYPICAL, channels=["facebook", "instagram"],
                 media=[Media(kind="image", path=image)])


def main(width: int, height: int, lang: str, post: str = "demo") -> dict:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from composer.checking.backends import ThreadBackend
    from composer.checking.job import EngineCache
    from composer.model.draft_library import DraftLibrary
    from composer.qt.checking.scheduler import CheckWorker
    from composer.qt.main_window import MainWindow
    from composer.qt.translations import language_installed
    from composer.qt.window_setup import demo_draft
    from tests.composer_fixtures import InlineExecutor
    folder = tempfile.mkdtemp(prefix="somevahti-measure-")
    settings_file = Path(folder) / "settings.ini"  # a first start: no layout remembered
    with language_installed(lang):
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        worker = CheckWorker(ThreadBackend(EngineCache(), InlineExecutor()), delay_ms=0)
        window = MainWindow(DraftLibrary(), worker, settings, lang)
        window.add_draft(demo_draft() if post == "demo" else typical_draft())
        window.show()
        for _ in range(2):  # the offscreen screen is small: size the window once shown
            window.resize(width, height)
            for _ in range(30):
                app.processEvents()
        editor = window.pane.editor
        tree = window.findings._tree
        result = {
            "size": [window.width(), window.height()],
            "ratio": window.devicePixelRatio(),
            "lines": editor.viewport().height() / editor.fontMetrics().lineSpacing(),
            "squeezed": squeezed(window),
            "overlapping": overlapping(window),
            "findings": len(window.findings.findings()),
            "findings_scroll": tree.verticalScrollBar().maximum(),
        }
        window.close()
        worker.shutdown()
    shutil.rmtree(folder, ignore_errors=True)
    return result


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], *sys.argv[4:5])))
