"""A tree whose rows grow to fit word-wrapped text in the current width (QTreeView's own
size hint ignores the column width, so long messages would be cut)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QWidget

PADDING = 6
CHECK_WIDTH = 24


class _WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: "WrappingTree") -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        view = self._view
        width = view.viewport().width() - view.indentation() * (depth + 1) - 2 * PADDING
        if not option.icon.isNull():
            width -= option.decorationSize.width() + PADDING
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            width -= CHECK_WIDTH
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 80), 100000),
                                                 int(Qt.TextFlag.TextWordWrap), option.text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), bounds.height() + PADDING))

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
        super().paint(painter, option, index)


class WrappingTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrapDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
