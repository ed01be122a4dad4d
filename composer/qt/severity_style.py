"""How a severity looks: colour (readable on the current light or dark palette), icon, and
the underline drawn in the editor (style and width) — so a severity never rests on colour
alone: errors wavy, warnings solid, notes dashed.

The colours meet WCAG 2.1 AA as text (4.5:1) on light window and base backgrounds from
#e6e6e6 to white and on dark ones from #1e1e1e to #3c3c3c (tests/test_contrast.py
computes the ratios); underlines, as graphics, need 3:1."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from checks.model import Finding, Severity
from composer.present.version_findings import label

LIGHT = {Severity.INFO: "#1a5fb4", Severity.WARNING: "#8a5300", Severity.ERROR: "#b3261e"}
DARK = {Severity.INFO: "#8cc4ff", Severity.WARNING: "#ffb74d", Severity.ERROR: "#ff9e9e"}
UNDERLINE_STYLES = {Severity.ERROR: "wave", Severity.WARNING: "solid", Severity.INFO: "dash"}
UNDERLINE_WIDTH = 2  # logical pixels at 96 dpi; Qt multiplies by the device pixel ratio
_ICONS = {
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: Severity, palette: QPalette | None = None) -> QColor:
    return QColor((DARK if is_dark(palette) else LIGHT)[severity])


def underline_width(logical_dpi: float = 96.0) -> int:
    """The underline's pen width in logical pixels: 2 at 96 dpi, more when fonts are set
    larger through the DPI (the device pixel ratio of 125 % scaling is applied by Qt on top)."""
    return max(UNDERLINE_WIDTH, math.ceil(UNDERLINE_WIDTH * logical_dpi / 96.0 - 0.01))


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[severity])


def level_color(used: int, limit: int, near_ratio: float, palette: QPalette | None = None) -> QColor | None:
    """Counter colour: None while comfortably under, amber near the limit, red over it."""
    if used > limit:
        return severity_color(Severity.ERROR, palette)
    if used >= limit * near_ratio:
        return severity_color(Severity.WARNING, palette)
    return None


def severity_name(severity: Severity) -> str:
    return {
        Severity.ERROR: QCoreApplication.translate("Accessibility", "Error"),
        Severity.WARNING: QCoreApplication.translate("Accessibility", "Warning"),
        Severity.INFO: QCoreApplication.translate("Accessibility", "Note"),
    }[severity]


def spoken_finding(finding: Finding) -> str:
    """"Virhe: Henkilötunnus …" — what a screen reader reads for one finding: the same
    text the list shows, with its language version ("Virhe: SV · …") when it has one."""
    return f"{severity_name(finding.severity)}: {label(finding)}"
