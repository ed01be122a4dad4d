"""An English version in the window, beside the Finnish and Swedish ones (issue 18): added
from the version pane, edited with the Swedish editor's behaviour (channel variants follow
its master text, live checks labelled EN, a mismatch with the Finnish version underlined
in both editors and selected on both sides), reached with Ctrl+Shift+L and in a narrow
window with the FI | SV | EN bar, removed only after asking and with Undo."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.qt.screenshot import wait_for_checks
from composer.qt.widgets import version_removal
from tests.composer_fixtures import engine_cache, key_text, language_models, make_window  # noqa: F401

FI = "Asukasilta torstaina klo 18 kaupungintalolla."
SV = "Invånarkväll på torsdag kl. 18 i stadshuset."
EN = "Residents' evening on Thursday at 7 pm in the town hall!!!"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def marked_rules(editor) -> set[str]:
    return {finding.rule for _, finding in editor._marks}


def listed(window) -> list[str]:
    tree = window.findings._tree
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


def trilingual(pack: str = "naantali") -> Draft:
    draft = Draft(title="Asukasilta", master=FI, channels=["facebook", "x"], pack=pack)
    for lang, text in (("sv", SV), ("en", EN)):
        lv.add_version(draft, lang)
        lv.set_master_text(draft, lang, text)
    return draft


def test_an_english_version_is_added_typed_and_checked_against_the_finnish(make_window,  # noqa: F811
                                                                          language_models) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    draft = window.new_draft()  # Kokkola: starts with fi + sv
    panel = window.versions
    key_text(window.pane.editor, FI)
    key_text(panel.editor, SV)
    assert panel.adds["en"].isHidden() and panel.add_actions["en"].isVisible()
    panel.add_actions["en"].trigger()
    assert lv.langs(draft) == ["fi", "sv", "en"] and panel.lang == "en" and panel.title.text().endswith("(EN)")
    assert panel.choosers["sv"].isVisible() and panel.choosers["en"].isChecked()
    assert panel.editor.toPlainText() == "" and panel.editor.isEnabled()
    key_text(panel.editor, EN)
    assert lv.master_of(draft, "en") == EN and lv.master_of(draft, "sv") == SV and draft.master == FI
    assert wait_for_checks(window, 30)
    findings = window.live.shown()[0]
    times = next(f for f in findings if f.rule == "language_versions.times" and f.version == "en")
    assert EN[times.start:times.end] == "at 7 pm" and times.other.version == "fi"
    assert any(f.version == "en" and f.rule.startswith("tone.") for f in findings)  # "!!!" checked in English
    messages = listed(window)
    assert any(m.startswith("EN · ") and "at 7 pm" in m for m in messages)
    assert not any(f.rule == "language_versions.times" and f.version == "sv" for f in findings)  # kl. 18 agrees
    # The mismatch is underlined in both editors, and a click selects both sides.
    assert "language_versions.times" in marked_rules(panel.editor)
    assert "language_versions.times" in marked_rules(window.pane.editor)
    window.findings.activated.emit(times)
    QApplication.processEvents()
    assert panel.editor.textCursor().selectedText() == "at 7 pm"
    assert window.pane.editor.textCursor().selectedText() == "klo 18"
    assert window.focusWidget() is panel.editor
    # The Swedish version is one click away in the same pane, with its own text and marks.
    panel.choosers["sv"].click()
    assert panel.lang == "sv" and panel.editor.toPlainText() == SV
    assert "language_versions.times" not in marked_rules(panel.editor)


def test_english_channel_variants_follow_its_master_until_edited(make_window) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    draft = window.add_draft(trilingual())
    panel = window.versions
    panel.choose("en")
    window.pane.tabs.step(1)  # the Facebook tab
    QApplication.processEvents()
    assert panel.tab == "facebook" and panel.editor.toPlainText() == EN
    lv.set_master_text(draft, "en", EN + " Welcome!")
    panel.refresh()
    assert panel.editor.toPlainText() == EN + " Welcome!"  # still following
    panel.editor.setFocus()
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    key_text(panel.editor, " See you")
    assert lv.text_of(draft, "en", "facebook") == EN + " Welcome! See you"
    assert lv.master_of(draft, "en") == EN + " Welcome!" and not lv.is_linked(draft, "en", "facebook")
    assert lv.text_of(draft, "en", "x") == EN + " Welcome!"
    # Copy takes the focused English editor's post.
    assert window.exports.copy_channel() == EN + " Welcome! See you"
    # One post with every version: named so, and counted as posted (fi, sv and en).
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    panel.refresh()
    assert panel.publish.currentText() in ("One post in every language (Finnish first)",
                                           "Yksi julkaisu kaikilla kielillä (suomi ensin)")
    combined = len(FI) + len(SV) + len(EN + " Welcome! See you") + 4
    assert panel.count.text().startswith(f"Facebook: {combined} /") and "bilingual" not in panel.count.text()
    assert window.exports.copy_channel() == FI + "\n\n" + SV + "\n\n" + EN + " Welcome! See you"
    window.side_tabs.setCurrentWidget(window.preview)
    QApplication.processEvents()
    window.preview.render()
    shown = window.preview.browser.toPlainText()
    assert shown.index("klo 18") < shown.index("kl. 18") < shown.index("Residents")  # as posted, cut at the fold


def test_ctrl_shift_l_moves_through_every_version(make_window) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    window.add_draft(trilingual())
    panel = window.versions
    window.activateWindow()
    window.pane.editor.setFocus()
    QApplication.processEvents()
    drafts_width = window.split.sizes()[0]
    seen = []
    for _ in range(3):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_L, CTRL_SHIFT)  # a real key press, not trigger()
        QApplication.processEvents()
        seen.append("fi" if window.focusWidget() is window.pane.editor
                    else panel.lang if window.focusWidget() is panel.editor else "?")
    assert seen == ["sv", "en", "fi"]
    assert window.split.sizes()[0] == drafts_width > 0  # the drafts list toggle no longer shares the key
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert window.split.sizes()[0] == 0


def test_a_narrow_window_switches_between_three_versions(make_window) -> None:  # noqa: F811
    window = make_window()
    window.show()
    window.resize(1000, 700)
    window.add_draft(trilingual())
    QApplication.processEvents()
    panel, bar = window.versions, window.versions.version_switch
    assert bar.isVisible() and [lang for lang, b in bar.buttons.items() if b.isVisible()] == ["fi", "sv", "en"]
    assert bar.buttons["en"].text().endswith("(EN)") and bar.buttons["fi"].isChecked()
    assert not any(b.isVisible() for b in panel.choosers.values())  # the bar chooses here
    assert window.pane.editor.isVisible() and not panel.editor.isVisible()
    bar.buttons["en"].click()
    QApplication.processEvents()
    assert panel.editor.isVisible() and panel.lang == "en" and not window.pane.editor.isVisible()
    assert panel.editor.toPlainText() == EN and bar.buttons["en"].isChecked()
    window.activateWindow()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_L, CTRL_SHIFT)
    QApplication.processEvents()
    assert window.pane.editor.isVisible() and bar.buttons["fi"].isChecked()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_L, CTRL_SHIFT)
    QApplication.processEvents()
    assert panel.editor.isVisible() and panel.lang == "sv" and bar.buttons["sv"].isChecked()


def test_removing_a_version_asks_and_can_be_undone(make_window, monkeypatch) -> None:  # noqa: F811
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(version_removal.plain_message, "ask", lambda *a: asked.append(a[2]) or answers.pop(0))
    window = make_window()
    window.resize(1400, 900)
    draft = window.add_draft(trilingual())
    lv.set_variant_text(draft, "en", "x", "Residents' evening Thu at 7 pm")
    panel = window.versions
    panel.choose("en")
    assert panel.remove_action.isEnabled()
    panel.remove_action.trigger()  # answered No: nothing happens
    assert len(asked) == 1 and "EN" in asked[0] and lv.langs(draft) == ["fi", "sv", "en"]
    panel.remove_action.trigger()  # Yes
    assert lv.langs(draft) == ["fi", "sv"] and panel.lang == "sv" and panel.removal.isVisible()
    assert "EN" in panel.removal.label.text()
    panel.removal.undo_button.click()
    assert lv.langs(draft) == ["fi", "sv", "en"] and panel.lang == "en" and not panel.removal.isVisible()
    assert lv.master_of(draft, "en") == EN and lv.text_of(draft, "en", "x") == "Residents' evening Thu at 7 pm"
    # Removed again, then added again from the menu: the text comes back, not an empty version.
    panel.remove_action.trigger()
    assert "en" not in lv.langs(draft)
    panel.add_actions["en"].trigger()
    assert lv.master_of(draft, "en") == EN and not panel.removal.isVisible()
    # An empty version goes without asking.
    lv.remove_version(draft, "sv")
    lv.add_version(draft, "sv")
    panel.choose("sv")
    before = len(asked)
    panel.remove_action.trigger()
    assert len(asked) == before and lv.langs(draft) == ["fi", "en"]


def test_a_required_version_cannot_be_removed(make_window) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    draft = window.add_draft(trilingual(pack="kokkola"))  # Kokkola requires Swedish
    panel = window.versions
    panel.choose("sv")
    assert not panel.remove_action.isEnabled() and panel.remove_action.toolTip()
    assert not panel.removal.remove("sv") and "sv" in lv.langs(draft)
    panel.choose("en")
    assert panel.remove_action.isEnabled()


def test_removal_keeps_a_revision_and_three_versions_survive_save_and_open(make_window,  # noqa: F811
                                                                           monkeypatch) -> None:
    monkeypatch.setattr(version_removal.plain_message, "ask", lambda *a: QMessageBox.StandardButton.Yes)
    window = make_window(profile="maija")
    window.resize(1400, 900)
    draft = window.add_draft(trilingual())
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    window.versions.choose("en")
    window.versions.remove_action.trigger()
    revisions = window.storage.revisions(draft.id)
    kept = next(r for r in revisions if r["reason"] == "before_remove_version")
    assert [v["lang"] for v in window.storage.revision(kept["id"])["versions"]["extra"]] == ["sv", "en"]
    window.versions.removal.undo_button.click()
    expected = {c: lv.texts_for(draft, c) for c in draft.channels}
    window.close()
    again = make_window(profile="maija")
    opened = again.library.find(draft.id)
    assert {c: lv.texts_for(opened, c) for c in opened.channels} == expected
    assert lv.publish_mode(opened, "facebook") == lv.COMBINED


def test_a_draft_whose_first_version_is_swedish_offers_finnish_in_the_pane(make_window) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    draft = Draft(title="Sagostund", master=SV, channels=["facebook"], pack="naantali")
    lv.enable(draft, "sv")  # as a post JSON {"versions": {"sv": …, "fi": …, "en": …}} opens
    for lang, text in (("fi", FI), ("en", EN)):
        lv.add_version(draft, lang)
        lv.set_master_text(draft, lang, text)
    window.add_draft(draft)
    panel = window.versions
    assert [lang for lang, b in panel.choosers.items() if b.isVisible()] == ["fi", "en"]
    panel.choosers["fi"].click()
    assert panel.lang == "fi" and panel.editor.toPlainText() == FI
