"""The window follows the new draft object after delete-and-reimport while it runs (issue 15, item 4)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog

from composer.model.draft import Draft
from composer.model.draft_records import Comment, StateChange
from composer.review_package import write_package
from composer.present.names import state_name


class AddingRecords:
    """Stands in for the dialog that lists a package's team records: the user adds them."""
    DialogCode = QDialog.DialogCode

    def __init__(self, *_args) -> None:
        pass

    def exec(self):
        return QDialog.DialogCode.Accepted


def test_the_review_bar_follows_a_draft_imported_again_after_deleting_it(make_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("composer.qt.controllers.incoming.IncomingRecordsDialog", AddingRecords)
    window = make_window(profile="pekka", user="Pekka Virtanen")
    sent = Draft(title="Uimahalli", master="Uimahalli on suljettu maanantaina.", channels=["facebook"],
                 author="Maija Virtanen")
    sent.record_state(StateChange("draft", "in_review", "Maija Virtanen"))
    package = write_package(sent, tmp_path / "Uimahalli.somevahti", "Maija Virtanen")

    first = window.review.import_package(str(package))
    assert first is not None and window.pane.draft is first
    window.delete_draft()
    assert window.library.find(sent.id) is None

    again = window.review.import_package(str(package))
    assert again is not None and again is not first and again.id == first.id
    assert window.pane.draft is again

    again.add_comment(Comment("Pekka Virtanen", "Lisää aukioloajat, kiitos."))
    assert "1" in window.side_tabs.tabText(window.side_tabs.indexOf(window.comments))  # "Comments (1)": heard
    again.record_state(StateChange("in_review", "changes_requested", "Pekka Virtanen", "Aukioloajat puuttuvat"))
    shown = window.review_bar.state_label.text()
    assert state_name("changes_requested") in shown, shown
