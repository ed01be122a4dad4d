"""How the post looks on one channel (composer.present.preview_html): follows the shown channel
tab, re-renders shortly after edits and only while visible, with "Show whole text" to
open the fold and a button to copy that channel's text."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from checks.channels.spec import load_channels
from checks.model import Severity
from composer.present.channel_fold import ChannelFold, channel_fold
from composer.model.draft import Draft
from composer.present.posted import posted_texts
from composer.present.preview_html import SEE_MORE_HREF, PreviewColors, preview_html
from composer.qt.severity_style import severity_color
from composer.qt.widgets.channel_tabs import MASTER

REFRESH_MS = 150  # re-render this long after the last edit …
SLOW_REFRESH_MS = 500  # … or this long when the last render took over SLOW_RENDER_MS (a long post
SLOW_RENDER_MS = 8.0  # laid out whole): then it waits for a real pause, not the gap between two keys


class ChannelPreview(QWidget):
    copy_requested = Signal(str)  # channel id

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.draft: Draft | None = None
        self.shown: ChannelFold | None = None  # the fold and cut of the text last rendered
        self._stale = True
        self.render_ms = 0.0  # how long the last render took
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Preview channel"))
        self.channel.setToolTip(self.tr("The channel whose look the preview shows; it follows the channel tab you edit"))
        self.whole = QCheckBox(self.tr("Show whole text"), self)
        self.whole.setAccessibleName(self.tr("Show the whole text in the preview"))
        self.whole.setToolTip(self.tr("Show the text past the channel's “See more” point too"))
        self.copy = QPushButton(self.tr("Copy text"), self)
        self.copy.setAccessibleName(self.tr("Copy this channel's text"))
        self.copy.setToolTip(self.tr("Copy the text as this channel gets it, ready to paste"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Channel preview"))
        self.browser.setAccessibleDescription(self.tr("The post as the chosen channel shows it"))
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
        """Show the channel of the selected tab (the master tab keeps the channel shown),
        also one chosen since the preview was last shown."""
        self._fill_channels()
        index = self.channel.findData(tab)
        if tab != MASTER and index >= 0:
            self.channel.setCurrentIndex(index)

    def current_channel(self) -> str:
        return self.channel.currentData() or ""

    def refresh_later(self) -> None:
        """After an edit: re-render once typing pauses."""
        self._timer.start(SLOW_REFRESH_MS if self.render_ms > SLOW_RENDER_MS else REFRESH_MS)

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
        spec, posted = load_channels()[channel], posted_texts(draft, channel)
        self.shown = channel_fold(spec, posted[0].text)
        self.whole.setEnabled(any(channel_fold(spec, p.text).fold is not None for p in posted))
        # the post as posted: the bilingual post when combined, else each language's post
        html = "<hr>".join((f"<p><b>{p.version.upper()}</b></p>" if len(posted) > 1 else "")
                           + preview_html(spec, p.text, draft.media, self.lang, self._colors(), self.whole.isChecked())
                           for p in posted)
        scroll = self.browser.verticalScrollBar().value()
        started = time.perf_counter()
        self.browser.setHtml(html)
        self.render_ms = (time.perf_counter() - started) * 1000
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
