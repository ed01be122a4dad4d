"""Where the draft is in its review: its state, each channel's approval (who, and whether
it is verified, signed by an unknown key, unsigned or invalid, or what changed after it),
the reviewer's latest note and the steps open from here. Emits `step(name)`; the window
runs the workflow. Every name and note is escaped: they come from people and packages."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from composer.approval.approve import ApprovalStatus
from composer.approval.review_notes import latest_note
from composer.model.draft import Draft
from composer.present.names import state_name
from checks.channels.spec import load_channels

# Which steps each (effective) state offers, in button order.
STEPS: dict[str, tuple[str, ...]] = {
    "draft": ("send_to_review", "write_package"),
    "changes_requested": ("send_to_review", "write_package"),
    "in_review": ("approve", "request_changes", "write_package", "reopen"),
    "approved": ("write_package", "reopen", "archive"),
    "exported": ("reopen", "archive"),
    "archived": ("reopen",),
}


class WorkflowBar(QFrame):
    step = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Review state"))
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.approvals_label = QLabel(self)
        self.approvals_label.setTextFormat(Qt.TextFormat.RichText)
        self.approvals_label.setWordWrap(True)
        self.approvals_label.setAccessibleName(self.tr("Approvals"))
        self.note_label = QLabel(self)
        self.note_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName(self.tr("Reviewer's note"))
        self.buttons: dict[str, QPushButton] = {}
        labels = {
            "send_to_review": self.tr("Send for review"), "write_package": self.tr("Review package…"),
            "approve": self.tr("Approve…"), "request_changes": self.tr("Request changes…"),
            "reopen": self.tr("Reopen"), "archive": self.tr("Archive"), "history": self.tr("History…"),
        }
        row = QHBoxLayout()
        row.addWidget(self.state_label, 1)
        for name, text in labels.items():
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, n=name: self.step.emit(n))
            self.buttons[name] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.approvals_label)
        layout.addWidget(self.note_label)

    def show_state(self, draft: Draft | None, state: str, statuses: list[ApprovalStatus]) -> None:
        self.setVisible(draft is not None)
        if draft is None:
            return
        self.state_label.setText(self.tr("State: <b>%1</b>").replace("%1", escape(state_name(state))))
        for name, button in self.buttons.items():
            button.setVisible(name == "history" or name in STEPS[state])
        lines = [self._status_line(s) for s in statuses if s.state != "none"]
        self.approvals_label.setText("<br>".join(lines))
        self.approvals_label.setVisible(bool(lines))
        note = latest_note(draft) if state == draft.state else None
        self.note_label.setText(self._note_line(note.to_state, note.by, note.note) if note else "")
        self.note_label.setVisible(note is not None)

    def _note_line(self, state: str, by: str, note: str) -> str:
        heading = {"changes_requested": self.tr("%1 asks for changes:"),
                   "approved": self.tr("%1 approved with a note:")}.get(state, self.tr("Note from %1:"))
        return "<b>" + escape(heading.replace("%1", by)) + "</b> " + escape(note).replace("\n", "<br>")

    def _status_line(self, status: ApprovalStatus) -> str:
        channel = escape(load_channels()[status.channel].name)
        reviewer = escape(status.reviewer)
        if status.state == "void":
            text = self.tr("%1: <b>changed after approval</b> (%2)").replace("%1", channel).replace(
                "%2", escape(", ".join(status.changes)))
        else:
            text = self.tr("%1: approved by %2").replace("%1", channel).replace("%2", reviewer)
        key = escape(status.key_fingerprint)
        trust = {"verified": self.tr("verified: a team reviewer's key (%1)").replace("%1", key),
                 "unknown_key": self.tr("<b>signed by an unknown key</b> (%1): not the team's").replace("%1", key),
                 "unsigned": self.tr("<b>unsigned</b>"),
                 "invalid": self.tr("<b>invalid</b>: the record does not hold (altered, stripped or copied)")
                 }[status.trust]
        if status.self_approval and status.trust != "invalid":
            trust += " — " + self.tr("<b>the author's own approval</b>")
        return f"{text} — {trust}"
