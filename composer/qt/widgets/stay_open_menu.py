"""A menu of tick boxes that stays open while ticking: several channels are chosen in one
trip (a click or Space/Enter ticks; Esc, a click outside or Tab away closes it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu


class StayOpenMenu(QMenu):
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()  # toggles and emits, without closing the menu
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and action is not None \
                and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)
