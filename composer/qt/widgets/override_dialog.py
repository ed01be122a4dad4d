"""Error-level findings block sending to review and approving. This dialog lists them and
lets the user override each with a written reason (kept with the draft, shown to
reviewers and in the export summary) — or go back and fix the text."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout,
                               QWidget)

from checks.channels.spec import load_channels
from checks.model import Finding


class OverrideDialog(QDialog):
    def __init__(self, message: str, blocking: list[tuple[str, Finding]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Errors to fix or override"))
        self._findings: list[Finding] = []
        self.reasons: list[QLineEdit] = []
        intro = QLabel(message + "\n" + self.tr(
            "Fix them in the text, or write for each why it is not a problem here. The reasons are kept with "
            "the draft and shown to the reviewer."), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        seen: set[tuple[str, str, str]] = set()
        for channel, finding in blocking:
            key = (finding.rule, finding.target, finding.excerpt)
            if key in seen:
                continue
            seen.add(key)
            label = QLabel(f"<b>{escape(load_channels()[channel].name)}</b>: {escape(finding.message)}", form_widget)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            reason = QLineEdit(form_widget)
            reason.setPlaceholderText(self.tr("Reason for publishing anyway"))
            reason.setAccessibleName(self.tr("Reason for overriding: %1").replace("%1", finding.message))
            reason.textChanged.connect(self._update)
            form.addRow(label)
            form.addRow(reason)
            self._findings.append(finding)
            self.reasons.append(reason)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.override_button = self.buttons.addButton(self.tr("Override and continue"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._update()

    def _update(self) -> None:
        self.override_button.setEnabled(all(r.text().strip() for r in self.reasons))

    def overrides(self) -> list[tuple[Finding, str]]:
        return [(f, r.text().strip()) for f, r in zip(self._findings, self.reasons)]
