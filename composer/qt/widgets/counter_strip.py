"""A live counter per chosen channel, counted the channel's way ("214 / 280"): amber
near the limit, red over it; the shown channel's counter is bold."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checks.channels.spec import ChannelSpec

_CHARACTERS = QT_TRANSLATE_NOOP("CounterStrip", "characters")
_UNITS = {
    "twitter": QT_TRANSLATE_NOOP("CounterStrip", "weighted characters (links 23, emoji 2)"),
    "graphemes": QT_TRANSLATE_NOOP("CounterStrip", "characters as people see them"),
    "code_points": _CHARACTERS,
    "utf8_bytes": QT_TRANSLATE_NOOP("CounterStrip", "bytes"),
    "threads": QT_TRANSLATE_NOOP("CounterStrip", "characters (emoji count as bytes)"),
}


class CounterStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._labels: dict[str, QLabel] = {}
        self._layout.addStretch(1)

    def label(self, channel: str) -> QLabel:
        return self._labels[channel]

    def update_counts(self, counts: list[tuple[ChannelSpec, str]], current: str) -> None:
        """`counts`: (channel spec, that channel's text) for each chosen channel."""
        wanted = [spec.id for spec, _ in counts]
        if wanted != list(self._labels):  # the chosen channels changed: rebuild the labels in order
            for label in self._labels.values():
                label.deleteLater()
            self._labels = {}
            for position, channel in enumerate(wanted):
                label = self._labels[channel] = QLabel(self)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._layout.insertWidget(position, label)
        for spec, text in counts:
            self._show(self._labels[spec.id], spec, text, spec.id == current)

    def _show(self, label: QLabel, spec: ChannelSpec, text: str, current: bool) -> None:
        from composer.qt.severity_style import level_color
        used = spec.count(text).total
        color = level_color(used, spec.text_max, spec.near_ratio, self.palette())
        style = f"color: {color.name()};" if color is not None else ""
        weight = "font-weight: bold;" if current else ""
        sheet = f"QLabel {{ {style} {weight} padding: 0 6px; }}"
        if label.styleSheet() != sheet:  # restyling is costly: only when the level changes
            label.setStyleSheet(sheet)
        text = f"{spec.name} {used:,} / {spec.text_max:,}".replace(",", "\u202f")
        if label.text() == text:
            return
        label.setText(text)
        unit = self.tr(_UNITS.get(spec.counting, _CHARACTERS))
        label.setToolTip(self.tr("%1: %2 of %3 %4").replace("%1", spec.name).replace("%2", str(used))
                         .replace("%3", str(spec.text_max)).replace("%4", unit))
        label.setAccessibleName(label.text())
