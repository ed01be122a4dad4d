"""Copying from the window: a channel's text goes to the clipboard exactly as the variant
has it (NFC, hashtags and mentions as typed), "copy all" adds every channel under a
heading and the alt texts labelled per image in the UI language, and the status bar
says what was copied and whether it is approved."""
from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from checks.model import Media
from composer.present.copy_text import all_text
from composer.model.draft import Draft
from tests.export_fixtures import approved

FI = "Pääkirjaston satutuokio lauantaina klo 11! Öisiä tarinoita 📚 #KokkolaKarleby @kokkolankaupunki"
SV = "Sagostund på huvudbiblioteket på lördag – Åsa läser! #KokkolaKarleby @karleby"
EN = "Story hour at the library café on Saturday – bring a friend! 🎉 #KokkolaKarleby @kokkola"


def press(qtbot, window, modifier: Qt.KeyboardModifier) -> None:
    """Ctrl+<modifier>+C with the editor focused, as a user presses it."""
    window.activateWindow()
    window.pane.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pane.editor)
    qtbot.keyClick(window.pane.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | modifier)


def clipboard_bytes() -> bytes:
    return QGuiApplication.clipboard().text().encode("utf-8")


@pytest.mark.parametrize("lang, text", [("fi", FI), ("sv", SV), ("en", EN)])
def test_copy_channel_gives_the_variant_text_nfc_byte_for_byte(qtbot, make_window, lang: str, text: str) -> None:
    window = make_window(lang)
    typed = unicodedata.normalize("NFD", text)  # as some Macs paste it: ä = a + combining diaeresis
    assert typed != text
    draft = window.add_draft(Draft(title="Testi", master=typed, channels=["facebook", "x"]))
    draft.set_variant_text("x", typed + " x-versio")
    window.pane.tabs.set_current("x")
    assert window.actions_by_name["copy_channel"].text() == "&Copy X text"
    press(qtbot, window, Qt.KeyboardModifier.ShiftModifier)
    assert clipboard_bytes() == (text + " x-versio").encode("utf-8")
    window.pane.tabs.set_current("facebook")
    window.actions_by_name["copy_channel"].trigger()
    assert clipboard_bytes() == text.encode("utf-8")
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Facebook text copied – {len(text)} characters.")
    assert "Not approved yet" in message


def test_the_status_counts_characters_as_people_see_them_and_an_approved_text_has_no_warning(make_window) -> None:
    window = make_window()
    text = "Perhe 👩‍👩‍👧 tervetuloa!"  # the family emoji is five code points, one character
    window.add_draft(approved(Draft(title="Testi", master=text, channels=["facebook"], author="Maija")))
    window.pane.tabs.set_current("facebook")
    window.actions_by_name["copy_channel"].trigger()
    assert window.statusBar().currentMessage() == "Facebook text copied – 19 characters."


def test_the_master_tab_copies_the_master_text(make_window) -> None:
    window = make_window()
    draft = window.add_draft(Draft(title="Testi", master="Kirjasto on kiinni 6.12.", channels=["facebook", "x"]))
    draft.set_variant_text("x", "Kirjasto kiinni 6.12. #KokkolaKarleby")
    window.pane.tabs.set_current("")
    assert window.actions_by_name["copy_channel"].text() == "&Copy the master text"
    assert window.exports.copy_channel() == "Kirjasto on kiinni 6.12."
    assert QGuiApplication.clipboard().text() == "Kirjasto on kiinni 6.12."


def media_draft() -> Draft:
    draft = Draft(title="Satutuokio", master=unicodedata.normalize("NFD", "Satutuokio lauantaina! #kirjasto"),
                  channels=["facebook", "instagram", "x"],
                  media=[Media("image", unicodedata.normalize("NFD", "Lapsia kuuntelemassa satua."), None, None),
                         Media("image", "  ", None, None),
                         Media("video", "Satutuokion tunnelmia", True, None)])
    draft.set_variant_text("x", "Satutuokio la klo 11 @kokkola")
    return draft


def test_copy_all_gives_every_channel_under_a_heading_and_the_alt_texts_in_finnish(qtbot, make_window) -> None:
    window = make_window("fi")
    window.add_draft(media_draft())
    press(qtbot, window, Qt.KeyboardModifier.AltModifier)
    assert QGuiApplication.clipboard().text() == (
        "Facebook, Instagram\n===================\n\nSatutuokio lauantaina! #kirjasto\n\n\n"
        "X\n=\n\nSatutuokio la klo 11 @kokkola\n\n\n"
        "Kuvat ja videot\n===============\n\n"
        "Kuva 1 – vaihtoehtoinen teksti: Lapsia kuuntelemassa satua.\n"
        "Kuva 2 – vaihtoehtoinen teksti puuttuu\n"
        "Video 3 – vaihtoehtoinen teksti: Satutuokion tunnelmia\n")
    message = window.statusBar().currentMessage()
    assert message.startswith("Copied the texts for Facebook, Instagram, X and the alt texts.")
    assert "Not approved yet" in message


@pytest.mark.parametrize("lang, lines", [
    ("sv", ["Bilder och videor", "Bild 1 – alternativ text: Lapsia kuuntelemassa satua.",
            "Bild 2 – alternativ text saknas", "Video 3 – alternativ text: Satutuokion tunnelmia"]),
    ("en", ["Images and videos", "Image 1 – alt text: Lapsia kuuntelemassa satua.", "Image 2 – alt text missing",
            "Video 3 – alt text: Satutuokion tunnelmia"]),
])
def test_the_alt_text_labels_follow_the_ui_language(lang: str, lines: list[str]) -> None:
    text = all_text(media_draft(), lang)
    assert text == unicodedata.normalize("NFC", text)
    assert text.splitlines()[-len(lines) - 2:] == [lines[0], "=" * len(lines[0]), ""] + lines[1:]


def test_copy_all_without_media_has_no_media_heading() -> None:
    text = all_text(Draft(master="Åtta böcker.", channels=["linkedin"]), "sv")
    assert text == "LinkedIn\n========\n\nÅtta böcker.\n"
