"""Approve a draft: the reviewer's name (nobody approves their own draft unless the pack
allows it), an optional note, and whether the approval will be signed."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget


class ApproveDialog(QDialog):
    def __init__(self, title: str, channels: list[str], reviewer: str, signing_note: str,
                 parent: QWidget | None = None, people_lines: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve “%1”").replace("%1", title))
        intro = QLabel(self.tr("You approve the exact text, images, alt texts, captions and paid-campaign record "
                               "of: %1, and who is in the pictures and who agreed. "
                               "Any later edit voids the approval.").replace("%1", ", ".join(channels)), self)
        intro.setWordWrap(True)
        # who is in the pictures and who agreed: part of what is approved (issue 19)
        self.people = QLabel("\n".join(people_lines or []), self)
        self.people.setWordWrap(True)
        self.people.setVisible(bool(people_lines))
        self.reviewer = QLineEdit(reviewer, self)
        self.reviewer.setAccessibleName(self.tr("Reviewer's name"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(80)
        signing = QLabel(signing_note, self)
        signing.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = self.buttons.addButton(self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reviewer.textChanged.connect(lambda text: self.approve_button.setEnabled(bool(text.strip())))
        self.approve_button.setEnabled(bool(reviewer.strip()))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("People and consent"), self.people)
        form.addRow(self.tr("Reviewer"), self.reviewer)
        form.addRow(self.tr("Note (optional)"), self.note)
        form.addRow(signing)
        form.addRow(self.buttons)
