"""The drafts list: titles of the library's drafts with their review state under each —
and, for a draft with approvals, how they hold (verified, signed by an unknown key,
unsigned or invalid: the words of the review bar, the summary and `somevahti list
--json`; the one that proves least when channels differ) — renamed in place (F2 or
double-click)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from checks.channels.spec import load_channels
from composer.approval.approve import ApprovalStatus, approval_status
from composer.approval.team import policy_for_pack
from composer.approval.trust import weakest
from composer.approval.workflow import APPROVED_STATES, effective_state_of
from composer.model.draft import Draft
from composer.model.draft_library import DraftLibrary, LibraryChange
from composer.present.names import state_name, trust_name
from composer.qt.widgets.draft_item_delegate import STATE_ROLE, TRUST_ROLE, DraftItemDelegate

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

    def show_state(self, draft: Draft, state: str, statuses: list[ApprovalStatus] | None = None) -> None:
        """Show `draft`'s review state `state` (its effective state, after a step, an import
        or an edit that voids an approval) and how its approvals hold (`statuses`, of every
        chosen channel, as the review bar shows them; None: judged here by the pack)."""
        for row in range(self.count()):
            if self.item(row).data(_ROLE) is draft:
                self._syncing = True
                try:
                    self._set_state(self.item(row), draft, state, statuses)
                finally:
                    self._syncing = False

    def _set_state(self, item: QListWidgetItem, draft: Draft, state: str | None = None,
                   statuses: list[ApprovalStatus] | None = None) -> None:
        if statuses is None:  # judged once, for the state and the line
            judged = bool(draft.approvals) or draft.state in APPROVED_STATES
            policy = policy_for_pack(draft.pack) if judged else None  # looked up once per draft
            statuses = [approval_status(draft, c, policy) for c in draft.channels] if judged else []
        state = state or effective_state_of(draft, statuses)
        current = [s for s in statuses if s.state == "current"]
        trust = weakest(s.trust for s in current)
        line = described = state_name(state)
        tip = [self._label(draft), line]
        if trust is not None:
            line = f"{line} · {trust_name(trust)}"
            described = self.tr("%1. Approval: %2.").replace("%1", described).replace("%2", trust_name(trust))
            names = load_channels()
            tip += [f"{names[s.channel].name}: {trust_name(s.trust)}" for s in current]
        if item.data(STATE_ROLE) != line or item.data(TRUST_ROLE) != trust:
            item.setData(STATE_ROLE, line)
            item.setData(TRUST_ROLE, trust)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, described)
            item.setToolTip("\n".join(tip))

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
