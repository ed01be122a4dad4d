"""The media panel: adding, refusing, alt text and counters, captions, drops, paste, findings."""
from __future__ import annotations

import hashlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeySequence, QPalette, QShortcut,
)
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from checks.model import Finding, Media, Severity
from composer.model.draft import Draft
from composer.model.media_files import media_kind, save_png
from composer.qt.severity_style import severity_color
from composer.qt.widgets.media_card import load_thumbnail
from composer.qt.widgets.media_panel import MediaPanel


# The offscreen platform warns whenever a window gets size constraints; that is not a bug here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def make_image(path: Path, width: int = 64, height: int = 48, color: str = "#3a7bd5") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


@pytest.fixture
def draft() -> Draft:
    return Draft(channels=["x", "mastodon", "facebook"])


@pytest.fixture
def panel(qtbot, draft: Draft) -> MediaPanel:
    widget = MediaPanel()
    qtbot.addWidget(widget)
    widget.set_draft(draft)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def text_color(label) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


# -- Qt-free helpers -------------------------------------------------------------------------------
def test_media_kind_by_mime_type() -> None:
    assert media_kind("a.PNG") == "image"
    assert media_kind("/x/holiday.jpeg") == "image"
    assert media_kind("clip.mp4") == "video"
    assert media_kind("notes.txt") is None
    assert media_kind("no_extension") is None


def test_save_png_names_by_sha256(tmp_path: Path) -> None:
    data = b"\x89PNG fake bytes"
    path = save_png(data, tmp_path / "paste")
    assert path == tmp_path / "paste" / f"{hashlib.sha256(data).hexdigest()}.png"
    assert path.read_bytes() == data
    assert save_png(data, tmp_path / "paste") == path  # the same bytes: the same file


# -- adding and refusing ---------------------------------------------------------------------------
def test_add_image_file(panel: MediaPanel, draft: Draft, tmp_path: Path, qtbot) -> None:
    path = make_image(tmp_path / "photo.png")
    with qtbot.waitSignal(panel.media_changed, timeout=1000):
        assert panel.add_files([path]) == 1
    assert draft.media == [Media(kind="image", path=str(path))]
    assert len(panel.cards) == 1
    card = panel.cards[0]
    assert card.isVisible()
    assert card.alt_editor is not None and card.captions_box is None
    assert card.alt_editor.accessibleName() == "Alt text for image 1"
    assert card.alt_editor.placeholderText() == "Describe the image for people who cannot see it"
    assert card.thumb.pixmap() is not None and not card.thumb.pixmap().isNull()
    assert card.remove_button.accessibleName() == "Remove image 1"
    assert not panel.message_label.isVisible()


def test_text_file_is_refused(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not media", encoding="utf-8")
    assert panel.add_files([path]) == 0
    assert draft.media == []
    assert panel.cards == []
    assert panel.message_label.isVisible()
    assert "notes.txt" in panel.message_label.text()


def test_unreadable_image_is_refused(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "broken.png"
    path.write_bytes(b"this is no png at all")
    assert panel.add_files([path]) == 0
    assert draft.media == []
    assert "broken.png" in panel.message_label.text()


def test_pillow_image_is_accepted(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image", reason="Pillow is not installed")
    path = tmp_path / "pillow.jpg"
    image_module.new("RGB", (300, 200), (200, 30, 30)).save(path)
    assert panel.add_files([path]) == 1
    assert draft.media[0].kind == "image"


def test_big_image_thumbnail_fits(tmp_path: Path, qtbot) -> None:
    path = make_image(tmp_path / "big.jpg", 2000, 1000)
    pixmap = load_thumbnail(str(path))
    assert pixmap is not None
    assert (pixmap.width(), pixmap.height()) == (96, 48)


# -- alt text, counters, captions ------------------------------------------------------------------
def test_typing_alt_text_updates_draft_and_counter(panel: MediaPanel, draft: Draft, tmp_path: Path,
                                                   qtbot) -> None:
    panel.add_files([make_image(tmp_path / "photo.png")])
    card = panel.cards[0]
    with qtbot.waitSignal(panel.media_changed, timeout=1000):
        qtbot.keyClicks(card.alt_editor, "Kissa")
    assert draft.media[0].alt == "Kissa"
    x_counter = card.alt_counter("x")
    assert x_counter is not None
    assert x_counter.text() == "X 5 / 1000"
    assert card.alt_counter("mastodon").text() == "Mastodon 5 / 1500"
    assert card.alt_counter("facebook") is None  # Facebook has no alt limit
    assert card is panel.cards[0]  # edits keep the card (and the editor's cursor)


def test_alt_over_x_limit_is_red_for_x_only(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    panel.add_files([make_image(tmp_path / "photo.png")])
    card = panel.cards[0]
    card.alt_editor.setPlainText("a" * 1001)
    assert draft.media[0].alt == "a" * 1001
    red = severity_color(Severity.ERROR, card.palette())
    assert text_color(card.alt_counter("x")) == red
    assert card.alt_counter("x").text() == "X 1001 / 1000"
    assert text_color(card.alt_counter("mastodon")) != red
    card.alt_editor.setPlainText("short")
    assert text_color(card.alt_counter("x")) != red


def test_counters_follow_channels(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    panel.add_files([make_image(tmp_path / "photo.png")])
    card = panel.cards[0]
    draft.set_channels(["bluesky"])
    assert card.alt_counter("x") is None
    assert card.alt_counter("bluesky").text() == "Bluesky 0 / 2000"


def test_alt_changed_elsewhere_shows_in_editor(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    panel.add_files([make_image(tmp_path / "photo.png")])
    draft.update_media(0, alt="Kirjasto")
    assert panel.cards[0].alt_editor.toPlainText() == "Kirjasto"


def test_video_captions_checkbox(panel: MediaPanel, draft: Draft, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    assert panel.add_files([path]) == 1
    assert draft.media == [Media(kind="video", path=str(path))]
    card = panel.cards[0]
    assert card.alt_editor is None and card.captions_box is not None
    assert card.captions_box.text() == "Has captions (subtitles)"
    assert card.captions_box.accessibleName()
    assert card.file_label.text() == "clip.mp4"
    with qtbot.waitSignal(panel.media_changed, timeout=1000):
        qtbot.mouseClick(card.captions_box, Qt.MouseButton.LeftButton)
    assert draft.media[0].captions is True


# -- drag and drop, paste -------------------------------------------------------------------------
def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_drop_adds_files(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    one, two = make_image(tmp_path / "one.png"), make_image(tmp_path / "two.jpg", color="#d53a3a")
    mime = file_mime(one, two)
    enter = QDragEnterEvent(panel.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(panel.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert drop.isAccepted()
    assert [m.path for m in draft.media] == [str(one), str(two)]
    assert len(panel.cards) == 2


def test_drag_over_alt_editor_goes_to_panel(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    panel.add_files([make_image(tmp_path / "one.png")])
    editor = panel.cards[0].alt_editor
    mime = file_mime(make_image(tmp_path / "two.png"))
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *args)
    QApplication.sendEvent(editor.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(editor.viewport(), QDropEvent(QPointF(5, 5), *args))
    assert editor.toPlainText() == ""  # no file path typed into the alt text
    assert len(draft.media) == 2


def test_paste_image_data(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    clipboard = QGuiApplication.clipboard()
    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("#2e7d32"))
    clipboard.setImage(image)
    if clipboard.image().isNull():
        pytest.skip("this platform's clipboard does not hand the image back")
    panel.set_paste_dir(tmp_path / "pasted")
    assert panel.paste_from_clipboard()
    assert len(draft.media) == 1
    path = Path(draft.media[0].path)
    assert path.parent == tmp_path / "pasted"
    assert path.name == f"{hashlib.sha256(path.read_bytes()).hexdigest()}.png"
    assert QImage(str(path)).size() == image.size()
    clipboard.clear()


def test_paste_file_urls_with_ctrl_v(panel: MediaPanel, draft: Draft, tmp_path: Path, qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    path = make_image(tmp_path / "copied.png")
    clipboard.setMimeData(file_mime(path))
    if not clipboard.mimeData().hasUrls():
        pytest.skip("this platform's clipboard does not hand URLs back")
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [m.path for m in draft.media] == [str(path)]
    clipboard.clear()


def test_ctrl_v_in_alt_editor_pastes_text(panel: MediaPanel, draft: Draft, tmp_path: Path, qtbot) -> None:
    panel.add_files([make_image(tmp_path / "one.png")])
    editor = panel.cards[0].alt_editor
    QGuiApplication.clipboard().setText("Satama")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "Satama"
    assert len(draft.media) == 1 and draft.media[0].alt == "Satama"
    QGuiApplication.clipboard().clear()


def test_ctrl_v_beats_a_window_shortcut(qtbot, draft: Draft, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    panel = MediaPanel(window)
    QVBoxLayout(window).addWidget(panel)
    panel.set_draft(draft)
    fired = []
    QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), window, lambda: fired.append(True))
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    path = make_image(tmp_path / "copied.png")
    QGuiApplication.clipboard().setMimeData(file_mime(path))
    panel.add_button.setFocus()
    # Through the window, so the key goes the whole way: shortcut map first, then key press.
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    assert [m.path for m in draft.media] == [str(path)]
    QGuiApplication.clipboard().clear()


def test_paste_nothing_says_so(panel: MediaPanel, draft: Draft) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("just text")
    assert not panel.paste_from_clipboard()
    assert draft.media == []
    assert panel.message_label.isVisible()
    clipboard.clear()


# -- findings and removing ---------------------------------------------------------------------------
def test_findings_show_on_card(panel: MediaPanel, tmp_path: Path) -> None:
    panel.add_files([make_image(tmp_path / "one.png"), make_image(tmp_path / "two.png")])
    finding = Finding(rule="accessibility.alt_missing", category="accessibility", severity=Severity.ERROR,
                      start=None, end=None, target="media:0", excerpt="", message="Image 1 has no alt text.")
    text_finding = Finding(rule="tone.x", category="tone", severity=Severity.WARNING, start=0, end=1,
                           target="text", excerpt="x", message="About the text")
    panel.set_findings([finding, text_finding])
    first, second = panel.cards
    assert "Image 1 has no alt text." in first.toolTip()
    assert not first.severity.isHidden()
    assert second.toolTip() == "" and second.severity.isHidden()
    panel.set_findings([])
    assert first.toolTip() == "" and first.severity.isHidden()


def test_remove_button_deletes_media(panel: MediaPanel, draft: Draft, tmp_path: Path, qtbot) -> None:
    one, two = make_image(tmp_path / "one.png"), make_image(tmp_path / "two.png")
    panel.add_files([one, two])
    panel.cards[1].alt_editor.setPlainText("Toinen")
    kept = panel.cards[1]
    with qtbot.waitSignal(panel.media_changed, timeout=1000):
        qtbot.mouseClick(panel.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert draft.media == [Media(kind="image", path=str(two), alt="Toinen")]
    assert panel.cards == [kept]
    assert kept.alt_editor.accessibleName() == "Alt text for image 1"
    qtbot.mouseClick(kept.remove_button, Qt.MouseButton.LeftButton)
    assert draft.media == [] and panel.cards == []
    assert panel.empty_label.isVisible()


def test_events_from_an_old_draft_are_ignored(panel: MediaPanel, draft: Draft, tmp_path: Path) -> None:
    panel.add_files([make_image(tmp_path / "one.png")])
    other = Draft(channels=["x"])
    panel.set_draft(other)
    assert panel.cards == []
    draft.add_media(Media(kind="image", path=str(tmp_path / "one.png")))
    assert panel.cards == []
    panel.set_draft(draft)
    assert len(panel.cards) == 2
    draft.add_media(Media(kind="video", path="clip.mp4"))
    assert len(panel.cards) == 3  # subscribed once: not doubled on the way back
