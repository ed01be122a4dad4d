"""`somevahti --screenshot`: the window offscreen with the demo draft (or a file), checks
finished, a PNG of at least 1200×800; bad files give a message and exit code 2."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QImage

from composer.qt.app import main


@pytest.mark.slow
def test_the_screenshot_shows_the_demo_draft_with_its_findings(qtbot, tmp_path, capsys) -> None:
    path = tmp_path / "somevahti.png"
    assert main(["--screenshot", str(path), "--lang", "fi"]) == 0
    image = QImage(str(path))
    assert image.width() >= 1200 and image.height() >= 800
    # not a blank window: many distinct colours (text, icons, thumbnails)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
    assert "1280" in capsys.readouterr().out


def test_a_broken_file_is_refused_with_a_message(tmp_path, capsys) -> None:
    broken = tmp_path / "rikki.json"
    broken.write_text('{"master": 1}', encoding="utf-8")
    assert main(["--open", str(broken), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "rikki.json" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
