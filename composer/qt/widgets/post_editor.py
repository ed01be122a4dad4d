"""The text editor: findings underlined by severity (composer.qt.widgets.underlines;
message as tooltip), the part over the channel's limit tinted, and the fold ("see more")
marked where the reader's preview ends."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from checks.model import Finding, Severity
from composer.qt.severity_style import severity_color, underline_width
from composer.qt.widgets.underlines import paint_underlines
from composer.present.text_offsets import Offsets


class PostEditor(QPlainTextEdit):
    text_edited = Signal(str)  # user edits only, not set_text()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Post text"))
        self.setAccessibleDescription(self.tr(
            "The text of the post. Findings are underlined: wavy for errors, solid for warnings, dashed for "
            "notes; F8 goes to the next one. A dashed line across marks where the channel hides the rest "
            "behind “See more”. Tab moves on to the next field."))
        self.setTabChangesFocus(True)
        self._quiet = False
        self._marks: list[tuple[QTextEdit.ExtraSelection, Finding]] = []
        self._fold: int | None = None  # Qt position
        self._fold_label = ""
        self._cut: QTextEdit.ExtraSelection | None = None
        self.textChanged.connect(self._on_text_changed)

    # -- text --------------------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text without emitting `text_edited`, keeping the cursor where it was."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText().encode("utf-16-le")) // 2))
        self.setTextCursor(cursor)

    def replace_all_undoably(self, text: str) -> None:
        """Replace the whole text as one step of the editor's undo stack, without emitting
        `text_edited` (the caller has changed the model already); Ctrl+Z brings the old
        text back as a user edit."""
        self._quiet = True
        try:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._quiet = False

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """Replace text[start:end] (str indices) as one undoable user edit."""
        offsets = Offsets(self.toPlainText())
        cursor = QTextCursor(self.document())
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    def _on_text_changed(self) -> None:
        if not self._quiet:
            self.text_edited.emit(self.toPlainText())

    # -- findings, fold and overflow --------------------------------------------------
    def set_findings(self, findings: list[Finding]) -> None:
        """Underline `findings` (spans into the current text). The underlines' cursors move
        with later edits, so they stay on their words until the next check arrives."""
        offsets = Offsets(self.toPlainText())
        marks = [f for f in findings
                 if f.target == "text" and f.start is not None and f.end is not None and f.end > f.start]
        self._marks = []
        for finding in sorted(marks, key=lambda f: f.severity):  # errors drawn last, on top
            # no format: the selection only tracks the span through edits; paintEvent draws the line
            self._marks.append((self._selection(offsets.to_qt(finding.start), offsets.to_qt(finding.end),
                                                QTextCharFormat()), finding))
        self._apply_selections()
        self.viewport().update()

    def underlined(self) -> list[tuple[str, Severity]]:
        """The underlined words (as they are now) with their severity."""
        return [(sel.cursor.selectedText(), finding.severity) for sel, finding in self._marks]

    def set_fold(self, fold: int | None, label: str, cut: int | None) -> None:
        """Mark the fold ("see more") at str index `fold` and tint the text from `cut` on."""
        offsets = Offsets(self.toPlainText())
        over = QColor(severity_color(Severity.ERROR, self.palette()))
        over.setAlpha(50)
        end = self.document().characterCount() - 1
        shown = (None if fold is None else offsets.to_qt(fold), label,
                 None if cut is None else (offsets.to_qt(cut), end, over.rgba()))
        if shown == (self._fold, self._fold_label, self._cut_shown()):
            return  # typing moved nothing: no re-applied selections, no repaint of the whole editor
        self._fold, self._fold_label = shown[0], label
        self._cut = None
        if cut is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(over)
            self._cut = self._selection(offsets.to_qt(cut), end, fmt)
        self._apply_selections()
        self.viewport().update()

    def _cut_shown(self) -> tuple[int, int, int] | None:
        """(start, end, colour) of the over-limit tint as it stands after the edits since it was set."""
        if self._cut is None:
            return None
        cursor = self._cut.cursor
        return cursor.selectionStart(), cursor.selectionEnd(), self._cut.format.background().color().rgba()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _apply_selections(self) -> None:
        selections = ([self._cut] if self._cut is not None else []) + [sel for sel, _ in self._marks]
        self.setExtraSelections(selections)

    def findings_at(self, position: int) -> list[Finding]:
        """Findings underlined at Qt position `position` (where their words are now)."""
        return [f for sel, f in self._marks if sel.cursor.selectionStart() <= position < sel.cursor.selectionEnd()]

    def select_span(self, start: int, end: int) -> None:
        offsets = Offsets(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_cursor_position(self, position: int) -> None:
        """Put the cursor at Qt position `position` (clamped to the text) and show it."""
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- tooltip and painting ------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event.pos(), event.globalPos())
            return True
        return super().event(event)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        viewport_pos = self.viewport().mapFrom(self, pos)
        position = self.cursorForPosition(viewport_pos).position()
        messages = [f.message for f in self.findings_at(position)]
        if self._fold is not None and position >= self._fold:
            messages.append(self._fold_label)
        if messages:
            QToolTip.showText(global_pos, "\n\n".join(messages), self)
        else:
            QToolTip.hideText()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_underlines(self, [(sel.cursor.selectionStart(), sel.cursor.selectionEnd(), finding.severity)
                                for sel, finding in self._marks], event.rect())
        if self._fold is None or self._fold >= self.document().characterCount() - 1:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._fold)
        rect = self.cursorRect(cursor)
        painter = QPainter(self.viewport())
        color = severity_color(Severity.INFO, self.palette())
        width = underline_width(self.logicalDpiY())
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine))
        painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
        painter.setPen(QPen(color, max(1, width // 2), Qt.PenStyle.DashLine))
        painter.drawLine(rect.left(), rect.bottom() + 1, self.viewport().width(), rect.bottom() + 1)
        painter.end()
