"""The role-aware checklist: guidance machines cannot check, ticked by the author."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from composer.checklist import checklist_for
from composer.draft import Draft


class ChecklistView(QGroupBox):
    ticked = Signal(str, bool)  # item id, done

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Before publishing — check yourself"), parent)
        self._lang = lang
        self._layout = QVBoxLayout(self)
        self._boxes: dict[str, QCheckBox] = {}
        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.hide()
        self._layout.addWidget(self._error)

    def boxes(self) -> dict[str, QCheckBox]:
        return dict(self._boxes)

    def load(self, draft: Draft | None) -> None:
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        if draft is None:
            return
        try:
            items = checklist_for(draft.role)
        except ValueError as exc:  # a broken checklist file: say so, keep the window usable
            self._error.setText(str(exc))
            self._error.show()
            return
        for item in items:
            box = QCheckBox(item.label(self._lang), self)
            box.setChecked(item.id in draft.checklist)
            box.setToolTip(item.source)
            box.toggled.connect(lambda done, item_id=item.id: self.ticked.emit(item_id, done))
            self._layout.addWidget(box)
            self._boxes[item.id] = box
