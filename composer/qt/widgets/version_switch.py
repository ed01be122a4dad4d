"""In a narrow window, one language version's editor at a time at full height.

Side by side, two editors in a window narrower than NARROW_PX would each get half the
room (fewer than the 12 lines a writer needs), so there the window shows one of them and
this bar above says which: two checkable buttons, "Finnish version (FI) | Swedish version
(SV)", the shown one pressed. Clicking the other, or the switch shortcut (Ctrl+Shift+L),
shows and focuses the other editor; selecting a finding of the hidden version shows it.
Wide windows keep both side by side and hide the bar.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

NARROW_PX = 1100


class VersionSwitch(QWidget):
    """The bar with the two version buttons; shows `primary_box` or `panel_box`."""
    narrow_changed = Signal()

    def __init__(self, window: QWidget, boxes: tuple[QWidget, QWidget], editors: tuple[QWidget, QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary_box, self.panel_box = boxes
        self.editors = editors
        self.narrow = False
        self.showing_panel = False
        self.caption = QLabel(self.tr("Shown version:"), self)
        self.primary_button = QPushButton(self)
        self.panel_button = QPushButton(self)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.primary_button, self.panel_button):
            button.setCheckable(True)
            group.addButton(button)
        self.primary_button.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        row.addWidget(self.primary_button)
        row.addWidget(self.panel_button)
        row.addStretch(1)
        self.primary_button.clicked.connect(lambda: self.show_version(False, focus=True))
        self.panel_button.clicked.connect(lambda: self.show_version(True, focus=True))
        self._narrowness = _Narrowness(window, self)
        self.set_names(self.tr("Finnish version (FI)"), self.tr("Swedish version (SV)"))
        self._apply()

    def set_names(self, primary: str, other: str) -> None:
        self.primary_button.setText(primary)
        self.panel_button.setText(other)
        hint = self.tr("Show this version's editor (Ctrl+Shift+L switches between the versions).")
        self.primary_button.setToolTip(hint)
        self.panel_button.setToolTip(hint)
        self.primary_button.setAccessibleDescription(hint)
        self.panel_button.setAccessibleDescription(hint)

    def set_narrow(self, narrow: bool) -> None:
        if narrow != self.narrow:
            self.narrow = narrow
            self._apply()
            self.narrow_changed.emit()

    def show_version(self, panel: bool, focus: bool = False) -> None:
        """Show the further version's editor (panel=True) or the primary one."""
        self.showing_panel = panel
        self._apply()
        if focus:
            self.editors[1 if panel else 0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _apply(self) -> None:
        self.setVisible(self.narrow)
        self.primary_box.setVisible(not self.narrow or not self.showing_panel)
        self.panel_box.setVisible(not self.narrow or self.showing_panel)
        (self.panel_button if self.showing_panel else self.primary_button).setChecked(True)


class _Narrowness(QObject):
    """Tells the switch whether the window is narrower than NARROW_PX."""

    def __init__(self, window: QWidget, switch: VersionSwitch) -> None:
        super().__init__(switch)
        self.switch = switch
        window.installEventFilter(self)
        switch.narrow = window.width() < NARROW_PX

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.switch.set_narrow(watched.width() < NARROW_PX)
        return False
