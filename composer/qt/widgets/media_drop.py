"""Keyboard paste and drag and drop for the media panel (a mixin of MediaPanel): Ctrl+V
is claimed before window-wide shortcuts, files dragged onto the panel or onto an alt-text
editor are media to add, not paths to type. What is added, and the messages, are the
panel's (`paste_from_clipboard`, `dropEvent`, `_add_from_mime`)."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QImage, QKeyEvent, QKeySequence


def local_paths(mime: QMimeData | None) -> list[str]:
    """The local files among the URLs of `mime`."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class MediaDropTarget:
    """Needs from the class it is mixed into: `_draft`, `paste_from_clipboard()`, `dropEvent()`."""

    def event(self, event: QEvent) -> bool:
        # Claim Ctrl+V before window-wide shortcuts do; an alt editor with focus claims it
        # first for itself, so pasting text there still works.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Paste):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_from_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    def _droppable(self, mime: QMimeData | None) -> bool:
        return self._draft is not None and mime is not None and (bool(local_paths(mime)) or mime.hasImage())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._droppable(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Files dragged onto an alt editor are media for the panel, not a path to type in.
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) \
                and local_paths(event.mimeData()):  # type: ignore[attr-defined]
            if kind == QEvent.Type.Drop:
                self.dropEvent(event)  # type: ignore[arg-type]
            else:
                self.dragEnterEvent(event)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)
