"""Puts the language-version editor beside the main editor and wires it to the window.

The main editor is moved into a splitter with the version panel (side by side; in a
window narrower than NARROW_PX one of them at a time at full height, with a
VersionSwitch bar saying which), a language label goes over it, and Ctrl+Shift+L moves
between the two editors (in a narrow window it also shows the other one). The window calls
`panel.primary_findings` and `panel.select` / `panel.apply_fix`; the panel follows the
drafts list by itself.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from composer.model.draft import Draft
from composer.model.draft_change import DraftChange, Part
from composer.qt.widgets.version_editor_panel import VersionEditorPanel
from composer.qt.widgets.version_switch import VersionSwitch

# Draft changes after which the panel shows its state again (text typed in the panel
# itself only updates its warning and counter).
_REFRESH = frozenset({Part.REPLACED, Part.VERSIONS, Part.CHANNELS, Part.PACK, Part.VARIANT})


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
    panel_box = QWidget(host)  # the panel shows and hides itself with the draft; the box is for the switch
    panel_column = QVBoxLayout(panel_box)
    panel_column.setContentsMargins(0, 0, 0, 0)
    panel = VersionEditorPanel(panel_box)
    panel_column.addWidget(panel)
    splitter = QSplitter(Qt.Orientation.Horizontal, host)
    splitter.addWidget(primary_box)
    splitter.addWidget(panel_box)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 1)  # the two versions get the same width
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([1, 1])
    version_switch = VersionSwitch(window, (primary_box, panel_box), (pane.editor, panel.editor), host)
    layout.insertWidget(index, version_switch)  # type: ignore[attr-defined]
    layout.insertWidget(index + 1, splitter, 1)  # type: ignore[attr-defined]
    panel.version_switch = version_switch

    def show_label() -> None:
        draft = panel.draft
        label.setText(panel.version_name(draft.versions.primary) if draft is not None and draft.versions.enabled
                      else "")
        label.setVisible(bool(label.text()) and not version_switch.narrow)  # the switch names it when narrow
        primary = draft.versions.primary if draft is not None and draft.versions.enabled else "fi"
        version_switch.set_names(panel.version_name(primary), panel.version_name(panel.lang))

    def switch() -> None:
        to_panel = window.focusWidget() is not panel.editor and panel.has_version()
        if version_switch.narrow:
            to_panel = not version_switch.showing_panel
        version_switch.show_version(to_panel, focus=True)

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
    version_switch.narrow_changed.connect(show_label)
    version_switch.narrow_changed.connect(lambda: QTimer.singleShot(0, pane.balance_split))  # the bar takes a row
    panel.show_version.connect(lambda lang: version_switch.show_version(lang == panel.lang))
    window.addAction(panel.switch)
    panel.switch.triggered.connect(switch)
    pane.tab_changed.connect(panel.follow_tab)
    window.live.updated.connect(lambda: panel.show_findings(window.live.shown()[0]))
    return panel
