"""One image or video in the media panel: thumbnail, alt text or captions, who is in it
and who agreed (the people record), remove button.

A card never touches the draft itself: it emits what the user did and the panel applies
it, then hands the new `Media` back with `set_media`. Numbers in the labels follow the
media list ("Image 1", "Video 3") like the engine's messages do.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QStyle, QToolButton, QVBoxLayout, QWidget,
)

from checks.channels.spec import ChannelSpec
from checks.model import Finding, Media
from composer.qt.severity_style import level_color, severity_icon
from composer.qt.widgets.people_editor import PeopleEditor
from composer.qt.widgets.thumbnail_loader import thumbnail_image

THUMB_SIZE = 96
CARD_WIDTH = 300


def load_thumbnail(path: str, size: int = THUMB_SIZE, ratio: float = 1.0) -> QPixmap | None:
    """The image at `path` fitted into size×size, decoded at that size; None if unreadable
    or over the pixel limits. The panel reads thumbnails off the GUI thread
    (thumbnail_loader); this is the same read, at once."""
    image = thumbnail_image(path, max(1, round(size * ratio)))
    return None if image.isNull() else thumbnail_pixmap(image, ratio)


def thumbnail_pixmap(image: QImage, ratio: float) -> QPixmap:
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class MediaCard(QFrame):
    alt_edited = Signal(int, str)
    captions_toggled = Signal(int, bool)
    people_edited = Signal(int, object)  # index, PeopleRecord | None
    remove_requested = Signal(int)

    def __init__(self, index: int, media: Media, thumbnail: QPixmap | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._media = media
        self._syncing = False
        self._channels: list[ChannelSpec] = []
        self._counters: dict[str, QLabel] = {}
        self.alt_editor: QPlainTextEdit | None = None
        self.captions_box: QCheckBox | None = None

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setFixedWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB_SIZE, THUMB_SIZE)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)

        side = QVBoxLayout()
        side.setSpacing(4)
        header = QHBoxLayout()
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title)
        self.severity = QLabel(self)
        self.severity.hide()
        header.addWidget(self.severity)
        header.addStretch(1)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self._index))
        header.addWidget(self.remove_button)
        side.addLayout(header)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name may come from a package
        self.file_label.setWordWrap(True)
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.file_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        side.addWidget(self.file_label)
        side.addStretch(1)
        top.addLayout(side, 1)
        layout.addLayout(top)

        if media.kind == "image":
            self.alt_editor = QPlainTextEdit(self)
            self.alt_editor.setPlaceholderText(self.tr("Describe the image for people who cannot see it"))
            self.alt_editor.setTabChangesFocus(True)
            lines = self.alt_editor.fontMetrics().lineSpacing()
            self.alt_editor.setFixedHeight(lines * 4 + 12)
            self.alt_editor.setPlainText(media.alt or "")
            self.alt_editor.textChanged.connect(self._alt_changed)
            layout.addWidget(self.alt_editor)
            self._counter_grid = QGridLayout()
            self._counter_grid.setHorizontalSpacing(12)
            self._counter_grid.setVerticalSpacing(0)
            layout.addLayout(self._counter_grid)
        else:
            self.captions_box = QCheckBox(self.tr("Has captions (subtitles)"), self)
            self.captions_box.setChecked(bool(media.captions))
            self.captions_box.toggled.connect(self._captions_changed)
            layout.addWidget(self.captions_box)
        self.people_editor = PeopleEditor(self)
        self.people_editor.set_record(media.people)
        self.people_editor.record_edited.connect(lambda record: self.people_edited.emit(self._index, record))
        layout.addWidget(self.people_editor)
        layout.addStretch(1)

        self._set_thumbnail(thumbnail)
        self._update_labels()

    # -- what the panel calls ------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def media(self) -> Media:
        return self._media

    def set_index(self, index: int) -> None:
        if index != self._index:
            self._index = index
            self._update_labels()

    def set_media(self, media: Media) -> None:
        """Show `media`; the editor is only rewritten when its text really differs."""
        self._media = media
        self._syncing = True
        try:
            if self.alt_editor is not None and self.alt_editor.toPlainText() != (media.alt or ""):
                self.alt_editor.setPlainText(media.alt or "")
            if self.captions_box is not None and self.captions_box.isChecked() != bool(media.captions):
                self.captions_box.setChecked(bool(media.captions))
            self.people_editor.set_record(media.people)
        finally:
            self._syncing = False
        self._update_counters()

    def set_channels(self, channels: list[ChannelSpec]) -> None:
        """One alt counter per channel that limits alt text (images only)."""
        if self.alt_editor is None:
            return
        channels = [spec for spec in channels if spec.alt_max is not None]
        if [c.id for c in channels] == [c.id for c in self._channels]:
            return
        self._channels = channels
        for label in self._counters.values():
            self._counter_grid.removeWidget(label)
            label.deleteLater()
        self._counters = {}
        for n, spec in enumerate(channels):
            label = QLabel(self)
            small = label.font()
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
            label.setFont(small)
            self._counter_grid.addWidget(label, n // 2, n % 2)
            self._counters[spec.id] = label
        self._update_counters()

    def alt_counter(self, channel: str) -> QLabel | None:
        return self._counters.get(channel)

    def set_findings(self, findings: list[Finding]) -> None:
        """The worst severity as an icon; every message in the tooltip."""
        if not findings:
            self.severity.hide()
            self.severity.clear()
            self.setToolTip("")
            self.setAccessibleDescription("")
            return
        worst = max(finding.severity for finding in findings)
        side = self.title.fontMetrics().height()
        self.severity.setPixmap(severity_icon(worst).pixmap(QSize(side, side)))
        text = "\n".join(dict.fromkeys(finding.message for finding in findings))
        self.severity.setToolTip(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.severity.show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: recolour counters
            self._update_counters()

    # -- inside ------------------------------------------------------------------------
    def set_thumbnail(self, pixmap: QPixmap | None) -> None:
        """Show `pixmap` (read later, off the GUI thread), or the kind's icon for None."""
        self._set_thumbnail(pixmap)

    def _set_thumbnail(self, pixmap: QPixmap | None) -> None:
        name = self._media.file_name or (Path(self._media.path).name if self._media.path else "")
        if pixmap is None:
            icon = QStyle.StandardPixmap.SP_MediaPlay if self._media.kind == "video" \
                else QStyle.StandardPixmap.SP_FileIcon
            side = THUMB_SIZE // 2
            pixmap = self.style().standardIcon(icon).pixmap(QSize(side, side))
        self.thumb.setPixmap(pixmap)
        self.thumb.setToolTip(self._media.path or "")
        self.file_label.setText(name)

    def _update_labels(self) -> None:
        number = self._index + 1
        self.people_editor.set_number(self._media.kind, number)
        if self._media.kind == "image":
            self.title.setText(self.tr("Image {number}").format(number=number))
            self.remove_button.setAccessibleName(self.tr("Remove image {number}").format(number=number))
            self.remove_button.setToolTip(self.tr("Remove image {number}").format(number=number))
            self.thumb.setAccessibleName(self.tr("Thumbnail of image {number}").format(number=number))
            assert self.alt_editor is not None
            self.alt_editor.setAccessibleName(self.tr("Alt text for image {number}").format(number=number))
            self.alt_editor.setAccessibleDescription(self.tr(
                "Read aloud to people who cannot see image {number}; the counters below show each channel's "
                "limit").format(number=number))
        else:
            self.title.setText(self.tr("Video {number}").format(number=number))
            self.remove_button.setAccessibleName(self.tr("Remove video {number}").format(number=number))
            self.remove_button.setToolTip(self.tr("Remove video {number}").format(number=number))
            self.thumb.setAccessibleName(self.tr("Video {number}").format(number=number))
            assert self.captions_box is not None
            self.captions_box.setAccessibleName(
                self.tr("Video {number} has captions (subtitles)").format(number=number))
            self.captions_box.setToolTip(self.tr("Tick when video {number} has captions burnt in or as a file")
                                         .format(number=number))

    def _update_counters(self) -> None:
        if self.alt_editor is None:
            return
        used = len(self.alt_editor.toPlainText())  # the same count as accessibility.alt_too_long
        for spec in self._channels:
            label = self._counters[spec.id]
            limit = spec.alt_max
            assert limit is not None
            label.setText(self.tr("{channel} {count} / {limit}").format(
                channel=spec.name, count=used, limit=limit))
            label.setAccessibleName(self.tr("{channel}: alt text {count} of {limit} characters").format(
                channel=spec.name, count=used, limit=limit))
            color = level_color(used, limit, spec.near_ratio, self.palette())
            palette = QPalette()  # nothing set: the label follows the card's palette
            if color is not None:
                palette.setColor(QPalette.ColorRole.WindowText, color)
            label.setPalette(palette)
            font = label.font()
            font.setBold(used > limit)  # not by colour alone
            label.setFont(font)
            label.setToolTip(self.tr("{over} characters over the limit").format(over=used - limit)
                             if used > limit else "")

    def _alt_changed(self) -> None:
        self._update_counters()
        if not self._syncing and self.alt_editor is not None:
            self.alt_edited.emit(self._index, self.alt_editor.toPlainText())

    def _captions_changed(self, checked: bool) -> None:
        if not self._syncing:
            self.captions_toggled.emit(self._index, checked)


def app_ratio() -> float:
    """The device pixel ratio thumbnails are decoded for."""
    app = QApplication.instance()
    screen = app.primaryScreen() if app is not None else None  # type: ignore[union-attr]
    return screen.devicePixelRatio() if screen is not None else 1.0
