"""Severity colours, underlines and badges meet WCAG 2.1 AA: 4.5:1 as text (counters, the
tab badge, preview links, messages) and 3:1 as graphics (underlines, the fold line) on
light and dark palettes; underlines are at least 2 px and grow with the DPI, and a
rendered error underline really is that thick."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyleFactory

from checks.model import Finding, Severity
from composer.qt.severity_style import DARK, LIGHT, UNDERLINE_STYLES, is_dark, severity_color, underline_width
from composer.qt.widgets.post_editor import PostEditor

LIGHT_BACKGROUNDS = ("#ffffff", "#f0f0f0", "#efefef", "#e6e6e6")
DARK_BACKGROUNDS = ("#1e1e1e", "#202020", "#2b2b2b", "#2d2d2d", "#353535", "#3c3c3c")


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2d2d2d"), (QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.WindowText, "#f0f0f0")):
        palette.setColor(role, QColor(color))
    return palette


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


@pytest.fixture(autouse=True)
def app(qapp):
    return qapp


def test_the_contrast_formula_matches_wcag_examples() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("severity", list(Severity))
def test_severity_colours_read_as_text_on_light_and_dark_backgrounds(severity) -> None:
    light = [QColor(c) for c in LIGHT_BACKGROUNDS] + [light_palette().color(r) for r in
                                                      (QPalette.ColorRole.Window, QPalette.ColorRole.Base)]
    dark = [QColor(c) for c in DARK_BACKGROUNDS] + [dark_palette().color(r) for r in
                                                    (QPalette.ColorRole.Window, QPalette.ColorRole.Base)]
    for background in light:
        assert contrast(QColor(LIGHT[severity]), background) >= 4.5, (severity, background.name())
    for background in dark:
        assert contrast(QColor(DARK[severity]), background) >= 4.5, (severity, background.name())


def test_the_palette_picks_its_colours() -> None:
    assert not is_dark(light_palette()) and is_dark(dark_palette())
    for severity in Severity:
        assert severity_color(severity, light_palette()).name() == LIGHT[severity]
        assert severity_color(severity, dark_palette()).name() == DARK[severity]


@pytest.mark.parametrize("palette", [light_palette, dark_palette])
def test_text_over_the_over_limit_tint_stays_readable(palette) -> None:
    palette = palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    tint = severity_color(Severity.ERROR, palette)
    alpha = 50 / 255
    blended = QColor.fromRgbF(*(alpha * t + (1 - alpha) * b for t, b in
                                ((tint.redF(), base.redF()), (tint.greenF(), base.greenF()),
                                 (tint.blueF(), base.blueF()))))
    assert contrast(text, blended) >= 4.5


def test_severities_differ_by_underline_style_not_only_colour() -> None:
    assert len(set(UNDERLINE_STYLES.values())) == len(Severity)


def test_underlines_are_two_pixels_and_grow_with_the_dpi() -> None:
    assert underline_width(96) == 2
    assert underline_width(120) == 3  # fonts at 125 %
    assert underline_width(192) == 4
    assert underline_width(72) == 2


def test_a_rendered_error_underline_is_at_least_two_pixels_thick(qtbot) -> None:
    editor = PostEditor()
    qtbot.addWidget(editor)
    editor.resize(400, 120)
    editor.setPalette(light_palette())
    editor.set_text("Tervetuloa satutuokioon lauantaina")
    editor.set_findings([Finding(rule="tone.shouting", category="tone", severity=Severity.ERROR, start=11,
                                 end=23, target="text", excerpt="satutuokioon", message="Virhe")])
    editor.show()
    qtbot.waitExposed(editor)
    image: QImage = editor.viewport().grab().toImage()
    red = QColor(LIGHT[Severity.ERROR])

    def is_red(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return abs(pixel.red() - red.red()) + abs(pixel.green() - red.green()) + abs(pixel.blue() - red.blue()) < 60
    thickest = 0
    for x in range(image.width()):
        run = best = 0
        for y in range(image.height()):
            run = run + 1 if is_red(x, y) else 0
            best = max(best, run)
        thickest = max(thickest, best)
    assert thickest >= 2
    columns = [x for x in range(image.width()) if any(is_red(x, y) for y in range(image.height()))]
    assert columns and max(columns) - min(columns) > 40  # under the whole word, not a dot
