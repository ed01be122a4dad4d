"""Approve a draft as the person at this computer: their name (from Settings) and their
signing key are shown, never typed here. The errors overridden with a reason are listed
so the reviewer sees what they approve; a note is optional."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from composer.model.draft import Ignored


def plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ApproveDialog(QDialog):
    def __init__(self, title: str, channels: list[str], reviewer: str, signing_note: str,
                 overridden: list[Ignored] | None = None, parent: QWidget | None = None,
                 people_lines: list[str] | None = None) -> None:
        super().__init__(parent)
        self.reviewer_name = reviewer
        self.setWindowTitle(self.tr("Approve “%1”").replace("%1", title))
        intro = plain_label(self.tr("You approve the exact text, images, alt texts, captions, role and paid-campaign "
                                    "record of: %1, and who is in the pictures and who agreed. Any later edit voids "
                                    "the approval.").replace("%1", ", ".join(channels)), self)
        # who is in the pictures and who agreed: part of what is approved (issue 19)
        self.people = plain_label("\n".join(people_lines or []), self)
        self.people.setVisible(bool(people_lines))
        self.who = plain_label(self.tr("You approve as %1 (the name in Settings).").replace("%1", reviewer), self)
        self.who.setAccessibleName(self.tr("Reviewer"))
        self.overrides = QLabel(self)
        self.overrides.setTextFormat(Qt.TextFormat.RichText)
        self.overrides.setWordWrap(True)
        self.overrides.setAccessibleName(self.tr("Overridden errors"))
        items = overridden or []
        if items:
            lines = [f"<li>{escape(i.excerpt or i.rule)} — {escape(i.reason)}"
                     + (f" ({escape(i.by)})" if i.by else "") + "</li>" for i in items]
            self.overrides.setText("<b>" + escape(self.tr("Errors overridden by the author, with their reasons:"))
                                   + "</b><ul>" + "".join(lines) + "</ul>")
        self.overrides.setVisible(bool(items))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(80)
        signing = plain_label(signing_note, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = self.buttons.addButton(self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("People and consent"), self.people)
        form.addRow(self.who)
        form.addRow(self.overrides)
        form.addRow(self.tr("Note (optional)"), self.note)
        form.addRow(signing)
        form.addRow(self.buttons)
