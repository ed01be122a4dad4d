"""Message boxes whose text is always plain: messages quote names, titles, file and member
names that come from people and packages, and QMessageBox's static helpers would render
anything that looks like HTML ("<b>", "<a href>") as rich text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> int:
    return plain_box(parent, QMessageBox.Icon.Information, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str) -> int:
    return plain_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    box = plain_box(parent, QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())
