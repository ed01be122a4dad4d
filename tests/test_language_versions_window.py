"""The window with Finnish and Swedish versions: side by side (one at a time with a switch when narrow), both
labelled, Ctrl+Shift+L between them, a mismatch underlined in both editors, the preview
and counters on what will be posted, and old one-version drafts left as they were."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from checks.model import Finding, Severity

from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.qt.screenshot import wait_for_checks
from tests.composer_fixtures import engine_cache, key_text, language_models, make_window  # noqa: F401

FI = "Asukasilta torstaina klo 18 kaupungintalolla."
SV = "Invånarkväll på torsdag kl. 19 i stadshuset."


def bilingual_on_facebook_tab(make):
    """A wide window (both editors side by side) with a fi + sv draft, its Facebook tab open."""
    window = make()
    window.resize(1400, 900)
    draft = Draft(title="Asukasilta", master=FI, channels=["facebook"])
    lv.add_version(draft, "sv")
    lv.set_master_text(draft, "sv", SV)
    window.add_draft(draft)
    window.pane.tabs.step(1)
    return window, draft


def marked_rules(editor) -> set[str]:
    return {finding.rule for _, finding in editor._marks}


def test_a_new_kokkola_draft_has_both_versions_and_a_mismatch_shows_in_both(make_window,  # noqa: F811
                                                                             language_models) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    draft = window.new_draft()
    panel = window.versions
    assert lv.langs(draft) == ["fi", "sv"] and panel.isVisible() and panel.editor.isEnabled()
    assert panel.title.text().endswith("(SV)")
    key_text(window.pane.editor, FI)
    key_text(panel.editor, SV)
    assert lv.master_of(draft, "sv") == SV and draft.master == FI
    assert wait_for_checks(window, 30)
    assert "language_versions.times" in marked_rules(window.pane.editor)
    assert "language_versions.times" in marked_rules(panel.editor)
    messages = [window.findings._tree.topLevelItem(i).child(j).text(0)
                for i in range(window.findings._tree.topLevelItemCount())
                for j in range(window.findings._tree.topLevelItem(i).childCount())]
    assert any(m.startswith("SV · ") and "kl. 19" in m for m in messages)


def test_shortcut_moves_between_the_editors(make_window) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)
    window.new_draft()
    window.activateWindow()
    window.pane.editor.setFocus()
    QApplication.processEvents()
    window.versions.switch.trigger()
    QApplication.processEvents()
    assert window.focusWidget() is window.versions.editor
    window.versions.switch.trigger()
    QApplication.processEvents()
    assert window.focusWidget() is window.pane.editor
    assert window.versions.switch.shortcut().toString() == "Ctrl+Shift+L"


def test_a_narrow_window_shows_one_version_at_full_height_with_a_switch(make_window) -> None:  # noqa: F811
    window = make_window()
    window.show()
    window.resize(1400, 900)
    window.new_draft()
    QApplication.processEvents()
    bar = window.versions.version_switch
    assert window.pane.editor.isVisible() and window.versions.editor.isVisible() and not bar.isVisible()
    wide_height = window.pane.editor.height()
    window.resize(900, 800)
    QApplication.processEvents()
    # One editor at a time, the bar visible and saying which one is shown.
    assert bar.isVisible() and window.pane.editor.isVisible() and not window.versions.editor.isVisible()
    assert bar.primary_button.isChecked() and bar.primary_button.text().endswith("(FI)")
    assert bar.panel_button.text().endswith("(SV)") and bar.panel_button.toolTip()
    # The shortcut shows the other version (and focuses it); the buttons do the same.
    window.activateWindow()
    window.versions.switch.trigger()
    QApplication.processEvents()
    assert window.versions.editor.isVisible() and not window.pane.editor.isVisible()
    assert bar.panel_button.isChecked() and window.focusWidget() is window.versions.editor
    bar.primary_button.click()
    QApplication.processEvents()
    assert window.pane.editor.isVisible() and not window.versions.editor.isVisible()
    assert window.pane.editor.height() > wide_height * 0.6  # not halved by a second editor
    # Selecting a finding of the hidden Swedish version shows that version.
    key_text(window.versions.editor, SV)
    finding = Finding(rule="language_versions.times", category="language_versions", severity=Severity.WARNING,
                      message="kl. 19", start=0, end=5, excerpt=SV[:5], target="text", version="sv")
    window.select_finding(finding)
    QApplication.processEvents()
    assert window.versions.editor.isVisible() and bar.panel_button.isChecked()
    assert window.versions.editor.textCursor().selectedText() == SV[:5]
    window.select_finding(replace(finding, version="fi"))
    QApplication.processEvents()
    assert window.pane.editor.isVisible() and bar.primary_button.isChecked()
    # Wide again: side by side, no bar.
    window.resize(1400, 900)
    QApplication.processEvents()
    assert window.pane.editor.isVisible() and window.versions.editor.isVisible() and not bar.isVisible()


def test_combined_publishing_counts_and_previews_the_bilingual_post(make_window) -> None:  # noqa: F811
    window, draft = bilingual_on_facebook_tab(make_window)
    QApplication.processEvents()
    assert window.versions.tab == "facebook" and window.versions.publish.isEnabled()
    window.versions.publish.setCurrentIndex(1)
    window.versions.publish.activated.emit(1)
    assert lv.publish_mode(draft, "facebook") == lv.COMBINED
    assert "bilingual" in window.versions.count.text() or "kaksikielisessä" in window.versions.count.text()
    window.side_tabs.setCurrentWidget(window.preview)
    QApplication.processEvents()
    window.preview.render()
    shown = window.preview.browser.toPlainText()
    assert "klo 18" in shown and "kl. 19" in shown and shown.index("klo 18") < shown.index("kl. 19")


def test_an_old_one_version_draft_is_left_as_it_was(make_window) -> None:  # noqa: F811
    window = make_window()
    window.resize(1400, 900)  # side by side (a narrow window shows the panel on its switch button)
    draft = window.add_draft(Draft(title="Vanha", master=FI, channels=["facebook"]))
    panel = window.versions
    assert not draft.versions.enabled and lv.langs(draft) == ["fi"]
    assert panel.add.isVisible() and not panel.editor.isEnabled()
    panel.add.click()
    assert lv.langs(draft) == ["fi", "sv"] and panel.editor.isEnabled()


def test_copy_takes_the_focused_versions_post_or_the_bilingual_post(make_window) -> None:  # noqa: F811
    window, draft = bilingual_on_facebook_tab(make_window)
    window.versions.editor.setFocus()
    QApplication.processEvents()
    assert window.exports.copy_channel() == SV
    window.pane.editor.setFocus()
    QApplication.processEvents()
    assert window.exports.copy_channel() == FI
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    assert window.exports.copy_channel() == FI + "\n\n" + SV
    assert QApplication.clipboard().text() == FI + "\n\n" + SV
