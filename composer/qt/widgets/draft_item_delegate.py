"""Draws a drafts-list row in two lines: the title, and under it the review state in
smaller type ("In review", "Approved · verified"…), so a reviewer sees at a glance what
waits; an approval that is invalid or signed by an unknown key is drawn in the error
colour."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from checks.model import Severity
from composer.qt.severity_style import severity_color

STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the state's shown line; empty while loading
TRUST_ROLE = Qt.ItemDataRole.UserRole + 2  # how the approvals hold (composer.approval.trust); None without any
WARNING_TRUSTS = ("invalid", "unknown_key")


class DraftItemDelegate(QStyledItemDelegate):
    PADDING = 3

    def _small(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(STATE_ROLE):
            size.setHeight(size.height() + QFontMetrics(self._small(option)).height() + self.PADDING)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        state = index.data(STATE_ROLE)
        if not state:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PADDING + 1, self.PADDING, -self.PADDING, -self.PADDING)
        line = QFontMetrics(opt.font).height()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(text_role))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(opt.font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        small = self._small(opt)
        painter.setFont(small)
        if not selected and index.data(TRUST_ROLE) in WARNING_TRUSTS:
            painter.setPen(severity_color(Severity.ERROR, opt.palette))
        elif not selected:
            painter.setPen(opt.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(QRect(rect.left(), rect.top() + line + 1, rect.width(), QFontMetrics(small).height()),
                         Qt.AlignmentFlag.AlignLeft, state)
        painter.restore()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = QRect(option.rect)
        rect.setHeight(QFontMetrics(option.font).height() + 2 * self.PADDING + 2)
        editor.setGeometry(rect)
