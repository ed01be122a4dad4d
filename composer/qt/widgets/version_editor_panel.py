"""The further language versions beside the main editor: the Swedish or English text of the
shown tab, how the channel publishes the versions, the safety flag, and an out-of-date
warning with "Mark reviewed".

The main editor keeps the primary version (Finnish) and the Draft API it always used;
this panel edits one further version at a time through composer.model.language_versions
(`lang`; SV | EN buttons choose it when the draft has both). Versions are added and
removed from the panel's Versions menu (a version the pack requires cannot be removed;
removing one that has text asks first and can be undone, see version_removal.py). Both
editors carry a language label; Ctrl+Shift+L moves between the versions. In a narrow
window one editor shows at a time (composer/qt/widgets/version_switch.py).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from checks.channels.spec import load_channels
from checks.model import VERSION_LANGS, Finding
from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.present.posted import posted_text, required
from composer.present.text_offsets import Offsets
from composer.present.version_findings import findings_for
from composer.qt.widgets.channel_tabs import MASTER
from composer.qt.widgets.post_editor import PostEditor
from composer.qt.widgets.version_removal import VersionRemoval

SWITCH_SHORTCUT = "Ctrl+Shift+L"
FURTHER = ("sv", "en")  # the versions this panel can add beside the Finnish one


class VersionEditorPanel(QWidget):
    show_version = Signal(str)  # a version's editor is to be shown (a finding in it, a chosen version)
    lang_changed = Signal(str)  # the panel now edits this version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.lang = "sv"
        self.tab = MASTER
        self.primary_editor: PostEditor | None = None  # set by language_versions_view
        self.version_switch: QWidget | None = None  # the narrow window's bar, set by language_versions_view
        self._stale_lang = "sv"
        self._findings: list[Finding] = []
        self._announced = ""  # the version lang_changed last told
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.choosers: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        for lang in VERSION_LANGS:  # a draft opened from a post whose first version is sv may have fi here
            button = QToolButton(self)
            button.setText(lang.upper())
            button.setCheckable(True)
            button.setToolTip(self.tr("Show this version in this pane (Ctrl+Shift+L moves between the versions)."))
            button.setAccessibleName(self.version_name(lang))
            button.clicked.connect(lambda _checked=False, code=lang: self.choose(code))
            group.addButton(button)
            self.choosers[lang] = button
        self.stale = QLabel(self)
        self.stale.setWordWrap(True)
        self.reviewed = QPushButton(self.tr("Mark reviewed"), self)
        self.reviewed.setToolTip(self.tr("This version has been checked against the other one and is up to date."))
        self.adds = {"sv": QPushButton(self.tr("Add Swedish version"), self),
                     "en": QPushButton(self.tr("Add English version"), self)}
        self.adds["sv"].setToolTip(self.tr("Start a Swedish version of this post, written and checked beside the "
                                           "Finnish one."))
        self.adds["en"].setToolTip(self.tr("Start an English version of this post, written and checked beside the "
                                           "Finnish one."))
        self.add = self.adds["sv"]  # the old name of the Swedish one
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Versions"))
        self.menu_button.setToolTip(self.tr("Add or remove a language version"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.menu_button)
        self.add_actions = {"sv": self.menu.addAction(self.tr("Add Swedish version")),
                            "en": self.menu.addAction(self.tr("Add English version"))}
        self.menu.addSeparator()
        self.remove_action = self.menu.addAction(self.tr("Remove this version…"))
        self.menu_button.setMenu(self.menu)
        self.publish = QComboBox(self)
        self.publish.addItem(self.tr("Separate posts per language"), lv.SEPARATE)
        self.publish.addItem(self.tr("One bilingual post (Finnish first)"), lv.COMBINED)
        self.publish.setAccessibleName(self.tr("How this channel publishes the language versions"))
        self.publish.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.publish.setMinimumContentsLength(14)
        self.publish.setToolTip(self.publish.accessibleName())
        self.safety = QCheckBox(self.tr("Safety or health information"), self)
        self.safety.setToolTip(self.tr("Information on life, health, safety, property or the environment must be "
                                       "given in Finnish and Swedish (Language Act 423/2003, section 32)."))
        self.editor = PostEditor(self)
        self.count = QLabel(self)
        self.removal = VersionRemoval(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for chooser in self.choosers.values():
            top.addWidget(chooser)
        for add in self.adds.values():
            top.addWidget(add)
        top.addWidget(self.menu_button)
        options = QHBoxLayout()
        options.addWidget(self.publish, 1)
        options.addWidget(self.safety)
        warning = QHBoxLayout()
        warning.addWidget(self.stale, 1)
        warning.addWidget(self.reviewed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.removal)
        layout.addLayout(options)
        layout.addLayout(warning)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.count)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.editor.text_edited.connect(self._on_text)
        for lang, add in self.adds.items():
            add.clicked.connect(lambda _checked=False, code=lang: self.add_version(code))
            self.add_actions[lang].triggered.connect(lambda _checked=False, code=lang: self.add_version(code))
        self.remove_action.triggered.connect(lambda: self.removal.remove(self.lang))
        self.reviewed.clicked.connect(self._mark_reviewed)
        self.publish.activated.connect(self._on_publish)
        self.safety.toggled.connect(self._on_safety)
        self.switch = QAction(self.tr("Next language version"), self)
        self.switch.setShortcut(QKeySequence(SWITCH_SHORTCUT))
        self.switch.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.chooser_allowed = True  # False in a narrow window: the version switch bar chooses there
        self.set_draft(None)

    # -- showing ---------------------------------------------------------------------------
    def set_draft(self, draft: Draft | None) -> None:
        self.draft = draft
        if draft is not None and not draft.versions.enabled and draft.untouched:
            for lang in required(draft):  # a new draft in a bilingual pack starts with its required versions
                if lang != "fi":
                    lv.add_version(draft, lang)
        self.lang = ""
        self.refresh()
        self.removal.show_state()

    def follow_tab(self, tab: str) -> None:
        self.tab = tab
        self.refresh()

    def has_version(self) -> bool:
        return self.draft is not None and self.lang in self.draft.versions.extra

    def further(self) -> list[str]:
        """The further versions of the draft, in fi, sv, en order."""
        return list(self.draft.versions.extra) if self.draft is not None else []

    def choose(self, lang: str) -> None:
        """Edit `lang` in this panel (a further version of the draft)."""
        if self.draft is not None and lang in self.draft.versions.extra and lang != self.lang:
            self.lang = lang
            self.refresh()
        self.show_version.emit(self.lang)

    def refresh(self) -> None:
        """Show the current draft, tab and version state (after any change)."""
        draft = self.draft
        self.setVisible(draft is not None)
        if draft is None:
            return
        further = self.further()
        if self.lang not in further:
            self.lang = further[0] if further else (self.lang if self.lang in FURTHER else "sv")
        has = self.has_version()
        self.title.setText(self.version_name(self.lang))
        self.editor.setPlaceholderText(self.placeholder(self.lang))
        self.show_choosers()
        needed = required(draft)
        for lang in FURTHER:
            missing = lang not in further and lang != draft.versions.primary
            self.adds[lang].setVisible(missing and not further)  # an empty pane offers them as buttons
            self.add_actions[lang].setVisible(missing)
        self.menu_button.setVisible(bool(further))
        self.remove_action.setText(self.tr("Remove this version (%1)…").replace("%1", self.lang.upper()))
        self.remove_action.setEnabled(has and self.lang not in needed)
        self.remove_action.setToolTip(self.tr("The guideline pack requires this version.")
                                      if self.lang in needed else "")
        self.editor.setEnabled(has)
        self.publish.setEnabled(has and self.tab != MASTER)
        self.publish.setItemText(1, self.tr("One post in every language (Finnish first)") if len(further) > 1
                                 else self.tr("One bilingual post (Finnish first)"))
        self.publish.setCurrentIndex(1 if self.tab != MASTER and lv.publish_mode(draft, self.tab) == lv.COMBINED
                                     else 0)
        self.safety.blockSignals(True)
        self.safety.setChecked(draft.versions.safety)
        self.safety.blockSignals(False)
        self.editor.set_text(self._text() if has else "")
        self._underline()
        self._show_stale()
        self._show_count()
        if self.lang != self._announced:
            self._announced = self.lang
            self.lang_changed.emit(self.lang)

    def show_choosers(self) -> None:
        """SV | EN over the pane when the draft has both (a narrow window's bar chooses instead)."""
        further = self.further()
        for lang, button in self.choosers.items():
            button.setVisible(self.chooser_allowed and len(further) > 1 and lang in further)
            button.setChecked(lang == self.lang)

    def version_name(self, lang: str) -> str:
        names = {"sv": self.tr("Swedish version (SV)"), "en": self.tr("English version (EN)"),
                 "fi": self.tr("Finnish version (FI)")}
        return names.get(lang, lang.upper())

    def placeholder(self, lang: str) -> str:
        return {"sv": self.tr("Write the Swedish version here."),
                "en": self.tr("Write the English version here.")}.get(lang, "")

    def _text(self) -> str:
        draft = self.draft
        if self.tab == MASTER:
            return lv.master_of(draft, self.lang)
        return lv.text_of(draft, self.lang, self.tab)

    def _show_stale(self) -> None:
        pairs = lv.stale(self.draft) if self.has_version() else []
        primary = self.draft.versions.primary if self.draft is not None else "fi"
        # this version first, then the primary when this version was edited after it
        shown = next((p for p in pairs if p[0] == self.lang), None) or \
            next((p for p in pairs if p[0] == primary and p[1] == self.lang), None)
        if shown is not None:
            self.stale.setText("⚠ " + self.tr("Version %1 may be out of date: version %2 was edited after it.")
                               .replace("%1", shown[0].upper()).replace("%2", shown[1].upper()))
            self._stale_lang = shown[0]
        self.stale.setVisible(shown is not None)
        self.reviewed.setVisible(shown is not None)

    def _show_count(self) -> None:
        draft = self.draft
        if draft is None or self.tab == MASTER or not self.has_version():
            self.count.setText("")
            return
        spec = load_channels()[self.tab]
        if lv.publish_mode(draft, self.tab) == lv.COMBINED:
            total = spec.count(posted_text(draft, self.tab)).total
            template = self.tr("%1: %2 / %3 in the combined post") if len(self.further()) > 1 \
                else self.tr("%1: %2 / %3 in the bilingual post")
            self.count.setText(template.replace("%1", spec.name).replace("%2", str(total))
                               .replace("%3", str(spec.text_max)))
        else:
            total = spec.count(posted_text(draft, self.tab, self.lang)).total
            self.count.setText(self.tr("%1: %2 / %3").replace("%1", spec.name).replace("%2", str(total))
                               .replace("%3", str(spec.text_max)))

    def show_findings(self, findings: list[Finding]) -> None:
        self._findings = findings
        self._underline()
        if self.has_version():
            self._show_stale()

    def _underline(self) -> None:
        if self.draft is not None and self.has_version():
            self.editor.set_findings(findings_for(self._findings, self.lang, self.draft.versions.primary))
        else:
            self.editor.set_findings([])

    def primary_findings(self, findings: list[Finding]) -> list[Finding]:
        """What the main (primary-version) editor underlines."""
        if self.draft is None or not self.draft.versions.enabled:
            return findings
        return findings_for(findings, self.draft.versions.primary, self.draft.versions.primary)

    # -- editing ---------------------------------------------------------------------------
    def add_version(self, lang: str = "sv") -> None:
        if self.draft is not None and lang != self.draft.versions.primary:
            removed = self.removal.take(lang) if lang not in self.draft.versions.extra else None
            if removed is None or not lv.restore_version(self.draft, removed):  # a removed text comes back
                lv.add_version(self.draft, lang)
            self.removal.show_state()
            self.lang = lang
            self.refresh()
            self.show_version.emit(lang)
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
            self.refresh()  # the pack may now require another version

    # -- findings --------------------------------------------------------------------------
    def select(self, finding: Finding) -> bool:
        """Select a text finding's span in its version's editor and, for a cross-version
        finding, its other side in the other editor; True when it was handled here."""
        draft = self.draft
        if draft is None or not draft.versions.enabled or finding.target != "text" or finding.start is None:
            return False
        primary = draft.versions.primary
        own = finding.version or primary
        if own != primary and own not in draft.versions.extra:
            return False
        other = finding.other
        if other is not None and other.start is not None and other.version in lv.langs(draft):
            self._mark(other.version, other.start, other.end if other.end is not None else other.start)
        self._mark(own, finding.start, finding.end if finding.end is not None else finding.start)
        self.show_version.emit(own)
        focus = self.editor if own != primary else self.primary_editor
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _mark(self, lang: str, start: int, end: int) -> None:
        """Select [start, end) of `lang` in its editor without moving the focus there."""
        if self.draft is None or lang == self.draft.versions.primary:
            editor = self.primary_editor
        else:
            if lang != self.lang:
                self.choose(lang)
            editor = self.editor
        if editor is not None:
            select_quietly(editor, start, end)

    def apply_fix(self, finding: Finding) -> bool:
        draft = self.draft
        if draft is None or finding.fix is None or finding.version not in draft.versions.extra:
            return False
        self.choose(finding.version)
        self.editor.replace_span(finding.fix.start, finding.fix.end, finding.fix.replacement)
        return True


def select_quietly(editor: PostEditor, start: int, end: int) -> None:
    """Select a span (text offsets) in `editor` and scroll to it, leaving the focus where it is."""
    offsets = Offsets(editor.toPlainText())  # clamps spans of a text edited since the check
    cursor = editor.textCursor()
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
