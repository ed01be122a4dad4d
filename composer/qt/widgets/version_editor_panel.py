"""The second language version beside the main editor: Swedish (or English) text of the
shown tab, how the channel publishes the versions, the safety flag, and an out-of-date
warning with "Mark reviewed".

The main editor keeps the primary version (Finnish) and the Draft API it always used;
this panel edits the further version through composer.model.language_versions. Both
editors carry a language label; Ctrl+Shift+L moves between them. In a narrow window one
of the two shows at a time (composer/qt/widgets/version_switch.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
                               QWidget)

from checks.channels.spec import load_channels
from checks.model import Finding
from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.present.posted import posted_text, required
from composer.present.version_findings import findings_for
from composer.qt.widgets.channel_tabs import MASTER
from composer.qt.widgets.post_editor import PostEditor

SWITCH_SHORTCUT = "Ctrl+Shift+L"


class VersionEditorPanel(QWidget):
    focus_primary = Signal()
    show_version = Signal(str)  # a finding in this version (or the primary) is being selected: show its editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.lang = "sv"
        self.tab = MASTER
        self._stale_lang = "sv"
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.stale = QLabel(self)
        self.stale.setWordWrap(True)
        self.reviewed = QPushButton(self.tr("Mark reviewed"), self)
        self.reviewed.setToolTip(self.tr("This version has been checked against the other one and is up to date."))
        self.add = QPushButton(self.tr("Add Swedish version"), self)
        self.add.setToolTip(self.tr("Start a Swedish version of this post, written and checked beside the "
                                    "Finnish one."))
        self.publish = QComboBox(self)
        self.publish.addItem(self.tr("Separate posts per language"), lv.SEPARATE)
        self.publish.addItem(self.tr("One bilingual post (Finnish first)"), lv.COMBINED)
        self.publish.setAccessibleName(self.tr("How this channel publishes the language versions"))
        self.safety = QCheckBox(self.tr("Safety or health information"), self)
        self.safety.setToolTip(self.tr("Information on life, health, safety, property or the environment must be "
                                       "given in Finnish and Swedish (Language Act 423/2003, section 32)."))
        self.editor = PostEditor(self)
        self.editor.setPlaceholderText(self.tr("Write the Swedish version here."))
        self.count = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add)
        options = QHBoxLayout()
        options.addWidget(self.publish, 1)
        options.addWidget(self.safety)
        warning = QHBoxLayout()
        warning.addWidget(self.stale, 1)
        warning.addWidget(self.reviewed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addLayout(warning)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.count)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.editor.text_edited.connect(self._on_text)
        self.add.clicked.connect(self.add_version)
        self.reviewed.clicked.connect(self._mark_reviewed)
        self.publish.activated.connect(self._on_publish)
        self.safety.toggled.connect(self._on_safety)
        self.switch = QAction(self.tr("Switch between language versions"), self)
        self.switch.setShortcut(QKeySequence(SWITCH_SHORTCUT))
        self.switch.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.set_draft(None)

    # -- showing ---------------------------------------------------------------------------
    def set_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        if draft is not None and not draft.versions.enabled and draft.untouched:
            needed = [v for v in required(draft) if v != "fi"]
            if needed:  # a new draft in a bilingual pack starts with its Swedish version
                lv.add_version(draft, needed[0])
        self.refresh()

    def follow_tab(self, tab: str) -> None:
        self.tab = tab
        self.refresh()

    def has_version(self) -> bool:
        return self.draft is not None and self.lang in self.draft.versions.extra

    def refresh(self) -> None:
        """Show the current draft, tab and version state (after any change)."""
        draft = self.draft
        self.setVisible(draft is not None)
        if draft is None:
            return
        extra = list(draft.versions.extra)
        self.lang = extra[0] if extra else "sv"
        self.title.setText(self.version_name(self.lang))
        has = self.has_version()
        self.add.setVisible(not has)
        self.editor.setEnabled(has)
        self.publish.setEnabled(has and self.tab != MASTER)
        self.publish.setCurrentIndex(1 if self.tab != MASTER and lv.publish_mode(draft, self.tab) == lv.COMBINED
                                     else 0)
        self.safety.blockSignals(True)
        self.safety.setChecked(draft.versions.safety)
        self.safety.blockSignals(False)
        self.editor.set_text(self._text() if has else "")
        self._show_stale()
        self._show_count()

    def version_name(self, lang: str) -> str:
        names = {"sv": self.tr("Swedish version (SV)"), "en": self.tr("English version (EN)"),
                 "fi": self.tr("Finnish version (FI)")}
        return names.get(lang, lang.upper())

    def _text(self) -> str:
        draft = self.draft
        if self.tab == MASTER:
            return lv.master_of(draft, self.lang)
        return lv.text_of(draft, self.lang, self.tab)

    def _show_stale(self) -> None:
        stale = dict(lv.stale(self.draft)) if self.has_version() else {}
        mine = self.lang in stale
        primary = self.draft.versions.primary in stale
        if mine:
            self.stale.setText("⚠ " + self.tr("The Swedish version may be out of date: the Finnish version was "
                                             "edited after it."))
        elif primary:
            self.stale.setText("⚠ " + self.tr("The Finnish version may be out of date: this version was edited "
                                             "after it."))
        self.stale.setVisible(mine or primary)
        self.reviewed.setVisible(mine or primary)
        self._stale_lang = self.lang if mine else self.draft.versions.primary

    def _show_count(self) -> None:
        draft = self.draft
        if self.tab == MASTER or not self.has_version():
            self.count.setText("")
            return
        spec = load_channels()[self.tab]
        if lv.publish_mode(draft, self.tab) == lv.COMBINED:
            total = spec.count(posted_text(draft, self.tab)).total
            self.count.setText(self.tr("%1: %2 / %3 in the bilingual post").replace("%1", spec.name)
                               .replace("%2", str(total)).replace("%3", str(spec.text_max)))
        else:
            total = spec.count(posted_text(draft, self.tab, self.lang)).total
            self.count.setText(self.tr("%1: %2 / %3").replace("%1", spec.name).replace("%2", str(total))
                               .replace("%3", str(spec.text_max)))

    def show_findings(self, findings: list[Finding]) -> None:
        if self.has_version():
            self.editor.set_findings(findings_for(findings, self.lang, self.draft.versions.primary))
            self._show_stale()
        else:
            self.editor.set_findings([])

    def primary_findings(self, findings: list[Finding]) -> list[Finding]:
        """What the main (primary-version) editor underlines."""
        if self.draft is None or not self.draft.versions.enabled:
            return findings
        return findings_for(findings, self.draft.versions.primary, self.draft.versions.primary)

    # -- editing ---------------------------------------------------------------------------
    def add_version(self) -> None:
        if self.draft is not None:
            lv.add_version(self.draft, self.lang)
            self.refresh()
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text(self, text: str) -> None:
        if not self.has_version():
            return
        if self.tab == MASTER:
            lv.set_master_text(self.draft, self.lang, text)
        else:
            lv.set_variant_text(self.draft, self.lang, self.tab, text)
        self._show_count()

    def _mark_reviewed(self) -> None:
        if self.has_version():
            lv.mark_reviewed(self.draft, self._stale_lang)
            self._show_stale()

    def _on_publish(self, index: int) -> None:
        if self.has_version() and self.tab != MASTER:
            lv.set_publish_mode(self.draft, self.tab, self.publish.itemData(index))
            self._show_count()

    def _on_safety(self, checked: bool) -> None:
        if self.draft is not None:
            lv.set_safety(self.draft, checked)

    def select(self, finding: Finding) -> bool:
        """Select `finding`'s span here when it belongs to this version; True when it did."""
        if not self.has_version() or finding.version != self.lang or finding.start is None:
            if finding.target == "text" and finding.start is not None:
                self.show_version.emit(finding.version or "")  # the primary editor's
            return False
        self.show_version.emit(self.lang)
        self.editor.select_span(finding.start, finding.end)
        return True

    def apply_fix(self, finding: Finding) -> bool:
        if not self.has_version() or finding.version != self.lang or finding.fix is None:
            return False
        self.editor.replace_span(finding.fix.start, finding.fix.end, finding.fix.replacement)
        return True
