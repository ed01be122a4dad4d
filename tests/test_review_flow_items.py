"""Flow defects of issue 14, one test each: removing the open channel's tab (11), following
the master text again (12), states that are not true (14), and what a round trip or an
export used to lose (15). Items 9 and 10 are driven in tests/test_review_round_trip.py."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from checks.model import Media
from composer.approval import workflow
from composer.approval.approve import approval_status
from composer.cli.export_command import _settings_name
from composer.export import export_draft
from composer.model.draft import Draft
from composer.qt.widgets import editor_pane
from composer.qt.widgets.channel_tabs import MASTER
from composer.review_package import apply_import, plan_import, read_package, write_package
from composer.review_package.merge import all_records
from composer.storage import open_store
from tests.composer_fixtures import key_text
from tests.export_fixtures import approved
from tests.review_package_fixtures import png_bytes


def type_at_end(editor, text: str) -> None:
    from PySide6.QtGui import QTextCursor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    key_text(editor, text)


def test_11_removing_the_open_channel_does_not_touch_the_master_text(qtbot, make_window) -> None:
    window = make_window()
    draft = window.add_draft(Draft(title="Testi", master="Yhteinen teksti.", channels=["facebook", "x"]))
    window.pane.tabs.set_current("x")
    type_at_end(window.pane.editor, " Vain X:lle.")
    assert draft.text_for("x") == "Yhteinen teksti. Vain X:lle."
    window.pane.tabs.channels_chosen.emit(["facebook"])  # untick X while on its tab
    assert window.pane.current_tab() == MASTER
    assert window.pane.editor.text() == "Yhteinen teksti."  # the master text, not X's
    type_at_end(window.pane.editor, "!")
    assert draft.master == "Yhteinen teksti.!" and draft.text_for("facebook") == "Yhteinen teksti.!"


def test_12_following_the_master_again_asks_and_keeps_the_text(qtbot, make_window, monkeypatch) -> None:
    window = make_window(profile="maija", user="Maija")
    draft = window.pane.draft
    draft.set_channels(["facebook", "x"])
    draft.set_master("Yhteinen.")
    draft.set_variant_text("x", "Oma X-teksti, ei saa kadota.")
    window.pane.set_draft(draft)
    window.pane.tabs.set_current("x")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(editor_pane.plain_message, "ask", lambda *a: answers.pop(0))
    window.pane.tabs.reset_requested.emit("x")
    assert draft.text_for("x") == "Oma X-teksti, ei saa kadota."  # cancelled: nothing lost
    window.pane.tabs.reset_requested.emit("x")
    assert draft.variant("x").linked
    revisions = window.storage.revisions(draft.id)
    assert revisions[0]["reason"] == "before_follow_master"
    kept = window.storage.revision(revisions[0]["id"])
    assert kept["variants"]["x"] == "Oma X-teksti, ei saa kadota."


def test_14_an_exported_draft_edited_later_is_a_draft_again(tmp_path: Path) -> None:
    draft = approved(Draft(title="Uimahalli", master="Uimahalli on kiinni maanantaina.", channels=["facebook"],
                           author="Maija"))
    export_draft(draft, {"facebook": []}, tmp_path / "out", lang="fi")
    workflow.mark_exported(draft, "Maija")
    assert workflow.effective_state(draft) == "exported"
    draft.set_master("Uimahalli on kiinni tiistaina.")
    assert workflow.effective_state(draft) == "draft"
    change = workflow.record_changed_after_approval(draft, "Maija")
    assert change is not None and (change.from_state, change.to_state) == ("exported", "draft")
    workflow.send_to_review(draft, {"facebook": []}, "Maija")  # Send for review is open again


def test_14_changing_the_role_voids_the_approval() -> None:
    draft = approved(Draft(title="Kannanotto", master="Kaupunginvaltuusto päättää tänään.", channels=["x"],
                           author="Maija"))
    assert workflow.effective_state(draft) == "approved"
    draft.set_role("elected")
    status = approval_status(draft, "x")
    assert status.state == "void" and "role" in status.changes
    assert workflow.effective_state(draft) == "draft"


def test_15_the_file_name_and_checklist_survive_a_round_trip(tmp_path: Path) -> None:
    image = tmp_path / "Satutuokio kirjastossa.png"
    image.write_bytes(png_bytes())
    draft = Draft(title="Satutuokio", master="Tervetuloa!", channels=["facebook"])
    draft.add_media(Media("image", "Lapsia lukemassa.", None, str(image)))
    draft.tick("facts_checked", True)
    store, _problem = open_store(tmp_path / "data")
    from composer.model.draft_codec import draft_from_dict, draft_to_dict
    store.save_draft(draft_to_dict(draft), 0)
    (stored,) = [draft_from_dict(d) for d in store.load_all()]
    assert stored.media[0].file_name == "Satutuokio kirjastossa.png" and stored.checklist == {"facts_checked"}
    package = read_package(write_package(stored, tmp_path / "p.somevahti", "Maija"))
    plan = plan_import(package, None)
    received = apply_import(plan, None, lambda name, data: _store(tmp_path / "in", name, data), all_records(plan))
    assert received.draft.media[0].file_name == "Satutuokio kirjastossa.png"
    assert received.draft.checklist == {"facts_checked"}
    store.close()


def _store(folder: Path, name: str, data: bytes) -> str:
    folder.mkdir(exist_ok=True)
    path = folder / Path(name).name
    path.write_bytes(data)
    return str(path)


def test_15_somevahti_export_records_the_settings_name(tmp_path: Path) -> None:
    store, _problem = open_store(tmp_path / "data")
    assert _settings_name(store) == ""
    store.set_ui_state("user", {"name": "Maija Virtanen"})  # what the window writes (WindowStorage.save_session)
    assert _settings_name(store) == "Maija Virtanen"
    store.close()


def test_14_an_overridden_error_is_not_hidden_from_the_reviewer(qtbot) -> None:
    from checks.model import Finding, Severity
    from composer.model.draft import Ignored
    from composer.qt.widgets.findings_panel import FindingsPanel
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    door = Finding(rule="confidential.security", category="confidential", severity=Severity.ERROR, start=0, end=4,
                   target="text", excerpt="Takaoven koodi", message="Ovikoodi paljastaa turvallisuustiedon.")
    record = Ignored(door.rule, door.target, door.excerpt, "Koodi vaihdetaan ennen julkaisua.", "Maija")
    panel.set_findings([], [(door, record)])
    assert "0 error(s)" in panel.summary_text() and "1 error(s) overridden with a reason" in panel.summary_text()
    (group,) = [panel._tree.topLevelItem(i) for i in range(panel._tree.topLevelItemCount())]
    assert group.isExpanded() and "Koodi vaihdetaan" in group.child(0).text(0)
