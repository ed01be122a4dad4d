"""Who is using this Somevahti: the name put on drafts, comments, overrides and approvals.
Kept in the settings ("user/name"); asked once, when first needed, or set in the Settings
dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from composer.settings_schema import Settings

KEY = "user/name"


def user_name(settings: QSettings) -> str:
    return Settings(settings).get(KEY).strip()


def ensure_user_name(parent: QWidget, settings: QSettings) -> str | None:
    """The saved name, or ask for it; None when the user cancels."""
    name = user_name(settings)
    if name:
        return name
    translate = QCoreApplication.translate  # lupdate reads translate(context, text), not an alias named tr
    name, ok = QInputDialog.getText(parent, translate("UserName", "Your name"), translate(
        "UserName", "Your name is shown with your drafts, comments and approvals (for example “Maija Virtanen, "
                    "kirjasto”)."))
    name = name.strip()
    if not ok or not name:
        return None
    Settings(settings).set(KEY, name)
    return name
