"""What a screen reader and a keyboard user get from the window beyond the widgets' own
texts: findings spoken with their severity, review steps enabled only when the draft's
state allows them (so nothing is refused after a dialog), and the walk over the widget
tree the tests and `missing_names` use to find a control without a name or description.

Qt answers a screen reader's "name" with the accessible name, else the visible text; its
"description" with the accessible description, else the tooltip.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from composer.qt.widgets.workflow_bar import STEPS

REVIEW_STEPS = ("send_to_review", "approve", "request_changes", "reopen", "archive")
INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTabBar, QTextEdit)


def enable_review_actions(actions: Mapping[str, QAction], state: str | None) -> None:
    """The review menu offers the steps the review bar offers for `state` (None: no draft)."""
    offered = STEPS.get(state, ()) if state is not None else ()
    for name in REVIEW_STEPS:
        actions[name].setEnabled(name in offered)


def describe_review_steps(buttons: Mapping[str, QAbstractButton]) -> None:
    """What each review-bar button does, for its tooltip and a screen reader."""
    help_texts = {
        "send_to_review": QCoreApplication.translate(
            "Accessibility", "Mark the draft ready for a reviewer (Ctrl+Shift+R); errors must be fixed or ignored "
            "with a reason first"),
        "write_package": QCoreApplication.translate(
            "Accessibility", "Save the draft as one file to send to a reviewer who works offline (Ctrl+Shift+S)"),
        "approve": QCoreApplication.translate(
            "Accessibility", "Approve exactly this content with your name and signature (Ctrl+Shift+A)"),
        "request_changes": QCoreApplication.translate(
            "Accessibility", "Send the draft back to its author with a note on what to change"),
        "reopen": QCoreApplication.translate(
            "Accessibility", "Take the draft back to editing; approvals no longer hold after a change"),
        "archive": QCoreApplication.translate("Accessibility", "Put the draft away; it can be reopened"),
        "history": QCoreApplication.translate(
            "Accessibility", "Earlier versions of the draft and its review steps (Ctrl+H)"),
    }
    for name, button in buttons.items():
        if name in help_texts and not button.toolTip():
            button.setToolTip(help_texts[name])


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    """The visible, enabled widgets under `root` a user operates (buttons, fields, lists…)."""
    for widget in root.findChildren(QWidget):
        if (isinstance(widget, INTERACTIVE) or takes_tab(widget)) and widget.isVisibleTo(root) \
                and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and widget.focusProxy() is None and not _inside_other(widget):
            yield widget


def _inside_other(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a combo box's line edit, a spin box's
    editor, a scroll area's bars): the outer control speaks for them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget.parentWidget(), QTabBar)


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab should stop on `widget` (when it is shown and enabled)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None \
        and not _inside_other(widget)


def reading_order(parent: QWidget) -> list[QWidget]:
    """The widgets under `parent` Tab should stop on, in reading order: rows top to bottom
    (widgets whose heights overlap share a row), left to right in a row, and everything
    inside a widget (a media card, a form) before the next widget of its row."""
    children = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if not w.isWindow()]
    rows: list[list[QWidget]] = []
    for child in sorted(children, key=lambda w: w.y()):
        if rows and child.y() < max(w.y() + w.height() for w in rows[-1]) - 4:
            rows[-1].append(child)
        else:
            rows.append([child])
    ordered: list[QWidget] = []
    for row in rows:
        for child in sorted(row, key=lambda w: w.x()):
            if takes_tab(child):
                ordered.append(child)
            ordered.extend(reading_order(child))
    return ordered


def apply_tab_order(columns: Sequence[QWidget]) -> list[QWidget]:
    """Chain Tab through `columns` (left to right), each in reading order; returns the chain."""
    chain = [w for column in columns for w in ([column] if takes_tab(column) else []) + reading_order(column)]
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    return chain


def spoken(widget: QWidget) -> tuple[str, str]:
    """(name, description) as a screen reader gets them through Qt's accessibility."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "", ""
    if isinstance(widget, QTabBar):  # Qt describes a tab bar by its tabs, one child each
        tabs = [interface.child(i) for i in range(interface.childCount())]
        tabs = [tab for tab in tabs if tab is not None and tab.role() == QAccessible.Role.PageTab]
        if not tabs:
            return interface.text(QAccessible.Text.Name), ""
        names = [tab.text(QAccessible.Text.Name) for tab in tabs]
        descriptions = [tab.text(QAccessible.Text.Description) for tab in tabs]
        return (" / ".join(names) if all(n.strip() for n in names) else "",
                " / ".join(descriptions) if all(d.strip() for d in descriptions) else "")
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def missing_names(root: QWidget) -> list[str]:
    """One line per interactive widget under `root` without a name or a description."""
    lines = []
    for widget in interactive_widgets(root):
        name, description = spoken(widget)
        if not name.strip() or not description.strip():
            lines.append(f"{type(widget).__name__} {widget.objectName()!r} name={name!r} "
                         f"description={description!r} in {type(widget.parentWidget()).__name__}")
    return lines
