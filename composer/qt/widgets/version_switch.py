"""In a narrow window, one language version's editor at a time at full height.

Side by side, two editors in a window narrower than NARROW_PX would each get half the
room (fewer than the 12 lines a writer needs), so there the window shows one of them and
this bar above says which: one checkable button per version of the draft, "suomi (FI) |
svenska (SV) | English (EN)", the shown one pressed.
Clicking another, or the switch shortcut (Ctrl+Shift+L, the next version), shows and
focuses that version's editor; selecting a finding of a hidden version shows it. The
primary version has the main editor (`primary_box`); the further versions share the
version panel (`panel_box`), which edits the chosen one. Wide windows keep the main editor
and the panel side by side and hide the bar.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from checks.model import VERSION_LANGS

NARROW_PX = 1100
ENDONYMS = {"fi": "suomi (FI)", "sv": "svenska (SV)", "en": "English (EN)"}  # not translated: each its own


class VersionSwitch(QWidget):
    """The bar with a button per version; shows `primary_box` or `panel_box`."""
    narrow_changed = Signal()
    chosen = Signal(str)  # a version's button was clicked

    def __init__(self, window: QWidget, boxes: tuple[QWidget, QWidget], editors: tuple[QWidget, QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary_box, self.panel_box = boxes
        self.editors = editors
        self.narrow = False
        self.showing_panel = False
        self.primary = "fi"
        self.panel_lang = "sv"
        self.caption = QLabel(self.tr("Shown version:"), self)
        self.buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        self._hint = self.tr("Show this version's editor (Ctrl+Shift+L moves to the next version).")
        for lang in VERSION_LANGS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setAccessibleDescription(self._hint)
            group.addButton(button)
            button.clicked.connect(lambda _checked=False, code=lang: self.chosen.emit(code))
            row.addWidget(button)
            self.buttons[lang] = button
        row.addStretch(1)
        self._narrowness = _Narrowness(window, self)
        self.set_versions([(lang, lang.upper()) for lang in ("fi", "sv")], "fi", "sv")
        self._apply()

    @property
    def primary_button(self) -> QPushButton:
        return self.buttons[self.primary]

    @property
    def panel_button(self) -> QPushButton:
        return self.buttons[self.panel_lang]

    def set_versions(self, names: list[tuple[str, str]], primary: str, panel_lang: str) -> None:
        """The versions to offer as (language, full name), the primary's first; `panel_lang`
        is the one the panel edits now. The buttons say the language's own name ("svenska
        (SV)", as language pickers do): three full names ("Ruotsinkielinen versio (SV)")
        made the bar wider than a 1093 px window's editor column."""
        self.primary, self.panel_lang = primary, panel_lang
        shown = dict(names)
        for lang, button in self.buttons.items():
            button.setVisible(lang in shown)
            button.setText(ENDONYMS.get(lang, lang.upper()))
            button.setAccessibleName(shown.get(lang, lang.upper()))
            button.setToolTip(shown.get(lang, lang.upper()) + " — " + self._hint)
        self._apply()

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

    def shown_lang(self) -> str:
        """The version whose editor a narrow window shows."""
        return self.panel_lang if self.showing_panel else self.primary

    def _apply(self) -> None:
        self.setVisible(self.narrow)
        self.primary_box.setVisible(not self.narrow or not self.showing_panel)
        self.panel_box.setVisible(not self.narrow or self.showing_panel)
        button = self.buttons.get(self.shown_lang())
        if button is not None:
            button.setChecked(True)


class _Narrowness(QObject):
    """Tells the switch whether the window is narrower than NARROW_PX."""

    def __init__(self, window: QWidget, switch: VersionSwitch) -> None:
        super().__init__(switch)
        self.switch = switch
        window.installEventFilter(self)
        switch.narrow = is_narrow(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.switch.set_narrow(isinstance(watched, QWidget) and is_narrow(watched))
        return False


def is_narrow(window: QWidget) -> bool:
    return window.width() < NARROW_PX
