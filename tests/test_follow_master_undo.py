"""Issue 14, item 12: "Follow the master text again" asks, keeps a revision — and one Ctrl+Z
in the channel's editor brings the channel's own text back, with its "own text" status
(Ctrl+Shift+Z follows the master text again). Finnish first, then Swedish."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from composer.qt.translations import language_installed
from composer.qt.widgets import editor_pane
from composer.qt.widgets.channel_tabs import MASTER
from tests.composer_fixtures import engine_cache, key_text, language_models, make_window  # noqa: F401

CASES = {
    "fi": ("Kirjasto on suljettu juhannuksena.", "Kirjasto kiinni juhannuksena – X:n oma teksti, ei saa kadota.",
           "Muokattu tälle kanavalle", "Seuraa päätekstiä"),
    "sv": ("Biblioteket är stängt på midsommar.", "Biblioteket stängt på midsommar – X:s egen text, får inte försvinna.",
           "Redigerad för den här kanalen", "Följer huvudtexten"),
}


def undo(editor, redo: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if redo else
                                                       Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(editor, Qt.Key.Key_Z, modifiers)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_ctrl_z_brings_the_channels_own_text_back(make_window, monkeypatch, lang: str) -> None:  # noqa: F811
    master, own, own_status, follows_status = CASES[lang]
    with language_installed(lang):
        window = make_window(lang=lang, profile=f"profile-{lang}", user="Maija Virtanen")
        pane = window.pane
        draft = pane.draft
        draft.set_channels(["facebook", "x"])
        draft.set_master(master)
        draft.set_variant_text("x", own)
        pane.set_draft(draft)
        pane.tabs.set_current("x")
        monkeypatch.setattr(editor_pane.plain_message, "ask", lambda *a: QMessageBox.StandardButton.Yes)

        pane.tabs.reset_requested.emit("x")
        assert draft.variant("x").linked and pane.editor.text() == master
        assert pane.tabs._link.text().startswith(follows_status)

        pane.editor.setFocus()
        undo(pane.editor)
        assert pane.editor.text() == own
        assert draft.text_for("x") == own and not draft.variant("x").linked  # failed: Ctrl+Z did nothing
        assert pane.tabs._link.text().startswith(own_status) and pane.tabs._reset.isVisibleTo(pane)
        assert window.storage.revisions(draft.id)[0]["reason"] == "before_follow_master"  # the revision stays

        undo(pane.editor, redo=True)
        assert draft.variant("x").linked and pane.editor.text() == master
        undo(pane.editor)
        assert draft.text_for("x") == own

        pane.tabs.set_current(MASTER)  # the master text goes on without X
        key_text(pane.editor, " ")
        assert draft.text_for("x") == own and draft.text_for("facebook") == master + " "


def swimming_hall_with_own_x_text(make):
    """Maija's window showing a Facebook + X draft whose X tab has its own text."""
    pane = make(profile="maija", user="Maija Virtanen").pane
    draft = pane.draft
    draft.set_channels(["facebook", "x"])
    draft.set_master("Uimahalli avataan maanantaina.")
    draft.set_variant_text("x", "Uimahalli auki ma!")
    pane.set_draft(draft)
    return pane, draft


def test_following_the_master_from_another_tab_still_works(make_window, monkeypatch) -> None:  # noqa: F811
    pane, draft = swimming_hall_with_own_x_text(make_window)
    monkeypatch.setattr(editor_pane.plain_message, "ask", lambda *a: QMessageBox.StandardButton.Yes)
    pane.tabs.reset_requested.emit("x")  # the master tab is open
    assert draft.variant("x").linked and pane.editor.text() == "Uimahalli avataan maanantaina."
    assert draft.master == "Uimahalli avataan maanantaina."


def test_the_undo_belongs_to_the_channels_editor_not_the_master_text(make_window, monkeypatch) -> None:  # noqa: F811
    """Following the master on X, then opening the master tab (the same words): Ctrl+Z
    there must not write X's old text into the master text."""
    pane, draft = swimming_hall_with_own_x_text(make_window)
    pane.tabs.set_current("x")
    monkeypatch.setattr(editor_pane.plain_message, "ask", lambda *a: QMessageBox.StandardButton.Yes)
    pane.tabs.reset_requested.emit("x")
    pane.tabs.set_current(MASTER)
    pane.editor.setFocus()
    undo(pane.editor)
    assert draft.master == "Uimahalli avataan maanantaina." and draft.variant("x").linked
