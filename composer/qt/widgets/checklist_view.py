"""The role-aware checklist: guidance machines cannot check, ticked by the author."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from composer.model.checklist import checklist_for
from composer.model.draft import Draft
from composer.qt.widgets.wrapping_tree import WrappingTree

_ID = Qt.ItemDataRole.UserRole


class ChecklistView(QGroupBox):
    ticked = Signal(str, bool)  # item id, done

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Before publishing — check yourself"), parent)
        self._lang = lang
        self._tree = WrappingTree(self)
        self._tree.setHeaderHidden(True)
        self._tree.setRootIsDecorated(False)
        self._tree.setIndentation(0)
        self._tree.setAccessibleName(self.tr("Checklist"))
        self._tree.setAccessibleDescription(self.tr("Things no check can see for you. Tick each one with Space "
                                                    "once you have seen to it."))
        self._tree.itemChanged.connect(self._on_changed)
        self._error = QLabel(self)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setWordWrap(True)
        self._error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self._error)
        layout.addWidget(self._tree)
        self._loading = False

    def items(self) -> dict[str, QTreeWidgetItem]:
        return {self._tree.topLevelItem(i).data(0, _ID): self._tree.topLevelItem(i)
                for i in range(self._tree.topLevelItemCount())}

    def load(self, draft: Draft | None) -> None:
        self._loading = True
        try:
            self._tree.clear()
            self._error.hide()
            if draft is None:
                return
            try:
                items = checklist_for(draft.role)
            except ValueError as exc:  # a broken checklist file: say so, keep the window usable
                self._error.setText(str(exc))
                self._error.show()
                return
            for entry in items:
                item = QTreeWidgetItem(self._tree, [entry.label(self._lang)])
                item.setData(0, _ID, entry.id)
                item.setToolTip(0, entry.source)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if entry.id in draft.checklist else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def _on_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if not self._loading:
            self.ticked.emit(item.data(0, _ID), item.checkState(0) == Qt.CheckState.Checked)
