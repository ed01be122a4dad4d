"""Removing a language version from the panel without losing its text.

A version the pack requires cannot be removed (the panel disables the action). Removing
one that has text asks first; the draft is then kept in its history (when the window
stores drafts: reason "before_remove_version") and a bar in the panel says what was
removed, with Undo. The removed versions stay with their draft for the session, so Undo
still works after looking at another draft, and adding the same language again brings the
removed text back instead of starting empty.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.present.posted import required
from composer.qt import plain_message


class VersionRemoval(QWidget):
    def __init__(self, panel: Any) -> None:  # the VersionEditorPanel (which imports this module)
        super().__init__(panel)
        self.panel = panel
        self.keep_revision: Callable[[Draft, str], object] | None = None  # set when the window stores drafts
        self._removed: dict[str, list[lv.LanguageVersion]] = {}  # draft id → removed versions, last on top
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("Bring the removed language version back with its text."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        self.undo_button.clicked.connect(self.undo)
        self.hide()

    def _stack(self) -> list[lv.LanguageVersion]:
        draft = self.panel.draft
        return self._removed.setdefault(draft.id, []) if draft is not None else []

    def remove(self, lang: str) -> bool:
        """Remove further version `lang` of the shown draft (asking first when it has
        text); True when it was removed."""
        draft = self.panel.draft
        if draft is None or lang not in draft.versions.extra or lang in required(draft):
            return False
        if lv.has_text(draft, lang):
            answer = plain_message.ask(
                self.panel.window(), self.tr("Remove language version"),
                self.tr("Remove version %1 and its text from this draft? Undo in the version pane brings it "
                        "back.").replace("%1", lang.upper()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            if self.keep_revision is not None:
                self.keep_revision(draft, "before_remove_version")
        removed = lv.remove_version(draft, lang)
        if removed is not None:
            self._stack().append(removed)
        self.panel.refresh()
        self.show_state()
        return removed is not None

    def take(self, lang: str) -> lv.LanguageVersion | None:
        """The last removed version of `lang` of the shown draft, off the undo stack."""
        stack = self._stack()
        for index in range(len(stack) - 1, -1, -1):
            if stack[index].lang == lang:
                return stack.pop(index)
        return None

    def undo(self) -> None:
        """Bring back the last removed version the draft does not have again."""
        draft, stack = self.panel.draft, self._stack()
        for index in range(len(stack) - 1, -1, -1):
            if draft is not None and stack[index].lang not in lv.langs(draft):
                version = stack.pop(index)
                lv.restore_version(draft, version)
                self.panel.choose(version.lang)
                break
        self.show_state()

    def show_state(self) -> None:
        """Say what can be undone for the shown draft (nothing: the bar hides)."""
        stack = self._stack()
        draft = self.panel.draft
        undoable = [v for v in stack if draft is not None and v.lang not in lv.langs(draft)]
        if undoable:
            self.label.setText(self.tr("Version %1 was removed.").replace("%1", undoable[-1].lang.upper()))
        self.setVisible(bool(undoable))
