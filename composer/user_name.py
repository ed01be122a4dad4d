"""Who is using this Somevahti: the name put on drafts, comments, overrides and approvals.
Kept in the settings; asked once, when first needed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

KEY = "user/name"


def user_name(settings: QSettings) -> str:
    return str(settings.value(KEY, "") or "").strip()


def ensure_user_name(parent: QWidget, settings: QSettings) -> str | None:
    """The saved name, or ask for it; None when the user cancels."""
    name = user_name(settings)
    if name:
        return name
    tr = QCoreApplication.translate
    name, ok = QInputDialog.getText(parent, tr("UserName", "Your name"), tr(
        "UserName", "Your name is shown with your drafts, comments and approvals (for example “Maija Virtanen, "
                    "kirjasto”)."))
    name = name.strip()
    if not ok or not name:
        return None
    settings.setValue(KEY, name)
    return name
