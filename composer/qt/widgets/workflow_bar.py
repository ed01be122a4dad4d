"""Where the draft is in its review: its state, each channel's approval (who, signed or not,
or what changed after it) and the steps open from here. Emits `step(name)`; the window
runs the workflow."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from composer.approval.approve import ApprovalStatus
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
        self.approvals_label = QLabel(self)
        self.approvals_label.setWordWrap(True)
        self.approvals_label.setAccessibleName(self.tr("Approvals"))
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

    def show_state(self, draft: Draft | None, state: str, statuses: list[ApprovalStatus]) -> None:
        self.setVisible(draft is not None)
        if draft is None:
            return
        self.state_label.setText(self.tr("State: <b>%1</b>").replace("%1", state_name(state)))
        for name, button in self.buttons.items():
            button.setVisible(name == "history" or name in STEPS[state])
        lines = [self._status_line(s) for s in statuses if s.state != "none"]
        self.approvals_label.setText("<br>".join(lines))
        self.approvals_label.setVisible(bool(lines))

    def _status_line(self, status: ApprovalStatus) -> str:
        channel = load_channels()[status.channel].name
        if status.state == "void":
            text = self.tr("%1: <b>changed after approval</b> (%2)").replace("%1", channel).replace(
                "%2", ", ".join(status.changes))
        else:
            text = self.tr("%1: approved by %2").replace("%1", channel).replace("%2", status.reviewer)
        signature = {"valid": self.tr("signed, signature valid (key %1)").replace("%1", status.key_fingerprint),
                     "invalid": self.tr("<b>signature invalid</b>: the record was altered"),
                     "unsigned": self.tr("unsigned")}[status.signature]
        return f"{text} — {signature}"
