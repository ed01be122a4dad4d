"""The review, approval and export gates judge the content as it is now: after a History
restore or a package import over the open draft, the checks run again before any gate
trusts their findings (a restored identity code once passed the approval gate)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from concurrent.futures import Executor, Future
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from checks.model import Media
from composer.checking.backends import ThreadBackend
from composer.export import check_draft
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_codec import draft_to_dict
from composer.model.draft_library import DraftLibrary
from composer.model.language_versions import set_master_text
from composer.qt.checking.scheduler import CheckWorker
from composer.qt.main_window import MainWindow
from composer.qt.controllers import export as export_actions
from composer.qt.controllers import review as review_actions
from composer.qt.screenshot import wait_for_checks

CLEAN = "Tervetuloa kirjaston satutuokioon lauantaina klo 11!"
CLEAN_SV = "Välkommen till bibliotekets sagostund på lördag kl. 11!"  # Kokkola requires Swedish (issue 18)
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

    def __init__(self, title, channels, reviewer, signing_note, overridden=None, parent=None, people_lines=None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit
        self.note = QPlainTextEdit("Hyvä.")

    def exec(self):
        return QDialog.DialogCode.Accepted


class AddingRecords:
    """Stands in for the dialog listing a package's team records: adds them."""
    DialogCode = QDialog.DialogCode

    def __init__(self, records, sender, draft, parent=None) -> None:
        pass

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
def maija(make_window, language_models, monkeypatch, memory_keyring):
    RefusingOverride.seen.clear()
    monkeypatch.setattr(review_actions, "OverrideDialog", RefusingOverride)
    monkeypatch.setattr(review_actions, "ApproveDialog", AcceptingApprove)
    monkeypatch.setattr("composer.qt.controllers.incoming.IncomingRecordsDialog", AddingRecords)
    monkeypatch.setattr(review_actions.plain_message, "inform", lambda _p, _title, text: TOLD.append(text))
    window = make_window(profile="maija", user="Maija Virtanen")
    window.pane.draft.set_master(CLEAN)
    set_master_text(window.pane.draft, "sv", CLEAN_SV)  # the new draft's Swedish version
    assert wait_for_checks(window, 30)
    return window


TOLD: list[str] = []


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
    maija.settings.setValue("user/name", "Pekka Tarkastaja")  # the reviewer at this computer (not the author)
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


# -- every kind of change asks for a re-check ---------------------------------------------
def _rules(findings_by_channel: dict) -> dict[str, set]:
    return {channel: {(f.rule, f.target, f.start, f.end) for f in found}
            for channel, found in findings_by_channel.items()}


CHANGES = {
    "typing": lambda d: d.set_master(WITH_HETU),
    "variant": lambda d: d.set_variant_text("facebook", WITH_HETU),
    "channels": lambda d: d.set_channels(["facebook", "x"]),
    "media": lambda d: d.add_media(Media("image")),
    "alt_text": lambda d: (d.add_media(Media("image")), d.update_media(0, alt="Kuva")),
    "paid_record": lambda d: d.set_paid(True, PaidRecord("viestintäjohtaja", "", "")),
    "role": lambda d: d.set_role("elected"),
    "pack": lambda d: d.set_pack("naantali"),
    "restore": lambda d: d.replace_content(Draft(title="Vanha", master=WITH_HETU)),
}


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_each_kind_of_change_is_checked_again_before_a_gate(kind, make_window, language_models, qtbot) -> None:
    window = make_window()
    draft = window.add_draft(Draft(title="Satutuokio", master=CLEAN + " #Kokkola"))
    qtbot.waitUntil(lambda: window.live.findings_by_channel() is not None, timeout=30000)
    CHANGES[kind](draft)
    # the change itself asked for the check (no gate has asked yet): findings for the new content arrive
    qtbot.waitUntil(lambda: window.live.findings_by_channel() is not None, timeout=30000)
    gate: list = []
    window.live.when_checked(gate.append)
    assert gate and gate[0] is not None
    assert _rules(gate[0]) == _rules(check_draft(draft, "fi"))


def test_findings_of_other_content_never_reach_a_gate(make_window, language_models, qtbot) -> None:
    window = make_window()
    draft = window.add_draft(Draft(title="Satutuokio", master=CLEAN))
    qtbot.waitUntil(lambda: window.live.findings_by_channel() is not None, timeout=30000)
    draft.master = WITH_HETU  # a change that bypasses the events (a bug elsewhere): no gate may trust the old check
    assert window.live.findings_by_channel() is None
    gate: list = []
    window.live.when_checked(gate.append)
    assert HETU_RULE in {f.rule for f in gate[0]["facebook"]}


# -- the gates wait for the check without spinning -----------------------------------------
class DeferredExecutor(Executor):
    """Holds each job until the test runs it: a check still in flight."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Future, object, tuple]] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        self.jobs.append((future, fn, args))
        return future

    def run_all(self) -> None:
        while self.jobs:
            future, fn, args = self.jobs.pop(0)
            future.set_result(fn(*args))


@pytest.fixture
def slow_window(qtbot, tmp_path, engine_cache, language_models, monkeypatch):
    RefusingOverride.seen.clear()
    monkeypatch.setattr(review_actions, "OverrideDialog", RefusingOverride)
    executor = DeferredExecutor()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/name", "Maija Virtanen")
    window = MainWindow(DraftLibrary(), CheckWorker(ThreadBackend(engine_cache, executor), delay_ms=0), settings, "fi")
    qtbot.addWidget(window)
    window.add_draft(Draft(title="Satutuokio", master=CLEAN))
    executor.run_all()
    yield window, executor
    executor.run_all()
    window.close()


def test_send_for_review_runs_when_the_running_check_comes_back(slow_window, qtbot) -> None:
    window, executor = slow_window
    window.pane.draft.set_master(WITH_HETU)
    outcomes: list[tuple[str, bool]] = []
    window.review.step_done.connect(lambda step, ok: outcomes.append((step, ok)))
    with qtbot.waitSignal(window.live.gate_waiting) as waiting:
        assert window.review.send_to_review() is None  # returns at once: the check is still running
    assert waiting.args == [True] and not RefusingOverride.seen and not outcomes
    assert window.review.send_to_review() is False  # one gate at a time
    qtbot.waitUntil(lambda: bool(executor.jobs), timeout=5000)
    with qtbot.waitSignal(window.live.gate_waiting) as done:
        executor.run_all()
    assert done.args == [False]
    assert outcomes == [("send_to_review", False)] and blocked_by_hetu()
    assert window.pane.draft.state == "draft"


def test_a_gate_gives_up_with_a_message_when_no_check_comes(slow_window, qtbot, monkeypatch) -> None:
    window, executor = slow_window
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.live._give_up.setInterval(50)
    window.pane.draft.set_master(WITH_HETU)
    outcomes: list[tuple[str, bool]] = []
    window.review.step_done.connect(lambda step, ok: outcomes.append((step, ok)))
    assert window.review.send_to_review() is None
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes == [("send_to_review", False)] and not RefusingOverride.seen
    assert told and "not finished" in told[0]
