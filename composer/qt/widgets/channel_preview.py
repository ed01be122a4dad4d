"""How the post looks on one channel (composer.present.preview_html): follows the shown channel
tab, re-renders shortly after edits and only while visible, with "Show whole text" to
open the fold and a button to copy that channel's text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from checks.channels.spec import load_channels
from checks.model import Severity
from composer.present.channel_fold import ChannelFold, channel_fold
from composer.model.draft import Draft
from composer.present.preview_html import SEE_MORE_HREF, PreviewColors, preview_html
from composer.qt.severity_style import severity_color
from composer.qt.widgets.channel_tabs import MASTER

REFRESH_MS = 150


class ChannelPreview(QWidget):
    copy_requested = Signal(str)  # channel id

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.draft: Draft | None = None
        self.shown: ChannelFold | None = None  # the fold and cut of the text last rendered
        self._stale = True
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Preview channel"))
        self.whole = QCheckBox(self.tr("Show whole text"), self)
        self.whole.setAccessibleName(self.tr("Show the whole text in the preview"))
        self.copy = QPushButton(self.tr("Copy text"), self)
        self.copy.setAccessibleName(self.tr("Copy this channel's text"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Channel preview"))
        self.browser.setOpenLinks(False)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.channel)
        row.addWidget(self.whole)
        row.addStretch(1)
        row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)

        self._timer.timeout.connect(self.render)
        self.channel.currentIndexChanged.connect(lambda _index: self.render())
        self.whole.toggled.connect(lambda _checked: self.render())
        self.browser.anchorClicked.connect(self._on_anchor)
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.current_channel()))

    # -- what to show ------------------------------------------------------------------
    def set_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        self._fill_channels()
        self.render()

    def follow_tab(self, tab: str) -> None:
        """Show the channel of the selected tab (the master tab keeps the channel shown)."""
        index = self.channel.findData(tab)
        if tab != MASTER and index >= 0:
            self.channel.setCurrentIndex(index)

    def current_channel(self) -> str:
        return self.channel.currentData() or ""

    def refresh_later(self) -> None:
        """After an edit: re-render once typing pauses."""
        self._timer.start()

    def _fill_channels(self) -> None:
        wanted = list(self.draft.channels) if self.draft else []
        if wanted == [self.channel.itemData(i) for i in range(self.channel.count())]:
            return
        keep = self.current_channel()
        self.channel.blockSignals(True)
        self.channel.clear()
        for channel in wanted:
            self.channel.addItem(load_channels()[channel].name, channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(keep)))
        self.channel.blockSignals(False)

    # -- rendering ---------------------------------------------------------------------
    def render(self) -> None:
        self._timer.stop()
        if not self.isVisible():  # hidden tab: render when it is shown
            self._stale = True
            return
        self._stale = False
        self._fill_channels()
        channel, draft = self.current_channel(), self.draft
        self.copy.setEnabled(bool(channel))
        if draft is None or not channel:
            self.shown = None
            self.browser.clear()
            return
        spec, text = load_channels()[channel], draft.text_for(channel)
        self.shown = channel_fold(spec, text)
        self.whole.setEnabled(self.shown.fold is not None)
        html = preview_html(spec, text, draft.media, self.lang, self._colors(), self.whole.isChecked())
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)

    def _colors(self) -> PreviewColors:
        palette = self.palette()
        return PreviewColors(entity=severity_color(Severity.INFO, palette).name(),
                             over=severity_color(Severity.ERROR, palette).name(),
                             muted=palette.color(QPalette.ColorRole.PlaceholderText).name())

    def _on_anchor(self, url: QUrl) -> None:
        if url.toString() == SEE_MORE_HREF:
            self.whole.setChecked(True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.render()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.render()
