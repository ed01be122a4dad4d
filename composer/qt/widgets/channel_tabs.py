"""Which channels a draft goes to, a tab per channel variant, and whether the shown
variant follows the master text (with a button to make it follow again)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabBar, QToolButton, QVBoxLayout, QWidget

from checks.channels.spec import load_channels
from checks.model import CHANNELS, Severity
from composer.model.draft import Draft
from composer.qt.severity_style import severity_color
from composer.qt.widgets.stay_open_menu import StayOpenMenu

MASTER = ""  # the tab id of the master text


class ChannelTabs(QWidget):
    current_changed = Signal(str)  # MASTER or a channel id
    channels_chosen = Signal(list)
    reset_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: Draft | None = None
        self._badges: dict[str, tuple[int, int]] = {}
        self._tabs = QTabBar(self)
        self._tabs.setAccessibleName(self.tr("Channel variants"))
        self._tabs.setAccessibleDescription(self.tr(
            "The master text and one tab per channel (Ctrl+PgDown, Ctrl+PgUp). “● 2” on a tab: two errors "
            "in that channel's text."))
        self._tabs.setExpanding(False)
        self._tabs.setDocumentMode(True)
        self._tabs.currentChanged.connect(self._on_tab)
        self._menu = StayOpenMenu(self)
        self._menu.setAccessibleName(self.tr("Channels of this post"))
        self._actions: dict[str, QAction] = {}
        for channel in CHANNELS:
            action = self._menu.addAction(load_channels()[channel].name)
            action.setCheckable(True)
            action.toggled.connect(self._on_chosen)
            self._actions[channel] = action
        self._choose = QToolButton(self)
        self._choose.setText(self.tr("Channels…"))
        self._choose.setAccessibleName(self.tr("Choose channels"))
        self._choose.setToolTip(self.tr("Tick every channel this post goes to; the menu stays open until you "
                                        "press Esc or click elsewhere"))
        self._choose.setMenu(self._menu)
        self._choose.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._link = QLabel(self)
        self._reset = QPushButton(self.tr("Follow the master text again"), self)
        self._reset.setAccessibleName(self.tr("Reset variant to the master text"))
        self._reset.setToolTip(self.tr("Replace this channel's own text with the master text"))
        self._reset.clicked.connect(lambda: self.reset_requested.emit(self.current()))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._tabs, 1)
        top.addWidget(self._choose)
        state = QHBoxLayout()
        state.setContentsMargins(0, 0, 0, 0)
        state.addWidget(self._link, 1)
        state.addWidget(self._reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(state)

    # -- state -----------------------------------------------------------------------
    def set_draft(self, draft: Draft | None) -> None:
        self._draft = draft
        self._badges = {}
        self.refresh(keep=MASTER)

    def current(self) -> str:
        index = self._tabs.currentIndex()
        return MASTER if index < 0 else self._tabs.tabData(index)

    def set_current(self, tab: str) -> None:
        for index in range(self._tabs.count()):
            if self._tabs.tabData(index) == tab:
                self._tabs.setCurrentIndex(index)
                return

    def step(self, delta: int) -> None:
        if self._tabs.count():
            self._tabs.setCurrentIndex((self._tabs.currentIndex() + delta) % self._tabs.count())

    def set_badges(self, badges: dict[str, tuple[int, int]]) -> None:
        """(errors, warnings) per channel, shown on the tabs."""
        if badges != self._badges:
            self._badges = badges
            self._relabel()

    def refresh(self, keep: str | None = None) -> None:
        """Rebuild tabs after the draft's channels or link states changed."""
        keep = self.current() if keep is None else keep
        draft = self._draft
        channels = draft.channels if draft else []
        self._tabs.blockSignals(True)
        while self._tabs.count():
            self._tabs.removeTab(0)
        if draft is not None:
            self._tabs.setTabData(self._tabs.addTab(self.tr("Master text")), MASTER)
            self._tabs.setTabToolTip(0, self._link_text(MASTER))
            for channel in channels:
                self._tabs.setTabData(self._tabs.addTab(""), channel)
        for channel, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(channel in channels)
            action.blockSignals(False)
        self._tabs.blockSignals(False)
        self._relabel()
        self.set_current(keep if keep in channels else MASTER)
        self._show_link_state()
        self.setEnabled(draft is not None)

    def _relabel(self) -> None:
        if self._draft is None:
            return
        for index in range(1, self._tabs.count()):
            channel = self._tabs.tabData(index)
            name = load_channels()[channel].name
            linked = self._draft.variant(channel).linked
            label = name if linked else self.tr("%1 (edited)").replace("%1", name)
            errors, warnings = self._badges.get(channel, (0, 0))
            counts = self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
            if errors:
                label += f"  ● {errors}"
            self._tabs.setTabText(index, label)
            self._tabs.setTabTextColor(index, severity_color(Severity.ERROR, self.palette()) if errors else QColor())
            badge = self.tr("“● %n” on the tab: %n error(s) in this channel's text.", "", errors) if errors else ""
            self._tabs.setTabToolTip(index, "\n".join(p for p in (self._link_text(channel), counts, badge) if p))
            self._tabs.setAccessibleTabName(index, f"{label.split('  ●')[0]}, {counts}")

    def _link_text(self, channel: str) -> str:
        if channel == MASTER:
            return self.tr("The master text: every channel that is not edited follows it.")
        if self._draft is not None and self._draft.variant(channel).linked:
            return self.tr("Follows the master text. Typing here makes a separate version for this channel.")
        return self.tr("Edited for this channel: changes to the master text no longer reach it.")

    def _show_link_state(self) -> None:
        tab = self.current()
        self._link.setText(self._link_text(tab) if self._draft is not None else "")
        self._reset.setVisible(self._draft is not None and tab != MASTER and not self._draft.variant(tab).linked)

    def _on_tab(self, _index: int) -> None:
        self._show_link_state()
        self.current_changed.emit(self.current())

    def _on_chosen(self) -> None:
        chosen = [c for c in CHANNELS if self._actions[c].isChecked()]
        self.channels_chosen.emit(chosen)
