"""Puts the language-version panel beside the main editor and wires it to the window.

The main editor (the primary version, Finnish) is moved into a splitter with the version
panel, which edits one further version at a time — Swedish or English, chosen with its
SV | EN buttons. Three side-by-side editors would leave each a third of the editor column
(about 300 px at 1366 px wide, a line of 35 characters), so a wide window shows two: the
Finnish one and the chosen other. In a window narrower than NARROW_PX one editor shows
at a time at full height, with a VersionSwitch bar (FI | SV | EN) saying which.
Ctrl+Shift+L moves to the next version (fi → sv → en → fi), showing and focusing its
editor; the Post menu's "Language versions" submenu has the same and Add / Remove. The
window calls `panel.primary_findings` and `panel.select` / `panel.apply_fix`; the panel
follows the drafts list by itself.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QVBoxLayout, QWidget

from composer.model import language_versions as lv
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
    panel.primary_editor = pane.editor
    if window.storage is not None:
        panel.removal.keep_revision = window.storage.keep_revision
    panel_column.addWidget(panel)
    splitter = QSplitter(Qt.Orientation.Horizontal, host)
    splitter.addWidget(primary_box)
    splitter.addWidget(panel_box)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 1)  # the two versions get the same width
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([10000, 10000])  # equal halves; 1:1 would leave each at its minimum plus half the rest
    version_switch = VersionSwitch(window, (primary_box, panel_box), (pane.editor, panel.editor), host)
    layout.insertWidget(index, version_switch)
    layout.insertWidget(index + 1, splitter, 1)
    panel.version_switch = version_switch

    def primary() -> str:
        draft = panel.draft
        return draft.versions.primary if draft is not None and draft.versions.enabled else "fi"

    def order() -> list[str]:
        """The versions Ctrl+Shift+L and the narrow bar go through, primary first."""
        draft = panel.draft
        langs = lv.langs(draft) if draft is not None and draft.versions.enabled else [primary()]
        return langs if len(langs) > 1 else [langs[0], panel.lang]  # no further one yet: the pane to add it

    def show_label() -> None:
        draft = panel.draft
        label.setText(panel.version_name(primary()) if draft is not None and draft.versions.enabled else "")
        label.setVisible(bool(label.text()) and not version_switch.narrow)  # the switch names it when narrow
        version_switch.set_versions([(lang, panel.version_name(lang)) for lang in order()], primary(), panel.lang)

    def current() -> str:
        focus = window.focusWidget()
        in_panel = focus is not None and (focus is panel or panel.isAncestorOf(focus))
        if in_panel or (version_switch.narrow and version_switch.showing_panel):
            return panel.lang
        return primary()

    def go_to(lang: str) -> None:
        if lang != primary():
            panel.choose(lang)
        version_switch.show_version(lang != primary(), focus=True)

    def next_version() -> None:
        if panel.draft is None:
            return
        langs = order()
        here = current()
        go_to(langs[(langs.index(here) + 1) % len(langs)] if here in langs else langs[0])

    def narrowness() -> None:
        panel.chooser_allowed = not version_switch.narrow  # the bar chooses in a narrow window
        if not version_switch.narrow:
            QTimer.singleShot(0, lambda: splitter.setSizes([10000, 10000]))
        panel.show_choosers()
        show_label()

    watched: set[str] = set()

    def on_change(draft: Draft, change: DraftChange) -> None:
        if draft is not panel.draft:
            return
        if change.part in _REFRESH:
            if not panel.editor.hasFocus():
                panel.refresh()
            show_label()
        else:
            panel._show_stale()

    def set_draft(draft: Draft | None) -> None:
        if draft is not None and draft.id not in watched:
            watched.add(draft.id)
            draft.on_change(on_change)
        panel.set_draft(draft)
        if version_switch.showing_panel and panel.draft is not None and not panel.further():
            version_switch.show_version(False)  # a one-version draft opens on its text
        show_label()

    panel.chooser_allowed = not version_switch.narrow
    set_draft(pane.draft)
    window.drafts.current_draft_changed.connect(set_draft)  # after the window's show_draft
    version_switch.narrow_changed.connect(narrowness)
    version_switch.narrow_changed.connect(lambda: QTimer.singleShot(0, pane.balance_split))  # the bar takes a row
    version_switch.chosen.connect(go_to)
    panel.show_version.connect(lambda lang: version_switch.show_version(lang != primary()))
    panel.lang_changed.connect(lambda _lang: show_label())
    window.addAction(panel.switch)
    panel.switch.triggered.connect(next_version)
    pane.tab_changed.connect(panel.follow_tab)
    window.live.updated.connect(lambda: panel.show_findings(window.live.shown()[0]))
    _add_menu(window, panel)
    return panel


def _add_menu(window, panel: VersionEditorPanel) -> None:
    """Post ▸ Language versions: the switch shortcut, Add and Remove (the panel's actions)."""
    post_menu = next((action.menu() for action in window.menuBar().actions()
                      if action.menu() is not None and window.actions_by_name["add_media"] in action.menu().actions()),
                     None)
    if post_menu is None:
        return
    menu = QMenu(QCoreApplication.translate("LanguageVersions", "&Language versions"), post_menu)
    menu.addAction(panel.switch)
    menu.addSeparator()
    for action in (*panel.add_actions.values(), panel.remove_action):
        menu.addAction(action)
    post_menu.addSeparator()
    post_menu.addMenu(menu)
