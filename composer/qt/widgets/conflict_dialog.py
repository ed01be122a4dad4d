"""Both sides edited a draft since it was sent for review: show their text and ours per
channel and let the user keep theirs or ours — never overwrite silently."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout,
                               QWidget)

from checks.channels.spec import load_channels
from composer.review_package import KEEP_MINE, TAKE_THEIRS, ImportPlan


class ConflictDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        sender = plan.package.sent_by or self.tr("the other side")
        self.setWindowTitle(self.tr("Both of you edited “%1”").replace("%1", plan.package.draft.title))
        intro = QLabel(self.tr("%1 edited this draft, and so did you, since it was sent. Choose which content to "
                               "keep; comments, approvals and the review state are merged either way.")
                       .replace("%1", sender), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the sender's name is the package's, not ours
        intro.setWordWrap(True)
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(self.tr("<b>Theirs</b> (%1)").replace("%1", escape(sender))), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Yours</b>")), 0, 2)
        self.texts: list[tuple[QPlainTextEdit, QPlainTextEdit]] = []
        for row, difference in enumerate(plan.texts, start=1):
            grid.addWidget(QLabel(load_channels()[difference.channel].name), row, 0)
            pair = []
            for column, text in ((1, difference.theirs), (2, difference.ours)):
                view = QPlainTextEdit(text if text is not None else self.tr("(channel not chosen)"), grid_widget)
                view.setReadOnly(True)
                view.setAccessibleName(self.tr("%1 text, %2").replace("%1", load_channels()[difference.channel].name)
                                       .replace("%2", self.tr("theirs") if column == 1 else self.tr("yours")))
                grid.addWidget(view, row, column)
                pair.append(view)
            self.texts.append((pair[0], pair[1]))
        other = QLabel(self.tr("Also different: %1").replace("%1", ", ".join(self._part(p) for p in plan.other)), self)
        other.setTextFormat(Qt.TextFormat.PlainText)
        other.setWordWrap(True)
        other.setVisible(bool(plan.other))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.keep_button = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button = buttons.addButton(self.tr("Take theirs"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(other)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _part(self, name: str) -> str:
        return {"title": self.tr("title"), "channels": self.tr("channels"), "media": self.tr("images and videos"),
                "paid": self.tr("paid-campaign record"), "role": self.tr("role"), "pack": self.tr("guideline pack"),
                "consents": self.tr("consents of people named in the text")}.get(name, name)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
