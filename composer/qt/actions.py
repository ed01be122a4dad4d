"""The window's actions with their shortcuts, created in one place (the menus and the
tests find them by name)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
    "copy_channel": "Ctrl+Shift+C",
    "copy_all": "Ctrl+Alt+C",
    "export": "Ctrl+E",
    "export_public_key": "",
    "settings": "Ctrl+,",  # StandardKey.Preferences is empty on Windows and plain X11
}


def create_actions(parent: QObject) -> dict[str, QAction]:
    texts = {  # literal calls, so lupdate files them under the window's context
        "new": QCoreApplication.translate("MainWindow", "&New draft"),
        "duplicate": QCoreApplication.translate("MainWindow", "D&uplicate draft"),
        "rename": QCoreApplication.translate("MainWindow", "&Rename draft"),
        "delete": QCoreApplication.translate("MainWindow", "&Delete draft"),
        "restore": QCoreApplication.translate("MainWindow", "Res&tore deleted draft"),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "next_finding": QCoreApplication.translate("MainWindow", "&Next finding"),
        "previous_finding": QCoreApplication.translate("MainWindow", "&Previous finding"),
        "apply_fix": QCoreApplication.translate("MainWindow", "Apply &fix"),
        "ignore_finding": QCoreApplication.translate("MainWindow", "&Ignore finding…"),
        "focus_findings": QCoreApplication.translate("MainWindow", "&Go to findings"),
        "add_media": QCoreApplication.translate("MainWindow", "Add &image or video…"),
        "next_channel": QCoreApplication.translate("MainWindow", "Next c&hannel"),
        "previous_channel": QCoreApplication.translate("MainWindow", "Previous ch&annel"),
        "send_to_review": QCoreApplication.translate("MainWindow", "&Send for review"),
        "approve": QCoreApplication.translate("MainWindow", "&Approve…"),
        "request_changes": QCoreApplication.translate("MainWindow", "Request &changes…"),
        "reopen": QCoreApplication.translate("MainWindow", "Re&open"),
        "archive": QCoreApplication.translate("MainWindow", "Arc&hive"),
        "write_package": QCoreApplication.translate("MainWindow", "Save review &package…"),
        "import_package": QCoreApplication.translate("MainWindow", "&Import review package…"),
        "history": QCoreApplication.translate("MainWindow", "&History…"),
        "focus_comments": QCoreApplication.translate("MainWindow", "Write a co&mment"),
        "copy_channel": QCoreApplication.translate("MainWindow", "&Copy channel text"),
        "copy_all": QCoreApplication.translate("MainWindow", "Copy &all texts and alt texts"),
        "export": QCoreApplication.translate("MainWindow", "&Export…"),
        "export_public_key": QCoreApplication.translate("MainWindow", "Export my public &key…"),
        "settings": QCoreApplication.translate("MainWindow", "&Settings…"),
    }
    actions = {}
    for name, shortcut in _SHORTCUTS.items():
        action = QAction(texts[name], parent)
        action.setObjectName(f"action_{name}")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[name] = action
    return actions
