"""The whole review in two windows with two profiles, each person with their own signing
key and the team file of their pack listing both:

    Maija writes → review package → Pekka asks for changes with a note → package back →
    Maija sees the note, fixes, sends again → Pekka approves with a note → package back →
    Maija sees the verified approval and the note → final export.

Along the way: Pekka's "Review package…" on a draft waiting for changes does not send it to
review in his name (issue 14, item 10), every note is shown (item 9), and the records each
package adds are shown before they are merged (item 5).
"""
from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from composer.approval import workflow
from composer.qt.controllers import review as review_actions
from composer.qt.screenshot import wait_for_checks
from tests.composer_fixtures import engine_cache, key_text, language_models, make_window  # noqa: F401
from tests.memory_keyring import installed_keyring  # noqa: F401
from tests.test_review_flow import AcceptingApprove, AddingRecords, profiles  # noqa: F401

TEXT = "Kaupunginkirjaston satutuokio lauantaina. Tervetuloa!"
SV_TEXT = "Välkommen till bibliotekets sagostund på lördag kl. 11!"
CHANGE_NOTE = "Lisää kellonaika, niin tiedetään milloin tulla."
APPROVE_NOTE = "Hyvä nyt, julkaise aamulla."


def comments_text(window) -> str:
    tree = window.comments._list
    return "\n".join(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))


def test_request_changes_fix_approve_and_export_in_two_profiles(profiles, tmp_path: Path,  # noqa: F811
                                                                 monkeypatch) -> None:
    maija = profiles("maija", "Maija Virtanen")
    draft = maija.pane.draft
    key_text(maija.pane.editor, TEXT)
    key_text(maija.versions.editor, SV_TEXT)  # Kokkola publishes in Swedish too (issue 18)
    assert wait_for_checks(maija, 30)
    first = maija.review.write_package(str(tmp_path / "1.somevahti"))
    assert first is not None and draft.state == "in_review"
    assert "Send the file to the reviewer" in maija.statusBar().currentMessage()

    # Pekka asks for changes, with the note the step requires
    pekka = profiles("pekka", "Pekka Tarkastaja")
    copy = pekka.review.import_package(str(first))
    assert copy is not None and copy.state == "in_review"
    assert [(h.to_state, h.by) for h in AddingRecords.seen[-1].history] == [("in_review", "Maija Virtanen")]
    monkeypatch.setattr(review_actions.QInputDialog, "getMultiLineText", lambda *a, **k: (CHANGE_NOTE, True))
    assert pekka.review.request_changes()
    assert copy.state == "changes_requested"
    assert CHANGE_NOTE in pekka.review_bar.note_label.text()
    steps = len(copy.history)
    second = pekka.review.write_package(str(tmp_path / "2.somevahti"))
    assert second is not None
    assert copy.state == "changes_requested" and len(copy.history) == steps  # not sent to review in his name
    assert "Send the file back to Maija Virtanen" in pekka.statusBar().currentMessage()  # not "to the reviewer"

    # Maija sees the note, fixes the text and sends it again
    assert maija.review.import_package(str(second)) is draft
    assert workflow.effective_state(draft) == "changes_requested"
    assert maija.review_bar.buttons["send_to_review"].isVisible()
    bar = maija.review_bar.note_label.text()
    assert "Pekka Tarkastaja asks for changes" in bar and CHANGE_NOTE in bar
    assert CHANGE_NOTE in comments_text(maija) and "Pekka Tarkastaja asked for changes" in comments_text(maija)
    maija.pane.editor.setFocus()
    key_text(maija.pane.editor, " Klo 11.")
    key_text(maija.versions.editor, " Välkommen!")  # both versions fixed: neither is out of date
    assert wait_for_checks(maija, 30)
    third = maija.review.write_package(str(tmp_path / "3.somevahti"))
    assert third is not None and draft.state == "in_review"

    # Pekka approves with a note, as himself, with his own key
    assert pekka.review.import_package(str(third)) is copy
    assert copy.master == TEXT + " Klo 11." and copy.state == "in_review"
    assert wait_for_checks(pekka, 30)
    AcceptingApprove.note_text = APPROVE_NOTE
    assert pekka.review.approve()
    assert AcceptingApprove.seen[-1][0] == "Pekka Tarkastaja"  # the name comes from Settings, not a field
    assert copy.state == "approved"
    fourth = pekka.review.write_package(str(tmp_path / "4.somevahti"))
    assert fourth is not None and copy.state == "approved"

    # Maija sees a verified approval and Pekka's note, and exports the final version
    assert maija.review.import_package(str(fourth)) is draft
    assert workflow.effective_state(draft) == "approved"
    status = maija.review_bar.approvals_label.text()
    assert "approved by Pekka Tarkastaja" in status and "verified" in status
    assert APPROVE_NOTE in maija.review_bar.note_label.text()
    assert APPROVE_NOTE in comments_text(maija)

    out = tmp_path / "viennit"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    result = maija.exports.export()
    assert result is not None and result.final
    assert not any(name.startswith("LUONNOS") for name in result.files)
    summary = json.loads((result.out_dir / "summary.json").read_text("utf-8"))
    assert summary["approval_note"] == APPROVE_NOTE
    assert {c["approval"]["trust"] for c in summary["channels"]} == {"verified"}
    assert draft.state == "exported"

    # an edit after the export makes it a draft again, with Send for review offered
    maija.pane.editor.setFocus()
    key_text(maija.pane.editor, "!")
    assert workflow.effective_state(draft) == "draft"
    assert maija.review_bar.buttons["send_to_review"].isVisible()
