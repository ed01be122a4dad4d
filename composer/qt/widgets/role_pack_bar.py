"""The author's role and the guideline pack, chosen per draft."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from checks.model import ROLES
from checks.packs import available_packs
from composer.present.names import role_name


class RolePackBar(QWidget):
    role_chosen = Signal(str)
    pack_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = QComboBox(self)
        self._role.setAccessibleName(self.tr("Author's role"))
        self._role.setToolTip(self.tr("In whose name the post speaks; the checks and the before-publishing list "
                                      "follow it"))
        for role in ROLES:
            self._role.addItem(role_name(role), role)
        self._pack = QComboBox(self)
        self._pack.setAccessibleName(self.tr("Guideline pack"))
        self._pack.setToolTip(self.tr("Whose social media guidelines the checks follow"))
        for pack in available_packs():
            if pack != "base":
                self._pack.addItem(pack.capitalize(), pack)
        self._pack.addItem(self.tr("General (base)"), "base")
        role_label = QLabel(self.tr("Po&sting"), self)
        role_label.setBuddy(self._role)
        pack_label = QLabel(self.tr("&Guidelines"), self)
        pack_label.setBuddy(self._pack)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(role_label)
        layout.addWidget(self._role)
        layout.addSpacing(12)
        layout.addWidget(pack_label)
        layout.addWidget(self._pack)
        layout.addStretch(1)
        self._role.activated.connect(lambda i: self.role_chosen.emit(self._role.itemData(i)))
        self._pack.activated.connect(lambda i: self.pack_chosen.emit(self._pack.itemData(i)))

    def show_choice(self, role: str, pack: str) -> None:
        self._role.setCurrentIndex(max(0, self._role.findData(role)))
        index = self._pack.findData(pack)
        if index < 0:  # a pack given by path, or one that has since been removed
            self._pack.addItem(pack, pack)
            index = self._pack.count() - 1
        self._pack.setCurrentIndex(index)
