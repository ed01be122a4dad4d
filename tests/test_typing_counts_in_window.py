"""What the window shows while someone types stays exact although it is now counted
incrementally: after every keystroke of random edits in a link-heavy post (Finnish, then
Swedish, English), each channel's counter equals a count of the whole text; in a channel
tab the over-limit tint starts where the channel cuts and reaches the end of the text; and
the underlines are laid out only where a repaint needs them, the same as laid out in full."""
from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor

from checks.channels.spec import load_channels
from checks.model import Finding, Severity
from composer.model.draft import Draft
from composer.present.posted import posted_text
from composer.present.text_offsets import Offsets
from composer.qt.widgets.underlines import line_segments, visible_segments
from tests.composer_fixtures import key_text
from tests.test_chunked_count import ENGLISH, FINNISH, SWEDISH, whole_count

CHANNELS = ["x", "facebook", "instagram", "mastodon", "bluesky", "youtube", "threads"]
TYPED = {
    "fi": "Kirjasto on auki lauantaina 👍🏽 www.kokkola.fi/kirjasto e\u0301 ",
    "sv": "Biblioteket är öppet på lördag 🇸🇪 https://www.karleby.fi/bibliotek?x=1 ",
    "en": "The library is open on Saturday 日本語 @kirjasto@mastodon.social ",
}
POSTS = {"fi": FINNISH, "sv": SWEDISH, "en": ENGLISH * 6}


def shown_total(window, channel: str) -> int:
    label = window.pane.counters.label(channel).text()
    return int(re.match(r".* ([\d\u202f]+) / ", label).group(1).replace("\u202f", ""))


def expected_total(channel: str, draft: Draft) -> int:
    """The whole text as it will be posted (NFC) counted the channel's way."""
    spec = load_channels()[channel]
    text = posted_text(draft, channel, draft.versions.primary)
    return whole_count(spec.counting, text, spec.text_max, spec.url_length).total


def move_cursor(editor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_counter_equals_a_whole_count_after_each_keystroke(qtbot, window, lang: str) -> None:
    text = "\n\n".join(POSTS[lang][:10])
    draft = window.add_draft(Draft(title="Laskurit", master=text, channels=CHANNELS))
    editor = window.pane.editor
    rng = random.Random(f"counters-{lang}")
    for _ in range(6):  # type a burst somewhere, delete a few characters somewhere else
        move_cursor(editor, rng.randrange(editor.document().characterCount()))
        start = rng.randrange(len(TYPED[lang]))
        for ch in TYPED[lang][start:start + 12]:
            key_text(editor, ch)
            for channel in CHANNELS:
                assert shown_total(window, channel) == expected_total(channel, draft), (channel, ch)
        move_cursor(editor, rng.randrange(1, editor.document().characterCount()))
        for _ in range(rng.randrange(1, 5)):
            editor.textCursor().deletePreviousChar()
        for channel in CHANNELS:
            assert shown_total(window, channel) == expected_total(channel, draft), channel
    assert draft.master == editor.text()


def test_the_over_limit_tint_follows_typing_in_the_x_tab(qtbot, window) -> None:
    text = "\n\n".join(FINNISH[:4])  # well over X's 280
    draft = window.add_draft(Draft(title="Tint", master=text, channels=["x", "facebook"]))
    window.pane.tabs.set_current("x")
    editor = window.pane.editor
    spec = load_channels()["x"]

    def tint() -> tuple[int, int] | None:
        return None if editor._cut is None else (editor._cut.cursor.selectionStart(), editor._cut.cursor.selectionEnd())

    def expected() -> tuple[int, int] | None:
        current = draft.text_for("x")
        cut = whole_count("twitter", current, spec.text_max, None).cut
        return None if cut is None else (Offsets(current).to_qt(cut), editor.document().characterCount() - 1)

    assert tint() == expected() is not None
    move_cursor(editor, editor.document().characterCount() - 1)
    key_text(editor, " loppuun 👍🏽")  # typed past the cut: the tint reaches the new end
    assert tint() == expected()
    move_cursor(editor, 10)
    key_text(editor, "https://kokkola.fi ")  # a link before the cut moves it
    assert tint() == expected()
    cursor = editor.textCursor()
    cursor.setPosition(200)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    key_text(editor, "!")  # back under the limit: no tint
    assert draft.text_for("x") == editor.text() and tint() is None and expected() is None


def test_underlines_laid_out_for_a_repaint_are_those_of_a_full_layout(qtbot, window) -> None:
    text = "\n\n".join(FINNISH[:8])
    window.add_draft(Draft(title="Viivat", master=text, channels=["facebook"]))
    editor = window.pane.editor
    findings = [Finding(rule="channel_limits.length", category="channel_limits", severity=Severity.ERROR,
                        start=100, end=len(text), target="text", excerpt="", message="Liian pitkä"),
                Finding(rule="tone.shouting", category="tone", severity=Severity.WARNING, start=30, end=60,
                        target="text", excerpt="", message="Huuto")]
    editor.set_findings(findings)
    spans = [(sel.cursor.selectionStart(), sel.cursor.selectionEnd()) for sel, _ in editor._marks]
    full = visible_segments(editor, spans)
    assert full == [line_segments(editor, s, e) for s, e in spans] and all(full)
    height = editor.viewport().height()
    band = QRect(0, height // 3, editor.viewport().width(), 20)
    clipped = visible_segments(editor, spans, band, below=8)
    line = editor.fontMetrics().lineSpacing()
    for whole, part in zip(full, clipped):
        assert set(part) <= set(whole)
        inside = [seg for seg in whole if band.top() <= seg[2] <= band.bottom()]
        assert inside == [seg for seg in part if band.top() <= seg[2] <= band.bottom()]
        assert all(band.top() - 8 - 2 * line <= seg[2] <= band.bottom() + 2 * line for seg in part)
    assert any(clipped) and sum(map(len, clipped)) < sum(map(len, full))


def test_a_slow_preview_waits_for_a_real_pause_and_then_shows_the_typed_text(qtbot, window) -> None:
    """A preview that took long to lay out is not re-rendered in the gap between two keys
    (it would stall the typing) but after a pause — and then shows what was typed."""
    from composer.qt.widgets import channel_preview

    text = "\n\n".join(FINNISH[:10])
    window.add_draft(Draft(title="Esikatselu", master=text, channels=["x", "facebook"]))
    window.side_tabs.setCurrentWidget(window.preview)
    window.pane.tabs.set_current("x")
    preview = window.preview
    qtbot.waitUntil(lambda: preview.current_channel() == "x" and not preview._timer.isActive())
    preview.render()
    editor = window.pane.editor
    move_cursor(editor, 5)
    preview.render_ms = channel_preview.SLOW_RENDER_MS + 1  # as measured for a long post on a slow machine
    key_text(editor, "Q")
    assert preview._timer.interval() == channel_preview.SLOW_REFRESH_MS
    qtbot.waitUntil(lambda: "JouluQ" in preview.browser.toPlainText(), timeout=3000)
    preview.render_ms = 0.0
    key_text(editor, "W")
    assert preview._timer.interval() == channel_preview.REFRESH_MS
    qtbot.waitUntil(lambda: "JouluQW" in preview.browser.toPlainText(), timeout=3000)
