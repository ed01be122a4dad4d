"""User-facing names of the engine's fixed categories (translatable)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_NAMES = {
    "personal_data": QT_TRANSLATE_NOOP("Category", "Personal data"),
    "confidential": QT_TRANSLATE_NOOP("Category", "Confidential"),
    "tone": QT_TRANSLATE_NOOP("Category", "Tone"),
    "paid_campaign": QT_TRANSLATE_NOOP("Category", "Paid campaign"),
    "accessibility": QT_TRANSLATE_NOOP("Category", "Accessibility"),
    "mentions_hashtags": QT_TRANSLATE_NOOP("Category", "Mentions and hashtags"),
    "channel_limits": QT_TRANSLATE_NOOP("Category", "Channel limits"),
    "language_versions": QT_TRANSLATE_NOOP("Category", "Language versions"),
}
# The order of the panel: what people fear most first.
ORDER = tuple(_NAMES)


def category_name(category: str) -> str:
    return QCoreApplication.translate("Category", _NAMES[category])
