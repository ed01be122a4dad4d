"""The composer window as a user drives it: typing updates findings and underlines,
clicking and F8 select spans, variants link and reset, fixes, ignoring with a reason,
the paid form, the alt-text flow, drafts (new, duplicate, rename, delete, undo), geometry."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox

from checks.model import Severity
from composer.model.draft import Draft
from composer.qt.severity_style import severity_color
from composer.qt.widgets import editor_pane
from composer.qt.widgets.channel_tabs import MASTER
from tests.composer_fixtures import key_text


def rules(window) -> list[str]:
    return [f.rule for f in window.findings.findings()]


def type_into(qtbot, window, text: str) -> None:
    key_text(window.pane.editor, text)
    qtbot.waitUntil(lambda: window.live.worker.idle and window.live.result is not None
                    and window.live.result.job.serial == window.live.worker.latest_serial)


def open_draft(window, **fields) -> Draft:
    draft = window.add_draft(Draft(title="Testi", **fields))
    return draft


def test_typing_a_phone_number_shows_a_finding_and_an_underline(qtbot, window) -> None:
    open_draft(window, channels=["facebook"])
    type_into(qtbot, window, "Ilmoittautumiset numeroon 040 123 4567 perjantaihin mennessä.")
    assert "personal_data.phone" in rules(window)
    assert ("040 123 4567", Severity.WARNING) in window.pane.editor.underlined()
    # deleting the number clears the finding
    window.pane.editor.selectAll()
    type_into(qtbot, window, "Ilmoittautumiset kirjaston infoon.")
    assert "personal_data.phone" not in rules(window)


def test_clicking_a_finding_selects_its_span_and_f8_walks_the_findings(qtbot, window) -> None:
    open_draft(window, channels=["facebook"])
    type_into(qtbot, window, "Soita 040 123 4567 tai kirjoita matti.meikalainen@gmail.com")
    tree = window.findings._tree
    phone_item = next(item for item in window.findings._order if item.data(0, Qt.ItemDataRole.UserRole).rule
                      == "personal_data.phone")
    rect = tree.visualItemRect(phone_item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pane.editor.textCursor().selectedText() == "040 123 4567"
    selected = set()
    for _ in range(len(window.findings.findings())):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        selected.add(window.findings.current_finding().rule)
    assert {"personal_data.phone", "personal_data.email"} <= selected
    first = window.findings.current_finding()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.findings.current_finding() == first


def test_a_variant_follows_the_master_until_edited_and_resets(qtbot, window, monkeypatch) -> None:
    draft = open_draft(window, channels=["facebook", "x"])
    type_into(qtbot, window, "Kirjasto on kiinni 6.12.")
    window.pane.tabs.set_current("x")
    assert window.pane.editor.text() == "Kirjasto on kiinni 6.12."
    assert window.pane.tabs._reset.isHidden()
    type_into(qtbot, window, " #KokkolaKarleby")
    assert not draft.variant("x").linked
    assert "(edited)" in window.pane.tabs._tabs.tabText(2)
    window.pane.tabs.set_current(MASTER)
    window.pane.editor.selectAll()
    type_into(qtbot, window, "Kirjasto on kiinni itsenäisyyspäivänä.")
    assert draft.text_for("x") == "Kirjasto on kiinni 6.12. #KokkolaKarleby"
    window.pane.tabs.set_current("x")
    assert not window.pane.tabs._reset.isHidden()
    asked = []
    monkeypatch.setattr(editor_pane.plain_message, "ask", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.pane.tabs._reset, Qt.MouseButton.LeftButton)
    assert asked and "X has its own text" in asked[0]  # asked first: the channel's own text goes
    assert draft.variant("x").linked
    assert window.pane.editor.text() == "Kirjasto on kiinni itsenäisyyspäivänä."
    assert "(edited)" not in window.pane.tabs._tabs.tabText(2)


def test_the_counter_turns_red_over_the_x_limit(qtbot, window) -> None:
    open_draft(window, channels=["x", "facebook"])
    type_into(qtbot, window, "Tervetuloa! " * 20)
    label = window.pane.counters.label("x")
    assert label.text().startswith("X 240")
    assert severity_color(Severity.ERROR).name() not in label.styleSheet()
    type_into(qtbot, window, "Lisää tekstiä.")
    key_text(window.pane.editor, " kolmekymmentä merkkiä lisää.")
    assert severity_color(Severity.ERROR).name() in window.pane.counters.label("x").styleSheet()
    assert severity_color(Severity.ERROR).name() not in window.pane.counters.label("facebook").styleSheet()


def test_a_fix_drops_a_duplicate_hashtag_in_one_click(qtbot, window) -> None:
    draft = open_draft(window, channels=["instagram"])
    type_into(qtbot, window, "Satutuokio lauantaina! #kirjasto #lukuilo #kirjasto")
    duplicate = next(f for f in window.findings.findings() if f.rule == "mentions_hashtags.duplicate")
    window.findings.select(duplicate)
    qtbot.mouseClick(window.findings._fix, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live.worker.idle)
    assert draft.master.count("#kirjasto") == 1
    assert "mentions_hashtags.duplicate" not in rules(window)


def test_ignoring_keeps_the_reason_with_the_draft_and_restore_brings_it_back(qtbot, window, monkeypatch) -> None:
    draft = open_draft(window, channels=["facebook"])
    type_into(qtbot, window, "Lisätietoja: matti.meikalainen@gmail.com")
    email = next(f for f in window.findings.findings() if f.rule == "personal_data.email")
    window.findings.select(email)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Matti antoi luvan 20.11.", True))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "personal_data.email" not in rules(window)
    assert [i.reason for i in draft.ignored.values()] == ["Matti antoi luvan 20.11."]
    ignored_group = window.findings._tree.topLevelItem(window.findings._tree.topLevelItemCount() - 1)
    assert "Matti antoi luvan" in ignored_group.child(0).text(0)
    window.findings._tree.setCurrentItem(ignored_group.child(0))
    qtbot.mouseClick(window.findings._restore, Qt.MouseButton.LeftButton)
    assert "personal_data.email" in rules(window) and not draft.ignored


def test_recording_the_paid_decision_clears_the_paid_campaign_finding(qtbot, window) -> None:
    open_draft(window, channels=["facebook"])
    type_into(qtbot, window, "Kesäteatterin liput myynnissä nyt.")
    paid = window.pane.paid
    qtbot.mouseClick(paid._switch, Qt.MouseButton.LeftButton, pos=QPoint(8, paid._switch.height() // 2))
    qtbot.waitUntil(lambda: "paid_campaign.not_notified" in rules(window))
    qtbot.keyClicks(paid._decided_by, "Liisa Laine, kulttuurijohtaja")
    paid._notified.setChecked(True)
    qtbot.waitUntil(lambda: window.live.worker.idle)
    assert "paid_campaign.not_notified" not in rules(window)
    assert window.pane.draft.paid_record.decided_by == "Liisa Laine, kulttuurijohtaja"
    assert "mavi" in window.pane.draft.paid_record.notified_to  # Kokkola's team, from the pack


def test_the_alt_text_flow(qtbot, window, tmp_path) -> None:
    open_draft(window, channels=["x", "instagram"])
    type_into(qtbot, window, "Kuvia satutuokiosta.")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    path = tmp_path / "IMG_2041.png"
    image.save(str(path))
    assert window.pane.media.add_files([path]) == 1
    qtbot.waitUntil(lambda: "accessibility.alt_missing" in rules(window))
    alt = window.pane.media.cards[0].alt_editor
    qtbot.keyClicks(alt, "IMG_2041.png")
    qtbot.waitUntil(lambda: "accessibility.alt_meaningless" in rules(window))
    alt.selectAll()
    key_text(alt, "Lapset kuuntelevat satua kirjaston lastenosastolla.")
    qtbot.waitUntil(lambda: window.live.worker.idle and not {
        "accessibility.alt_missing", "accessibility.alt_meaningless"} & set(rules(window)))


def test_drafts_new_duplicate_rename_delete_and_undo(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.library) == 1
    type_into(qtbot, window, "Uimahalli avataan maanantaina.")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.library) == 2
    copy = window.pane.draft
    assert copy.master == "Uimahalli avataan maanantaina." and copy.id != window.library.drafts[0].id
    window.library.rename(copy, "Uimahalli (ruotsiksi)")
    assert window.drafts.currentItem().text() == "Uimahalli (ruotsiksi)"
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(window.library) == 1 and window.undo_delete.isVisible()
    qtbot.mouseClick(window.undo_delete, Qt.MouseButton.LeftButton)
    assert [d.title for d in window.library.drafts][1] == "Uimahalli (ruotsiksi)"
    assert window.pane.draft is copy


def test_role_changes_the_checklist_and_ticks_are_kept(qtbot, window) -> None:
    draft = open_draft(window, channels=["facebook"])
    organisation = set(window.checklist.items())
    window.pane.role_pack._role.setCurrentIndex(window.pane.role_pack._role.findData("elected"))
    window.pane.role_pack._role.activated.emit(window.pane.role_pack._role.currentIndex())
    assert draft.role == "elected"
    elected = window.checklist.items()
    assert set(elected) != organisation
    item = next(iter(elected.values()))
    item.setCheckState(0, Qt.CheckState.Checked)
    assert item.data(0, Qt.ItemDataRole.UserRole) in draft.checklist


def test_the_window_remembers_its_geometry(qtbot, make_window) -> None:
    first = make_window(settings_file="geometry.ini")
    first.resize(700, 500)  # within the offscreen screen, which restoreGeometry clamps to
    first.close()
    second = make_window(settings_file="geometry.ini")
    assert (second.width(), second.height()) == (700, 500)


@pytest.mark.slow
def test_language_checks_arrive_when_the_models_are_ready(qtbot, window, language_models) -> None:
    open_draft(window, channels=["facebook"])
    type_into(qtbot, window, "Kirjastonhoitaja Maija Virtanen lukee satuja, ja kuulemma mukana on yllätysvieras.")
    assert {"tone.rumour", "personal_data.person_name"} <= set(rules(window))
    assert window.live.language_done
