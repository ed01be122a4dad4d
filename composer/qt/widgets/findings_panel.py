"""The side panel: findings grouped by category with counts and severity icons, one-click
fixes, ignoring with a reason, and the ignored findings with their reasons."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from checks.model import Finding, Severity
from composer.present.version_findings import label
from checks.model import CATEGORIES
from composer.present.names import category_name
from composer.model.draft import Ignored
from composer.qt.severity_style import spoken_finding, severity_icon
from composer.qt.widgets.wrapping_tree import WrappingTree

_ROLE = Qt.ItemDataRole.UserRole


# Findings about a person named in the text, which offer "Record consent…".
CONSENT_RULES = ("personal_data.person_name", "personal_data.named_special_category")


class FindingsPanel(QWidget):
    activated = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # Finding
    unignore_requested = Signal(object)  # the ignored finding's key
    consent_requested = Signal(object)  # Finding about a named person: record their consent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel(self)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)
        self._tree = WrappingTree(self)
        self._tree.setHeaderHidden(True)
        self._tree.setAccessibleName(self.tr("Findings"))
        self._tree.setAccessibleDescription(self.tr(
            "What the checks found, grouped by topic, most serious first. Enter or a click shows the place "
            "in the text; F8 and Shift+F8 step through the findings."))
        self._summary.setToolTip(self.tr(
            "In the text: a wavy red underline marks an error, a solid brown one a warning, a dashed blue one "
            "a note. A dashed line across the editor marks where the channel folds the post (“See more”)."))
        self._tree.currentItemChanged.connect(self._on_current)
        self._tree.itemClicked.connect(self._on_clicked)
        self._tree.itemActivated.connect(self._on_clicked)
        self._fix = QPushButton(self.tr("&Fix"), self)
        self._fix.setAccessibleName(self.tr("Apply the suggested fix"))
        self._fix.setToolTip(self.tr("Replace the marked text with the suggestion (Ctrl+.); Ctrl+Z undoes it"))
        self._fix.clicked.connect(self._request_fix)
        self._ignore = QPushButton(self.tr("&Ignore…"), self)
        self._ignore.setAccessibleName(self.tr("Ignore this finding, with a reason"))
        self._ignore.setToolTip(self.tr("Hide this finding for this draft; the reason you give is shown to "
                                        "reviewers (Ctrl+Shift+I)"))
        self._ignore.clicked.connect(self._request_ignore)
        self._consent = QPushButton(self.tr("Record &consent…"), self)
        self._consent.setAccessibleName(self.tr("Record the named person's consent"))
        self._consent.clicked.connect(self._request_consent)
        self._restore = QPushButton(self.tr("Res&tore"), self)
        self._restore.setAccessibleName(self.tr("Show this ignored finding again"))
        self._restore.setToolTip(self.tr("Put the selected ignored finding back among the findings"))
        self._restore.clicked.connect(self._request_restore)
        buttons = QHBoxLayout()
        for button in (self._fix, self._ignore, self._consent, self._restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._summary)
        layout.addWidget(self._tree, 1)
        layout.addLayout(buttons)
        self._findings: list[Finding] = []
        self._announced: tuple[int, int] | None = None
        self._order: list[QTreeWidgetItem] = []
        self._note = ""
        self._overridden = 0  # error-level findings overridden with a reason
        self._checking = True  # nothing has been checked yet: never "No findings" before a check
        self._summary.setText(self._summary_text([], ""))
        self._update_buttons()

    # -- content ---------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: list[Finding], ignored: list[tuple[Finding, Ignored]],
                     note: str = "") -> None:
        """Show `findings` (already without the ignored ones) and the ignored ones apart."""
        keep = self.current_finding()
        self._findings = list(findings)
        self._tree.clear()
        self._order = []
        bold = QFont(self.font())
        bold.setBold(True)
        for category in CATEGORIES:
            members = sorted((f for f in findings if f.category == category),
                             key=lambda f: (-f.severity, f.start if f.start is not None else -1))
            if not members:
                continue
            group = QTreeWidgetItem(self._tree, [f"{category_name(category)} ({len(members)})"])
            group.setIcon(0, severity_icon(members[0].severity))
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in members:
                item = QTreeWidgetItem(group, [label(finding)])
                item.setIcon(0, severity_icon(finding.severity))
                item.setData(0, _ROLE, finding)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken_finding(finding))
                item.setToolTip(0, self._tooltip(finding))
                self._order.append(item)
            group.setExpanded(True)
        if ignored:
            group = QTreeWidgetItem(self._tree, [self.tr("Ignored (%1)").replace("%1", str(len(ignored)))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding, record in ignored:
                item = QTreeWidgetItem(group, [label(finding) + "\n" + self.tr("Reason: %1").replace(
                    "%1", record.reason)])
                item.setIcon(0, severity_icon(finding.severity))
                item.setData(0, _ROLE, record)
                item.setForeground(0, self.palette().placeholderText())
            # an overridden error stays in sight: the reviewer approves with it
            group.setExpanded(any(f.severity >= Severity.ERROR for f, _ in ignored))
        self._note = note
        self._overridden = len({(f.rule, f.target, f.excerpt) for f, _ in ignored if f.severity >= Severity.ERROR})
        self._summary.setText(self._summary_text(findings, note))
        if keep is not None:
            for item in self._order:
                if item.data(0, _ROLE) == keep:
                    self._tree.setCurrentItem(item)
                    break
        self._update_buttons()

    def announce(self, findings: list[Finding]) -> None:
        """Tell a screen reader, politely, when the number of errors or warnings changes."""
        counts = (sum(f.severity == Severity.ERROR for f in findings),
                  sum(f.severity == Severity.WARNING for f in findings))
        previous, self._announced = self._announced, counts
        if previous is None or previous == counts or not QAccessible.isActive():
            return
        text = self.tr("%n error(s)", "", counts[0]) + ", " + self.tr("%n warning(s)", "", counts[1])
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def _tooltip(self, finding: Finding) -> str:
        parts = [finding.message, self.tr("Rule: %1").replace("%1", finding.rule)]
        if finding.excerpt:
            parts.append(self.tr("Text: “%1”").replace("%1", finding.excerpt))
        if finding.fix is not None and finding.fix.replacement:
            parts.append(self.tr("Fix: replace with “%1”").replace("%1", finding.fix.replacement))
        elif finding.fix is not None:
            parts.append(self.tr("Fix: remove it from the text"))
        return "\n".join(parts)

    def set_checking(self, checking: bool) -> None:
        """While the shown text has not been checked yet (typing pause, a check running, the
        checker starting), the summary says so instead of giving an all-clear."""
        if checking != self._checking:
            self._checking = checking
            self._summary.setText(self._summary_text(self._findings, self._note))

    def is_checking(self) -> bool:
        return self._checking

    def summary_text(self) -> str:
        return self._summary.text()

    def _summary_text(self, findings: list[Finding], note: str) -> str:
        counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        overridden = self._overridden
        if not findings and not overridden:
            text = self.tr("Checking…") if self._checking else self.tr("No findings.")
        else:
            text = ", ".join([self.tr("%n error(s)", "", counts[Severity.ERROR]),
                              self.tr("%n warning(s)", "", counts[Severity.WARNING]),
                              self.tr("%n note(s)", "", counts[Severity.INFO])])
            if overridden:  # the reviewer sees them: an overridden error is not "0 errors"
                text += " · " + self.tr("%n error(s) overridden with a reason", "", overridden)
            if self._checking:
                text = self.tr("%1 — checking the latest changes…").replace("%1", text)
        return f"{text}\n{note}" if note else text

    # -- selection and navigation -----------------------------------------------------
    def current_finding(self) -> Finding | None:
        item = self._tree.currentItem()
        value = item.data(0, _ROLE) if item is not None else None
        return value if isinstance(value, Finding) else None

    def select(self, finding: Finding) -> None:
        for item in self._order:
            if item.data(0, _ROLE) == finding:
                self._tree.setCurrentItem(item)
                self.activated.emit(finding)
                return

    def step(self, delta: int) -> Finding | None:
        """Select the next (or previous) finding, wrapping around; F8 / Shift+F8."""
        if not self._order:
            return None
        current = self._tree.currentItem()
        index = self._order.index(current) if current in self._order else (-1 if delta > 0 else 0)
        item = self._order[(index + delta) % len(self._order)]
        self._tree.setCurrentItem(item)
        finding = item.data(0, _ROLE)
        self.activated.emit(finding)
        return finding

    def _on_current(self, *_args) -> None:
        self._update_buttons()

    def _on_clicked(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, _ROLE)
        if isinstance(value, Finding):
            self.activated.emit(value)

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        item = self._tree.currentItem()
        self._fix.setEnabled(finding is not None and finding.fix is not None)
        self._ignore.setEnabled(finding is not None)
        self._consent.setVisible(finding is not None and finding.rule in CONSENT_RULES)
        self._restore.setEnabled(item is not None and isinstance(item.data(0, _ROLE), Ignored))

    def _request_fix(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.fix is not None:
            self.fix_requested.emit(finding)

    def _request_ignore(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.ignore_requested.emit(finding)

    def _request_consent(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.rule in CONSENT_RULES:
            self.consent_requested.emit(finding)

    def _request_restore(self) -> None:
        item = self._tree.currentItem()
        if item is not None and isinstance(item.data(0, _ROLE), Ignored):
            self.unignore_requested.emit(item.data(0, _ROLE).key)
