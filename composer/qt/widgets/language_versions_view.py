"""Puts the language-version editor beside the main editor and wires it to the window.

The main editor is moved into a splitter with the version panel (side by side; stacked,
Finnish above, when the window is narrower than NARROW_PX), a language label goes over
it, and Ctrl+Shift+L moves between the two editors. The window calls
`panel.primary_findings` and `panel.select` / `panel.apply_fix`; the panel follows the
drafts list by itself.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from composer.model.draft import Draft
from composer.model.draft_change import DraftChange, Part
from composer.qt.widgets.version_editor_panel import VersionEditorPanel

NARROW_PX = 1100
# Draft changes after which the panel shows its state again (text typed in the panel
# itself only updates its warning and counter).
_REFRESH = frozenset({Part.REPLACED, Part.VERSIONS, Part.CHANNELS, Part.PACK, Part.VARIANT})


class _Narrowness(QObject):
    """Stacks the editors when the window is narrow, side by side when it is wide."""

    def __init__(self, window: QMainWindow, splitter: QSplitter) -> None:
        super().__init__(window)
        self.splitter = splitter
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            narrow = watched.width() < NARROW_PX
            self.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        return False


def attach_language_versions(window) -> VersionEditorPanel:
    pane = window.pane
    host = pane.editor.parentWidget()  # the pane's writing area (editor above its counters)
    layout = host.layout()
    index = layout.indexOf(pane.editor)
    primary_box = QWidget(host)
    column = QVBoxLayout(primary_box)
    column.setContentsMargins(0, 0, 0, 0)
    label = QLabel(primary_box)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    column.addWidget(label)
    layout.removeWidget(pane.editor)
    column.addWidget(pane.editor, 1)
    pane.editor.setVisible(True)  # the pane hid it with its other parts; the splitter stands in for it now
    panel = VersionEditorPanel(host)
    splitter = QSplitter(Qt.Orientation.Horizontal, host)
    splitter.addWidget(primary_box)
    splitter.addWidget(panel)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 1)  # the two versions get the same width
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([1, 1])
    layout.insertWidget(index, splitter, 1)  # type: ignore[attr-defined]
    window._narrowness = _Narrowness(window, splitter)

    def show_label() -> None:
        draft = panel.draft
        label.setText(panel.version_name(draft.versions.primary) if draft is not None and draft.versions.enabled
                      else "")
        label.setVisible(bool(label.text()))

    def switch() -> None:
        if window.focusWidget() is panel.editor or not panel.has_version():
            pane.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            panel.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    watched: set[str] = set()

    def on_change(draft: Draft, change: DraftChange) -> None:
        if draft is not panel.draft:
            return
        if change.part in _REFRESH and not panel.editor.hasFocus():
            panel.refresh()
        else:
            panel._show_stale()
        show_label()

    def set_draft(draft: Draft | None) -> None:
        if draft is not None and draft.id not in watched:
            watched.add(draft.id)
            draft.on_change(on_change)
        panel.set_draft(draft)
        show_label()

    set_draft(pane.draft)
    window.drafts.current_draft_changed.connect(set_draft)  # after the window's show_draft
    window.addAction(panel.switch)
    panel.switch.triggered.connect(switch)
    pane.tab_changed.connect(panel.follow_tab)
    window.live.updated.connect(lambda: panel.show_findings(window.live.shown()[0]))
    return panel
