"""The window on laptop screens: at 1280×720 (100 %) and 1366×768 at 125 % scaling (1093×614
logical pixels) the editor shows at least 12 lines, nothing is squeezed or drawn over
something else (at 1024×700 the paid-campaign checkbox used to cover the alt-text
counters), the findings of a typical post fit without scrolling; the side
column collapses and the layout is remembered through the typed settings."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from composer.settings_schema import Settings

CHILD = Path(__file__).with_name("window_measure_child.py")


def measure(width: int, height: int, scale: float, lang: str, post: str = "demo") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(scale))
    done = subprocess.run([sys.executable, str(CHILD), str(width), str(height), lang, post], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale", "lang"), [
    (1280, 720, 1.0, "fi"),
    (1093, 614, 1.25, "fi"),  # a 1366×768 screen at 125 %
    (1093, 614, 1.25, "sv"),
    (1024, 700, 1.0, "fi"),
])
def test_laptop_sizes_keep_twelve_editor_lines_and_nothing_overlaps(width, height, scale, lang) -> None:
    seen = measure(width, height, scale, lang)
    assert seen["size"] == [width, height], "the window cannot be made this small"
    assert seen["ratio"] == scale
    assert seen["lines"] >= 12, seen
    assert seen["squeezed"] == [] and seen["overlapping"] == [], seen


@pytest.mark.parametrize(("width", "height", "scale"), [(1280, 720, 1.0), (1093, 614, 1.25)])
def test_a_typical_posts_findings_fit_without_scrolling(width, height, scale) -> None:
    seen = measure(width, height, scale, "fi", "typical")
    assert seen["findings"] >= 3 and seen["findings_scroll"] == 0, seen


def test_the_side_column_collapses_and_opens_on_a_tab(qtbot, window) -> None:
    window.resize(1280, 720)
    layout = window.layout_parts
    layout.actions["toggle_side"].setChecked(False)
    assert window.split.sizes()[2] == 0 and window.split.sizes()[1] > 0
    layout.actions["show_preview"].trigger()  # Alt+4 opens the column again on its tab
    assert window.split.sizes()[2] > 0 and window.side_tabs.currentWidget() is window.preview
    assert layout.actions["toggle_side"].isChecked()
    layout.actions["toggle_drafts"].setChecked(False)
    assert window.split.sizes()[0] == 0


def test_the_layout_is_remembered_through_the_typed_settings(qtbot, make_window, tmp_path) -> None:
    first = make_window(settings_file="layout.ini")
    first.resize(1200, 700)
    first.layout_parts.show_side("checklist")
    first.layout_parts.actions["toggle_drafts"].setChecked(False)
    first.close()
    stored = Settings(QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))
    assert stored.get("window/side_tab") == "checklist"
    assert stored.get("window/split") is not None and stored.get("window/editor_split") is not None
    second = make_window(settings_file="layout.ini")
    assert second.side_tabs.currentWidget() is second.checklist
    assert second.split.sizes()[0] == 0 and not second.layout_parts.actions["toggle_drafts"].isChecked()


def test_a_hand_edited_side_tab_falls_back_to_the_findings(qtbot, make_window, tmp_path) -> None:
    QSettings(str(tmp_path / "odd.ini"), QSettings.Format.IniFormat).setValue("window/side_tab", "kommentit")
    window = make_window(settings_file="odd.ini")
    assert window.side_tabs.currentWidget() is window.findings
