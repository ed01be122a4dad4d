"""How a severity looks: colour (readable on the current light or dark palette) and icon."""
from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from checks.model import Severity

# Colours picked for contrast on both light and dark window backgrounds.
_LIGHT = {Severity.INFO: "#1f6fd1", Severity.WARNING: "#b86e00", Severity.ERROR: "#c62828"}
_DARK = {Severity.INFO: "#6ab0ff", Severity.WARNING: "#ffb74d", Severity.ERROR: "#ff6b6b"}
_ICONS = {
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: Severity, palette: QPalette | None = None) -> QColor:
    return QColor((_DARK if is_dark(palette) else _LIGHT)[severity])


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[severity])


def level_color(used: int, limit: int, near_ratio: float, palette: QPalette | None = None) -> QColor | None:
    """Counter colour: None while comfortably under, amber near the limit, red over it."""
    if used > limit:
        return severity_color(Severity.ERROR, palette)
    if used >= limit * near_ratio:
        return severity_color(Severity.WARNING, palette)
    return None
