"""The review, approval and export gates judge the content as it is now: after a History
restore or a package import over the open draft, the checks run again before any gate
trusts their findings (a restored identity code once passed the approval gate)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.qt.controllers import export as export_actions
from composer.qt.controllers import review as review_actions
from composer.qt.screenshot import wait_for_checks
from tests.composer_fixtures import engine_cache, language_models, make_window  # noqa: F401
from tests.memory_keyring import installed_keyring, memory_keyring  # noqa: F401

CLEAN = "Tervetuloa kirjaston satutuokioon lauantaina klo 11!"
WITH_HETU = "Tervetuloa kirjaston satutuokioon! Voittaja on 131052-308T, onnea."
HETU_RULE = "personal_data.hetu"


class RefusingOverride:
    """Stands in for the override dialog: records what blocked and overrides nothing."""
    DialogCode = QDialog.DialogCode
    seen: list[list[str]] = []

    def __init__(self, message, blocking, parent=None) -> None:
        RefusingOverride.seen.append([f.rule for _, f in blocking])

    def exec(self):
        return QDialog.DialogCode.Rejected

    def overrides(self):
        return []


class AcceptingApprove:
    DialogCode = QDialog.DialogCode

    def __init__(self, title, channels, reviewer, signing_note, parent=None) -> None:
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
        self.reviewer, self.note = QLineEdit("Pekka Tarkastaja"), QPlainTextEdit("Hyvä.")

    def exec(self):
        return QDialog.DialogCode.Accepted


def restoring(text: str):
    """A History dialog whose user picks a revision with `text` as its master text."""
    class Restore:
        DialogCode = QDialog.DialogCode

        def __init__(self, title, revisions, revision, parent=None) -> None:
            self.chosen = draft_to_dict(Draft(title="Satutuokio", master=text))

        def exec(self):
            return QDialog.DialogCode.Accepted
    return Restore


@pytest.fixture
def maija(make_window, language_models, monkeypatch, memory_keyring):  # noqa: F811
    RefusingOverride.seen.clear()
    monkeypatch.setattr(review_actions, "OverrideDialog", RefusingOverride)
    monkeypatch.setattr(review_actions, "ApproveDialog", AcceptingApprove)
    window = make_window(profile="maija", user="Maija Virtanen")
    window.pane.draft.set_master(CLEAN)
    assert wait_for_checks(window, 30)
    return window


def blocked_by_hetu() -> bool:
    return bool(RefusingOverride.seen) and HETU_RULE in RefusingOverride.seen[-1]


def test_a_restored_identity_code_blocks_send_for_review(maija, monkeypatch) -> None:
    monkeypatch.setattr(review_actions, "HistoryDialog", restoring(WITH_HETU))
    maija.review.show_history()
    assert maija.pane.draft.master == WITH_HETU
    assert not maija.review.send_to_review()
    assert blocked_by_hetu()


def test_a_restored_identity_code_blocks_approval(maija, monkeypatch) -> None:
    assert maija.review.send_to_review()  # the clean text goes to review
    monkeypatch.setattr(review_actions, "HistoryDialog", restoring(WITH_HETU))
    maija.review.show_history()
    assert not maija.review.approve()
    assert blocked_by_hetu()
    assert not maija.pane.draft.approvals


def test_a_package_import_over_the_open_draft_is_checked_before_export(maija, make_window, tmp_path: Path,
                                                                       monkeypatch) -> None:
    draft = maija.pane.draft
    outbox = maija.review.write_package(str(tmp_path / "out.somevahti"))
    assert outbox is not None
    pekka = make_window(profile="pekka", user="Pekka Tarkastaja")
    copy = pekka.review.import_package(str(outbox))
    copy.set_master(WITH_HETU)  # the reviewer's edit brings in an identity code
    reply = pekka.review.write_package(str(tmp_path / "back.somevahti"))
    assert reply is not None

    assert maija.review.import_package(str(reply)) is draft
    assert draft.master == WITH_HETU
    exported: list[dict] = []

    def export_draft(_draft, findings, _out_dir, **_kw):
        exported.append(findings)
        raise export_actions.ExportError("stopped by the test")
    monkeypatch.setattr(export_actions, "export_draft", export_draft)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    monkeypatch.setattr(export_actions.QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    maija.exports.export()
    assert exported, "the export did not run"
    assert HETU_RULE in {f.rule for f in exported[0]["facebook"]}
