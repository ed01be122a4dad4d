"""The media panel with many media: at most 20 added, cards built a few at a time and
thumbnails read off the GUI thread (issue 15, items 5 and 9)."""
from __future__ import annotations

import os
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from checks.model import Media
from composer.model.draft import Draft
from composer.model.media_limits import media_limits
from composer.qt.widgets import media_panel, thumbnail_loader
from composer.qt.widgets.media_panel import MediaPanel
from tests.review_package_fixtures import big_png

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def _image(path: Path, color: str = "#3a7bd5") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


@pytest.fixture
def panel(qtbot) -> MediaPanel:
    widget = MediaPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    return widget


def test_the_channels_maximum_is_used(tmp_path) -> None:
    assert media_limits().per_draft_max == 20


def test_a_draft_takes_at_most_twenty_media(panel, tmp_path) -> None:
    draft = Draft(title="Kuvat", channels=["linkedin"])
    panel.set_draft(draft)
    files = [_image(tmp_path / f"kuva-{i:02d}.png", f"#{i * 9:02x}7bd5") for i in range(25)]
    assert panel.add_files(files) == 20
    assert len(draft.media) == 20
    assert "at most 20 images and videos" in panel.message_label.text() and "kuva-20.png" in panel.message_label.text()
    assert panel.add_files(files[:1]) == 0 and len(draft.media) == 20


def test_cards_are_built_a_few_at_a_time_and_never_more_than_a_post_holds(panel, qtbot, tmp_path,
                                                                          monkeypatch) -> None:
    """2,000 media (an old stored draft, a draft file) froze the window for 9.6 s building
    every card: now set_draft returns after the first pass (three cards with no time budget),
    the rest come in later passes, and cards stop at the 20 a post can have, with a note."""
    monkeypatch.setattr(media_panel, "PASS_BUDGET_S", 0.0)
    image = str(_image(tmp_path / "kuva.png"))
    draft = Draft(title="Paljon", media=[Media("image", f"Kuva {i}", None, image) for i in range(2000)])
    panel.set_draft(draft)
    assert len(panel.cards) == media_panel.CARDS_AT_ONCE
    qtbot.waitUntil(lambda: len(panel.cards) == 20, timeout=60_000)
    qtbot.wait(50)
    assert len(panel.cards) == 20 and [card.index for card in panel.cards[:3]] == [0, 1, 2]
    assert panel.overflow_label.isVisible() and "2000 images and videos" in panel.overflow_label.text()
    draft.media[:] = draft.media[:20]
    draft.remove_media(0)
    assert not panel.overflow_label.isVisible()


def test_thumbnails_are_read_off_the_gui_thread(panel, qtbot, tmp_path, monkeypatch) -> None:
    threads = []
    read = thumbnail_loader.thumbnail_image

    def reading(path, box):
        threads.append(threading.current_thread())
        return read(path, box)

    monkeypatch.setattr(thumbnail_loader, "thumbnail_image", reading)
    path = str(_image(tmp_path / "k.png"))
    panel.set_draft(Draft(title="Kuva", media=[Media("image", "Kirjasto", None, path)]))
    qtbot.waitUntil(lambda: panel._thumbs.get(path) is not None, timeout=30_000)
    assert panel.cards[0].thumb.pixmap().width() == 64  # the picture, not the 48 px placeholder icon
    assert threads and threading.current_thread() not in threads


def test_a_huge_image_gets_no_decoded_thumbnail(panel, qtbot, tmp_path) -> None:
    """12000 × 12000: not decoded at all (a PNG cannot be read at a smaller size)."""
    huge = tmp_path / "kartta.png"
    huge.write_bytes(big_png(12_000, 12_000))
    started = time.perf_counter()
    assert thumbnail_loader.thumbnail_image(str(huge), 96).isNull()
    assert time.perf_counter() - started < 5  # decoding it would take far longer and 576 MB
