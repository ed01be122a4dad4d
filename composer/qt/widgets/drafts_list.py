"""The drafts list: titles of the library's drafts with their review state under each,
renamed in place (F2 or double-click)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from composer.model.draft import Draft
from composer.model.draft_library import DraftLibrary, LibraryChange
from composer.present.names import state_name
from composer.qt.widgets.draft_item_delegate import STATE_ROLE, DraftItemDelegate
from composer.approval.workflow import effective_state

_ROLE = Qt.ItemDataRole.UserRole


class DraftsList(QListWidget):
    current_draft_changed = Signal(object)  # Draft | None

    def __init__(self, library: DraftLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setAccessibleName(self.tr("Drafts"))
        self.setAccessibleDescription(self.tr("Your drafts with their review state. Ctrl+N starts a new one, F2 "
                                              "renames, Ctrl+Del deletes."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(DraftItemDelegate(self))
        self._syncing = False
        library.on_change(self._on_library)
        self.currentItemChanged.connect(self._on_current)
        self.itemChanged.connect(self._on_renamed)
        self._fill()

    def _fill(self) -> None:
        self._syncing = True
        try:
            self.clear()
            for draft in self.library.drafts:
                self._add_item(draft, self.count())
        finally:
            self._syncing = False

    def show_titles(self, titles: list[tuple[str, str]]) -> None:
        """Show stored drafts' titles while the drafts themselves load (not selectable yet)."""
        self._syncing = True
        try:
            for _draft_id, title in titles:
                item = QListWidgetItem(title or self.tr("Untitled draft"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.addItem(item)
        finally:
            self._syncing = False

    def _add_item(self, draft: Draft, row: int) -> QListWidgetItem:
        item = QListWidgetItem(self._label(draft))
        item.setData(_ROLE, draft)
        self._set_state(item, draft)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.insertItem(row, item)
        return item

    def show_state(self, draft: Draft, state: str) -> None:
        """Show `draft`'s review state `state` (its effective state, after a step, an import
        or an edit that voids an approval)."""
        for row in range(self.count()):
            if self.item(row).data(_ROLE) is draft:
                self._syncing = True
                try:
                    self._set_state(self.item(row), draft, state)
                finally:
                    self._syncing = False

    def _set_state(self, item: QListWidgetItem, draft: Draft, state: str | None = None) -> None:
        state = state_name(state or effective_state(draft))
        if item.data(STATE_ROLE) != state:
            item.setData(STATE_ROLE, state)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
            item.setToolTip(f"{self._label(draft)}\n{state}")

    def _label(self, draft: Draft) -> str:
        return draft.title or self.tr("Untitled draft")

    def current_draft(self) -> Draft | None:
        item = self.currentItem()
        return None if item is None else item.data(_ROLE)

    def select_draft(self, draft: Draft) -> None:
        for row in range(self.count()):
            if self.item(row).data(_ROLE) is draft:
                self.setCurrentRow(row)
                return

    def _on_library(self, library: DraftLibrary, what: LibraryChange, draft: Draft) -> None:
        if what is LibraryChange.RESET:
            current = self.current_draft()
            self._fill()
            if current is not None:
                self.select_draft(current)
            return
        self._syncing = True
        try:
            if what is LibraryChange.ADDED:
                self._add_item(draft, library.index_of(draft))
            elif what is LibraryChange.REMOVED:
                for row in range(self.count()):
                    if self.item(row).data(_ROLE) is draft:
                        self.takeItem(row)
                        break
            elif what is LibraryChange.RENAMED:
                for row in range(self.count()):
                    if self.item(row).data(_ROLE) is draft:
                        self.item(row).setText(self._label(draft))
                        self._set_state(self.item(row), draft)
        finally:
            self._syncing = False
        if what is LibraryChange.REMOVED:
            self.current_draft_changed.emit(self.current_draft())

    def _on_current(self, *_args) -> None:
        if not self._syncing:
            self.current_draft_changed.emit(self.current_draft())

    def _on_renamed(self, item: QListWidgetItem) -> None:
        if self._syncing:
            return
        draft = item.data(_ROLE)
        title = item.text().strip()
        if title:
            self.library.rename(draft, title)
        else:  # an empty title is not a rename: show the old one again
            self._syncing = True
            item.setText(self._label(draft))
            self._syncing = False
