"""Comments on a draft for the team — and the notes written with review steps (what the
reviewer asked to change, what they said when approving) — read them, add a comment. They
travel in review packages; comments are never exported."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from composer.approval.review_notes import review_notes
from composer.model.draft import Draft
from composer.present.names import state_name
from composer.qt.widgets.wrapping_tree import WrappingTree


def local_time(iso: str) -> str:
    """"2026-11-23T10:15:00Z" as local "23.11.2026 12.15"; unparseable times unchanged."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%d.%m.%Y %H.%M")
    except ValueError:
        return iso


class CommentsPanel(QWidget):
    comment_written = Signal(str)  # the body; the window adds it with the user's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = WrappingTree(self)
        self._list.setHeaderHidden(True)
        self._list.setRootIsDecorated(False)
        self._list.setIndentation(0)
        self._list.setAccessibleName(self.tr("Comments"))
        self._list.setAccessibleDescription(self.tr("The team's comments on this draft, oldest first"))
        self._empty = QLabel(self.tr("No comments yet. Comments are for the team: they go with review "
                                     "packages and are never exported."), self)
        self._empty.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a comment for the team"))
        self.editor.setAccessibleName(self.tr("New comment"))
        self.editor.setAccessibleDescription(self.tr("A comment for the team; it goes with review packages and is "
                                                     "never exported"))
        self.editor.setMaximumHeight(70)
        self.editor.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("Add comment"), self)
        self.add_button.setToolTip(self.tr("Add the comment to the draft with your name"))
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addWidget(self._list, 1)
        layout.addLayout(row)

    def load(self, draft: Draft | None) -> None:
        self._list.clear()
        comments = draft.comments if draft else []
        unknown = self.tr("Unknown")
        entries = [(c.at, f"{c.author or unknown} · {local_time(c.at)}\n{c.body}") for c in comments]
        for step in review_notes(draft) if draft else []:
            heading = self._step_heading(step.to_state).replace("%1", step.by or unknown)
            entries.append((step.at, f"{heading} · {local_time(step.at)}\n{step.note}"))
        for _at, text in sorted(entries, key=lambda e: e[0]):
            self._list.addTopLevelItem(QTreeWidgetItem([text]))
        self._empty.setVisible(not entries)
        self.setEnabled(draft is not None)

    def _step_heading(self, state: str) -> str:
        return {"changes_requested": self.tr("%1 asked for changes"), "approved": self.tr("%1 approved"),
                }.get(state, self.tr("%1: %2").replace("%2", state_name(state)))

    def count(self) -> int:
        return self._list.topLevelItemCount()

    def _add(self) -> None:
        body = self.editor.toPlainText().strip()
        if body:
            self.comment_written.emit(body)
            self.editor.clear()
