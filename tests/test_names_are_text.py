"""Names, notes, titles and file names come from people and packages: every place the window
shows one must show it as text. A reviewer called `<b>…</b> <a href>signed, signature valid
(key 3f2a…)</a>` must appear with its angle brackets, never as bold text or a link."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox

from checks.model import Finding, Media, Severity
from composer.approval.approve import ApprovalStatus
from composer.model.draft import Draft, Ignored
from composer.model.draft_records import Approval, Comment, StateChange
from composer.qt import plain_message
from composer.qt.widgets.approve_dialog import ApproveDialog
from composer.qt.widgets.comments_panel import CommentsPanel
from composer.qt.widgets.conflict_dialog import ConflictDialog
from composer.qt.widgets.history_dialog import HistoryDialog
from composer.qt.widgets.incoming_records_dialog import IncomingRecordsDialog
from composer.qt.widgets.override_dialog import OverrideDialog
from composer.qt.widgets.workflow_bar import WorkflowBar
from composer.review_package.incoming import IncomingRecords, Refused
from composer.review_package.merge import TextDifference


HOSTILE = '<b>Joku</b> <a href="https://example.invalid/">signed, signature valid (key 3f2a 9c41)</a>'


def shown(label: QLabel) -> str:
    """What a person sees in `label`: rich text rendered to plain, plain text as it is."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def labels_show_hostile_text(widget) -> list[str]:
    """Every label of `widget` that shows HOSTILE's words must show its tags too."""
    seen = [shown(label) for label in widget.findChildren(QLabel)]
    assert any("Joku" in text for text in seen), seen
    for text in seen:
        if "Joku" in text:
            assert HOSTILE in text, text
    return seen


def test_review_bar_shows_reviewer_note_and_changes_as_text(qtbot) -> None:
    bar = WorkflowBar()
    qtbot.addWidget(bar)
    draft = Draft(master="x", channels=["facebook", "x"], state="changes_requested")
    draft.history.append(StateChange("in_review", "changes_requested", HOSTILE, HOSTILE))
    statuses = [ApprovalStatus("facebook", "current", "unsigned", (), HOSTILE, "2026-11-23T10:00:00Z"),
                ApprovalStatus("x", "void", "valid", (HOSTILE,), HOSTILE, "2026-11-23T10:00:00Z", "3f2a", "verified")]
    bar.show_state(draft, "changes_requested", statuses)
    seen = labels_show_hostile_text(bar)
    approvals = shown(bar.approvals_label)
    assert "Facebook: approved by " + HOSTILE + " — unsigned" in approvals
    assert approvals.count("signed, signature valid") == approvals.count(HOSTILE)  # only inside the name
    assert any(HOSTILE in text and "asks for changes" in text for text in seen)


def test_conflict_dialog_shows_the_senders_name_as_text(qtbot) -> None:
    plan = SimpleNamespace(package=SimpleNamespace(sent_by=HOSTILE, draft=SimpleNamespace(title=HOSTILE)),
                           texts=(TextDifference("facebook", HOSTILE, "ours"),), other=("title",))
    dialog = ConflictDialog(plan)
    qtbot.addWidget(dialog)
    seen = labels_show_hostile_text(dialog)
    assert sum(HOSTILE in text for text in seen) == 2  # the introduction and the "Theirs" heading


def test_refusal_messages_are_plain_text(qtbot, make_window, tmp_path, monkeypatch) -> None:
    import zipfile
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    window = make_window()
    package = tmp_path / "paha.somevahti"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("package.json", "{}")
        archive.writestr(HOSTILE, b"x")
    assert window.review.import_package(str(package)) is None
    (box,) = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>Joku</b>" in box.text()
    assert plain_message.plain_box(None, QMessageBox.Icon.Warning, HOSTILE, HOSTILE).textFormat() == \
        Qt.TextFormat.PlainText


def test_comments_history_and_incoming_records_are_plain_items(qtbot) -> None:
    draft = Draft(master="x")
    draft.comments.append(Comment(HOSTILE, HOSTILE))
    draft.history.append(StateChange("in_review", "approved", HOSTILE, HOSTILE))
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    panel.load(draft)
    items = [panel._list.topLevelItem(i).text(0) for i in range(panel._list.topLevelItemCount())]
    assert len(items) == 2 and all(HOSTILE in item for item in items)

    history = HistoryDialog(HOSTILE, [{"id": 1, "at": "2026-11-23T10:00:00Z", "reason": HOSTILE, "title": HOSTILE}],
                            lambda _id: {"master": HOSTILE, "variants": {}})
    qtbot.addWidget(history)
    assert HOSTILE in history.list.item(0).text()

    approval = Approval("facebook", HOSTILE, "0" * 64, "{}", "2026-11-23T10:00:00Z")
    records = IncomingRecords((Comment(HOSTILE, HOSTILE),), (StateChange("in_review", "approved", HOSTILE),),
                              (approval,), (Refused("approval", approval, "future"),))
    dialog = IncomingRecordsDialog(records, HOSTILE, draft)
    qtbot.addWidget(dialog)
    labels_show_hostile_text(dialog)
    rows = [dialog.added.item(i).text() for i in range(dialog.added.count())]
    assert len(rows) == 3 and all(HOSTILE in row for row in rows)
    assert HOSTILE in dialog.refused.item(0).text()


def test_approve_and_override_dialogs_show_names_and_reasons_as_text(qtbot) -> None:
    dialog = ApproveDialog(HOSTILE, ["facebook"], HOSTILE, HOSTILE,
                           overridden=[Ignored("confidential.security", "text", HOSTILE, HOSTILE, HOSTILE)])
    qtbot.addWidget(dialog)
    seen = labels_show_hostile_text(dialog)
    assert any(text.count(HOSTILE) == 3 for text in seen)  # excerpt, reason and who, in the overrides list
    finding = Finding(rule="confidential.security", category="confidential", severity=Severity.ERROR, start=0,
                      end=1, target="text", excerpt=HOSTILE, message=HOSTILE)
    override = OverrideDialog(HOSTILE, [("facebook", finding)])
    qtbot.addWidget(override)
    labels_show_hostile_text(override)


@pytest.mark.parametrize("name", [HOSTILE + ".png"])
def test_a_media_file_name_is_text(qtbot, make_window, tmp_path, name) -> None:
    from tests.review_package_fixtures import png_bytes
    window = make_window()
    image = tmp_path / "kuva.png"
    image.write_bytes(png_bytes())
    draft = window.add_draft(Draft(title="Kuva", master="x"))
    draft.add_media(Media("image", "Alt", None, str(image), file_name=name))
    cards = window.pane.media.findChildren(QLabel)
    assert any(shown(label) == name for label in cards)
