"""The whole review flow in real windows, two profiles on one machine: a maintainer drafts
(overriding an error with a reason), sends a review package; a reviewer imports it,
comments and approves (signed with a key from an in-memory keyring) and sends it back;
the maintainer imports the reply into the same draft; an edit voids the approval; and
everything is still there after the window is closed and opened again."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from composer.approval import workflow
from composer.qt import package_import
from composer.qt.controllers import review as review_actions
from composer.review_package import KEEP_MINE, TAKE_THEIRS
from composer.qt.screenshot import wait_for_checks
from tests.composer_fixtures import engine_cache, key_text, language_models, make_window  # noqa: F401
from tests.memory_keyring import installed_keyring  # noqa: F401
from tests.team_fixtures import PACK, key_of

TEXT = "Tervetuloa kirjaston satutuokioon lauantaina klo 11! Takaoven koodi on 4321."
SV_TEXT = "Välkommen till bibliotekets sagostund på lördag kl. 11!"  # Kokkola requires Swedish (issue 18)


class AcceptingOverride:
    """Stands in for the override dialog: gives every blocking finding a reason."""
    DialogCode = QDialog.DialogCode
    seen: list = []

    def __init__(self, message, blocking, parent=None) -> None:
        self.blocking = blocking
        AcceptingOverride.seen.append([f.rule for _, f in blocking])

    def exec(self):
        return QDialog.DialogCode.Accepted

    def overrides(self):
        return [(f, "Koodi vaihdetaan ennen julkaisua") for _, f in self.blocking]


class AcceptingApprove:
    DialogCode = QDialog.DialogCode
    seen: list = []
    note_text = "Hyvä, julkaise."

    def __init__(self, title, channels, reviewer, signing_note, overridden=None, parent=None, people_lines=None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit
        AcceptingApprove.seen.append((reviewer, [(i.excerpt, i.reason) for i in overridden or []]))
        self.note = QPlainTextEdit(AcceptingApprove.note_text)

    def exec(self):
        return QDialog.DialogCode.Accepted


class AddingRecords:
    """Stands in for the dialog listing a package's team records: adds them, remembers what it showed."""
    DialogCode = QDialog.DialogCode
    seen: list = []

    def __init__(self, records, sender, draft, parent=None) -> None:
        AddingRecords.seen.append(records)

    def exec(self):
        return QDialog.DialogCode.Accepted


@pytest.fixture
def profiles(make_window, language_models, monkeypatch, team):  # noqa: F811
    """`profiles(folder, name)`: that person's Somevahti, with their own signing key, writing
    drafts in the team's pack."""
    monkeypatch.setattr(review_actions, "OverrideDialog", AcceptingOverride)
    monkeypatch.setattr(review_actions, "ApproveDialog", AcceptingApprove)
    monkeypatch.setattr("composer.qt.controllers.incoming.IncomingRecordsDialog", AddingRecords)

    def profile(folder: str, name: str):
        window = make_window(profile=folder, user=name)
        window.review.signer = key_of(name)
        for draft in window.library.drafts:
            if draft.untouched:
                draft.set_pack(PACK)
        return window
    return profile


def test_draft_review_package_approve_import_and_edit_voids(profiles, tmp_path: Path) -> None:
    maija = profiles("maija", "Maija Virtanen")
    draft = maija.pane.draft  # the first start opens an empty draft to write in
    assert len(maija.library) == 1 and draft.author == "Maija Virtanen" and draft.master == ""
    key_text(maija.pane.editor, TEXT)
    key_text(maija.versions.editor, SV_TEXT)
    assert wait_for_checks(maija, 30)

    outbox = maija.review.write_package(str(tmp_path / "satutuokio.somevahti"))
    assert outbox is not None and outbox.exists()
    assert AcceptingOverride.seen[-1] == ["confidential.security"]  # the door code blocked until overridden
    assert draft.state == "in_review"
    assert next(iter(draft.ignored.values())).by == "Maija Virtanen"

    pekka = profiles("pekka", "Pekka Tarkastaja")
    copy = pekka.review.import_package(str(outbox))
    assert copy is not None and copy.id == draft.id and copy.text_for("facebook") == TEXT
    assert pekka.library.drafts == [copy]  # the empty draft of Pekka's first start is gone
    assert pekka.review_bar.buttons["approve"].isVisible()
    pekka.comments.editor.setPlainText("Tarkistin kellonajan, kiitos!")
    pekka.comments.add_button.click()
    assert [c.author for c in copy.comments] == ["Pekka Tarkastaja"]
    assert wait_for_checks(pekka, 30)
    assert pekka.review.approve()
    assert copy.state == "approved" and copy.approvals["facebook"].signature
    reply = pekka.review.write_package(str(tmp_path / "vastaus.somevahti"))

    assert maija.review.import_package(str(reply)) is draft
    assert len(maija.library) == 1  # matched by id, not duplicated
    assert workflow.effective_state(draft) == "approved"
    assert [c.body for c in draft.comments] == ["Tarkistin kellonajan, kiitos!"]
    status = maija.review_bar.approvals_label.text()
    assert "Pekka Tarkastaja" in status and "verified" in status

    maija.pane.editor.setFocus()
    key_text(maija.pane.editor, " Tervetuloa!")
    assert workflow.effective_state(draft) == "draft"
    assert "changed after approval" in maija.review_bar.approvals_label.text()
    assert draft.history[-1].from_state == "approved" and draft.history[-1].to_state == "draft"
    assert "text" in draft.history[-1].note
    cursor = maija.pane.editor.textCursor().position()
    maija.close()

    again = profiles("maija", "Maija Virtanen")
    (stored,) = again.library.drafts
    assert stored.id == draft.id and stored.text_for("facebook") == TEXT + " Tervetuloa!"
    assert stored.state == "draft" and stored.approvals["facebook"].reviewer == "Pekka Tarkastaja"
    assert [c.body for c in stored.comments] == ["Tarkistin kellonajan, kiitos!"]
    assert again.pane.draft is stored and again.pane.editor.textCursor().position() == cursor


def test_both_sides_edited_shows_the_conflict(profiles, tmp_path: Path, monkeypatch) -> None:
    maija = profiles("maija", "Maija Virtanen")
    draft = maija.pane.draft
    key_text(maija.pane.editor, "Uimahalli on suljettu maanantaina.")
    assert wait_for_checks(maija, 30)
    outbox = maija.review.write_package(str(tmp_path / "uimahalli.somevahti"))
    pekka = profiles("pekka", "Pekka Tarkastaja")
    copy = pekka.review.import_package(str(outbox))
    copy.set_master("Uimahalli on suljettu maanantaina 1.12.")
    reply = pekka.review.write_package(str(tmp_path / "vastaus.somevahti"))
    draft.set_master("Uimahalli on kiinni maanantaina.")

    shown = []

    class Choose:
        DialogCode = QDialog.DialogCode

        def __init__(self, plan, parent=None) -> None:
            shown.append([(d.channel, d.theirs, d.ours) for d in plan.texts])
            self.choice = KEEP_MINE if len(shown) == 1 else TAKE_THEIRS

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(package_import, "ConflictDialog", Choose)
    maija.review.import_package(str(reply))
    assert shown[0] == [("facebook", "Uimahalli on suljettu maanantaina 1.12.", "Uimahalli on kiinni maanantaina.")]
    assert draft.master == "Uimahalli on kiinni maanantaina."  # kept mine: nothing overwritten
    maija.review.import_package(str(reply))
    assert draft.master == "Uimahalli on suljettu maanantaina 1.12."
    assert len(maija.library) == 1


def test_a_hostile_file_is_refused_with_a_message(profiles, tmp_path: Path, monkeypatch) -> None:
    told = []
    monkeypatch.setattr(review_actions.plain_message, "inform", lambda _p, title, text: told.append(text))
    maija = profiles("maija", "Maija Virtanen")
    bad = tmp_path / "paha.somevahti"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert maija.review.import_package(str(bad)) is None
    assert len(told) == 1 and "paha.somevahti" in told[0]
    assert len(maija.library) == 1  # only the empty draft of the first start
