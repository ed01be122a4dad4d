"""A draft's revisions, newest first: pick one to see its text and restore it. The draft's
current content is kept as a revision before a restore, so a restore can be undone."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QSplitter, QVBoxLayout, QWidget)

from composer.qt.widgets.comments_panel import local_time

_ID = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    def __init__(self, title: str, revisions: list[dict[str, Any]], load: Callable[[int], dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        """`revisions` as Store.revisions gives them; `load(id)` returns one in draft_to_dict form."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", title))
        self._load = load
        self.chosen: dict[str, Any] | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Revisions"))
        for revision in revisions:
            item = QListWidgetItem(f"{local_time(revision['at'])} · {self._reason(revision['reason'])}\n"
                                   f"{revision['title']}")
            item.setData(_ID, revision["id"])
            self.list.addItem(item)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Text of the chosen revision"))
        empty = QLabel(self.tr("No earlier revisions yet. Somevahti keeps one every five minutes of editing, "
                               "when the review state changes and before a restore."), self)
        empty.setWordWrap(True)
        empty.setVisible(not revisions)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([260, 440])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(self.tr("Restore this revision"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)
        if revisions:
            self.list.setCurrentRow(0)

    def _reason(self, reason: str) -> str:
        return {"created": self.tr("created"), "edited": self.tr("edited"), "paused": self.tr("before a pause"),
                "state": self.tr("review state changed"), "before_restore": self.tr("before a restore"),
                "before_import": self.tr("before an import"),
                "before_merge": self.tr("before merging a change saved elsewhere"),
                "before_follow_master": self.tr("before a channel followed the master text again"),
                "before_remove_version": self.tr("before a language version was removed")
                }.get(reason, reason)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.chosen = None if item is None else self._load(item.data(_ID))
        self.restore_button.setEnabled(self.chosen is not None)
        if self.chosen is None:
            self.preview.clear()
            return
        variants = "".join(f"\n\n— {channel} —\n{text}" for channel, text in self.chosen["variants"].items())
        self.preview.setPlainText(self.chosen["master"] + variants)

    def _restore(self) -> None:
        if self.chosen is not None:
            self.accept()
