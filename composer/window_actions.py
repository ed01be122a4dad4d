"""The window's actions with their shortcuts, created in one place (the menus and the
tests find them by name)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

_SHORTCUTS: dict[str, object] = {
    "new": QKeySequence.StandardKey.New,
    "duplicate": "Ctrl+D",
    "rename": "F2",
    "delete": "Ctrl+Del",
    "restore": "Ctrl+Shift+Del",
    "quit": QKeySequence.StandardKey.Quit,
    "next_finding": "F8",
    "previous_finding": "Shift+F8",
    "apply_fix": "Ctrl+.",
    "ignore_finding": "Ctrl+Shift+I",
    "focus_findings": "F6",
    "add_media": "Ctrl+Shift+M",
    "next_channel": "Ctrl+PgDown",
    "previous_channel": "Ctrl+PgUp",
    "send_to_review": "Ctrl+Shift+R",
    "approve": "Ctrl+Shift+A",
    "request_changes": "",
    "reopen": "",
    "archive": "",
    "write_package": "Ctrl+Shift+S",
    "import_package": QKeySequence.StandardKey.Open,
    "history": "Ctrl+H",
    "focus_comments": "Ctrl+Shift+K",
}


def create_actions(parent: QObject) -> dict[str, QAction]:
    tr = parent.tr
    texts = {  # spelled out so the translation tools see each string
        "new": tr("&New draft"), "duplicate": tr("D&uplicate draft"), "rename": tr("&Rename draft"),
        "delete": tr("&Delete draft"), "restore": tr("Restore &deleted draft"), "quit": tr("&Quit"),
        "next_finding": tr("&Next finding"), "previous_finding": tr("&Previous finding"),
        "apply_fix": tr("Apply &fix"), "ignore_finding": tr("&Ignore finding…"),
        "focus_findings": tr("Go to &findings"), "add_media": tr("Add &image or video…"),
        "next_channel": tr("Next c&hannel"), "previous_channel": tr("Previous ch&annel"),
        "send_to_review": tr("&Send for review"), "approve": tr("&Approve…"),
        "request_changes": tr("Request &changes…"), "reopen": tr("Re&open"), "archive": tr("Ar&chive"),
        "write_package": tr("Save review &package…"), "import_package": tr("&Import review package…"),
        "history": tr("&History…"), "focus_comments": tr("Write a co&mment"),
    }
    actions = {}
    for name, shortcut in _SHORTCUTS.items():
        action = QAction(texts[name], parent)
        action.setObjectName(f"action_{name}")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[name] = action
    return actions
