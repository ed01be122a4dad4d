"""Found when trying the window as a new user (issue 20): three channels in one trip of
the Channels… menu, the tab badge explained, a hint on first start, the image card shown
for an image finding, the preview following a newly chosen channel's tab, a title
suggested from the text, Qt's file dialog in Finnish and Swedish, the phone-number Fix."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget

from checks.model import Media
from checks.resources import resource_path
from composer.model.draft import Draft
from composer.qt.translations import language_installed, qt_gaps
from tests.composer_fixtures import key_text


def wait_checked(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.live.worker.idle and window.live.result is not None
                    and window.live.result.job.serial == window.live.worker.latest_serial)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a popup, offscreen
def test_three_channels_are_chosen_in_one_trip_of_the_menu(qtbot, window) -> None:
    draft = window.add_draft(Draft(title="T", channels=["facebook"]))
    tabs = window.pane.tabs
    menu = tabs._menu
    menu.popup(tabs._choose.mapToGlobal(tabs._choose.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    for channel in ("instagram", "x", "linkedin"):
        rect = menu.actionGeometry(tabs._actions[channel])
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
        assert menu.isVisible(), f"the menu closed after ticking {channel}"
    menu.setActiveAction(tabs._actions["bluesky"])
    QTest.keyClick(menu, Qt.Key.Key_Space)  # the keyboard ticks the same way
    assert menu.isVisible()
    QTest.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert draft.channels == ["facebook", "instagram", "x", "linkedin", "bluesky"]


def test_the_error_badge_on_a_tab_is_explained(qtbot, window) -> None:
    window.add_draft(Draft(title="T", channels=["facebook"], master="Henkilötunnus 131052-308T."))
    wait_checked(qtbot, window)
    bar = window.pane.tabs._tabs
    assert "●" in bar.tabText(1)
    assert "●" in bar.tabToolTip(1) and "error" in bar.tabToolTip(1)
    assert "error" in bar.accessibleTabName(1) and "●" not in bar.accessibleTabName(1)


def test_the_first_start_says_what_to_do(qtbot, make_window) -> None:
    with language_installed("fi"):
        window = make_window("fi")
        window.new_draft()
        hint = window.pane.editor.placeholderText()
        assert window.pane.tabs._choose.text() == "Kanavat…" and "Kanavat…" in hint
        assert window.pane.editor.text() == "" and window.pane.editor.isVisible()


def test_an_image_finding_opens_its_card(qtbot, window) -> None:
    image = str(resource_path("demo", "kirjasto.png"))
    window.add_draft(Draft(title="T", channels=["facebook"], master="Kirjasto",
                           media=[Media(kind="image", path=image, alt="Kirjaston sali"),
                                  Media(kind="image", path=image)]))
    window.pane.details.setCurrentIndex(1)  # the paid tab is in front
    wait_checked(qtbot, window)
    finding = next(f for f in window.findings.findings() if f.target == "media:1")
    window.findings.select(finding)
    assert window.pane.details.currentWidget() is window.pane.media
    assert QApplication.focusWidget() is window.pane.media.cards[1].alt_editor


def test_the_preview_follows_the_tab_of_a_newly_chosen_channel(qtbot, window) -> None:
    draft = window.add_draft(Draft(title="T", channels=["facebook"], master="Hei"))
    draft.set_channels(["facebook", "x"])
    window.pane.tabs.refresh()
    window.pane.tabs.set_current("x")
    assert window.preview.current_channel() == "x"


def test_the_title_is_suggested_from_the_text_until_the_user_names_it(qtbot, make_window) -> None:
    with language_installed("fi"):
        window = make_window("fi")
        draft = window.new_draft()
        assert draft.title == "Uusi luonnos"
        key_text(window.pane.editor, "Satutuokio lauantaina! Tervetuloa")
        assert draft.title == "Satutuokio lauantaina" == window.pane.title.text()
        window.pane.title.setText("Oma nimi")
        window.pane.title.editingFinished.emit()
        key_text(window.pane.editor, " kaikki")
        assert draft.title == "Oma nimi"


def dialog_texts() -> set[str]:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {w.text() for w in dialog.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton))}
    dialog.deleteLater()
    return {t for t in texts if any(ch.isalpha() for ch in t)}


def test_qts_file_dialog_speaks_finnish_and_swedish(qtbot) -> None:
    english = dialog_texts()
    assert "&Look in:" in english
    for lang in ("fi", "sv"):
        with language_installed(lang):
            shown = dialog_texts()
            assert not shown & english, (lang, shown & english)
            for english_text, shown_text in qt_gaps():
                assert shown_text != english_text, (lang, english_text)


def test_the_phone_fix_offers_the_official_number(qtbot, window) -> None:
    window.add_draft(Draft(title="T", channels=["facebook"], pack="kokkola"))
    key_text(window.pane.editor, "Soita 040 765 4321.")
    wait_checked(qtbot, window)
    finding = next(f for f in window.findings.findings() if f.rule == "personal_data.phone")
    window.apply_fix(finding)
    assert window.pane.editor.text() == "Soita +358 6 828 9111."
    assert "*" not in window.pane.editor.text()


def test_qts_own_dialogs_are_used_when_the_system_speaks_another_language(qtbot) -> None:
    from composer.qt.translations import native_dialogs_speak, use_dialogs_in
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QCoreApplication.testAttribute(attribute)
    try:
        assert native_dialogs_speak("fi", ["fi-FI", "en-US"]) and not native_dialogs_speak("fi", ["en-US"])
        use_dialogs_in("fi", ["en-GB"])  # a Finnish window on an English system: Qt's dialog, translated
        assert QCoreApplication.testAttribute(attribute)
        use_dialogs_in("sv", ["sv-FI"])
        assert not QCoreApplication.testAttribute(attribute)
    finally:
        QCoreApplication.setAttribute(attribute, before)
