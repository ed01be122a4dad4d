"""The main window: drafts list | editor pane | findings and checklist. It builds the
widgets, wires their signals in one place (`_connect_signals`) and owns no draft logic:
drafts live in the DraftLibrary, checks in LiveChecks."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QProgressBar, QPushButton, QSplitter

from checks.packs.errors import PackError
from checks.packs.loader import load_pack
from composer.check_worker import CheckWorker
from composer.draft import Draft
from composer.draft_library import DraftLibrary
from composer.editor_pane import EditorPane
from composer.live_checks import LiveChecks
from composer.widgets.checklist_view import ChecklistView
from composer.widgets.drafts_list import DraftsList
from composer.widgets.findings_panel import FindingsPanel
from composer.window_actions import create_actions

UNDO_DELETE_MS = 15000


class MainWindow(QMainWindow):
    def __init__(self, library: DraftLibrary, worker: CheckWorker, settings: QSettings, lang: str) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.lang = lang
        self.live = LiveChecks(worker, lang, self)
        self.drafts = DraftsList(library, self)
        self.pane = EditorPane(self)
        self.findings = FindingsPanel(self)
        self.checklist = ChecklistView(lang, self)
        self.actions_by_name = create_actions(self)
        self._deleted: list[tuple[Draft, int]] = []
        self._watched: set[str] = set()
        self._build()
        self._connect_signals()
        self._restore_geometry()
        self.show_draft(None)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle("Somevahti")
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.addWidget(self.findings)
        self.side.addWidget(self.checklist)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.side.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.drafts)
        self.split.addWidget(self.pane)
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 4)
        self.split.setStretchFactor(2, 2)
        self.setCentralWidget(self.split)

        a = self.actions_by_name
        draft_menu = self.menuBar().addMenu(self.tr("&Draft"))
        for name in ("new", "duplicate", "rename", "delete", "restore"):
            draft_menu.addAction(a[name])
        draft_menu.addSeparator()
        draft_menu.addAction(a["quit"])
        check_menu = self.menuBar().addMenu(self.tr("&Checks"))
        for name in ("next_finding", "previous_finding", "apply_fix", "ignore_finding", "focus_findings"):
            check_menu.addAction(a[name])
        post_menu = self.menuBar().addMenu(self.tr("&Post"))
        for name in ("add_media", "next_channel", "previous_channel"):
            post_menu.addAction(a[name])

        self.language_label = QLabel(self.tr("Loading the language model… structural checks are already on."))
        self.language_bar = QProgressBar(self)
        self.language_bar.setRange(0, 0)  # busy: the loader reports no steps
        self.language_bar.setMaximumWidth(120)
        self.language_bar.setAccessibleName(self.tr("Language model loading"))
        self.statusBar().addPermanentWidget(self.language_label)
        self.statusBar().addPermanentWidget(self.language_bar)
        self.undo_delete = QPushButton(self.tr("Undo delete"), self)
        self.undo_delete.hide()
        self.statusBar().addWidget(self.undo_delete)

    def _connect_signals(self) -> None:
        a = self.actions_by_name
        a["new"].triggered.connect(self.new_draft)
        a["duplicate"].triggered.connect(self.duplicate_draft)
        a["rename"].triggered.connect(self.rename_draft)
        a["delete"].triggered.connect(self.delete_draft)
        a["restore"].triggered.connect(self.restore_draft)
        a["quit"].triggered.connect(self.close)
        a["next_finding"].triggered.connect(lambda: self.findings.step(1))
        a["previous_finding"].triggered.connect(lambda: self.findings.step(-1))
        a["apply_fix"].triggered.connect(lambda: self.apply_fix(self.findings.current_finding()))
        a["ignore_finding"].triggered.connect(lambda: self.ask_ignore(self.findings.current_finding()))
        a["focus_findings"].triggered.connect(lambda: self.findings.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a["add_media"].triggered.connect(self.pane.media.choose_files)
        a["next_channel"].triggered.connect(lambda: self.pane.tabs.step(1))
        a["previous_channel"].triggered.connect(lambda: self.pane.tabs.step(-1))
        self.undo_delete.clicked.connect(self.restore_draft)

        self.drafts.current_draft_changed.connect(self.show_draft)
        self.pane.tab_changed.connect(self.live.set_tab)
        self.pane.title_edited.connect(lambda title: self.pane.draft and self.library.rename(self.pane.draft, title))
        self.live.updated.connect(self._show_findings)
        self.live.error.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.live.worker.language_ready.connect(self._language_ready)
        self.findings.activated.connect(self.select_finding)
        self.findings.fix_requested.connect(self.apply_fix)
        self.findings.ignore_requested.connect(self.ask_ignore)
        self.findings.unignore_requested.connect(lambda key: self.pane.draft and self.pane.draft.unignore(key))
        self.checklist.ticked.connect(lambda item, done: self.pane.draft and self.pane.draft.tick(item, done))

    # -- drafts ------------------------------------------------------------------------
    def show_draft(self, draft: Draft | None) -> None:
        if draft is not None and draft.id not in self._watched:
            self._watched.add(draft.id)
            draft.on_change(self._on_draft_changed)
        self.pane.set_draft(draft, self._paid_hints(draft))
        self.checklist.load(draft)
        self.live.set_tab(self.pane.current_tab())
        self.live.set_draft(draft)
        self.setWindowTitle(f"{draft.title or self.tr('Untitled draft')} — Somevahti" if draft else "Somevahti")
        for name in ("duplicate", "rename", "delete", "apply_fix", "ignore_finding", "add_media"):
            self.actions_by_name[name].setEnabled(draft is not None)

    def _on_draft_changed(self, draft: Draft, what: str) -> None:
        if draft is not self.pane.draft:
            return
        if what == "role":
            self.checklist.load(draft)
        elif what == "pack":
            self.pane.set_paid_hints(*self._paid_hints(draft))
        elif what == "title":
            self.setWindowTitle(f"{draft.title} — Somevahti")

    def _paid_hints(self, draft: Draft | None) -> tuple[str, str]:
        if draft is None:
            return "", ""
        try:
            pack = load_pack(draft.pack)
        except PackError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return "", ""
        return pack.text("paid_campaign.decides", self.lang), pack.text("paid_campaign.notify", self.lang)

    def add_draft(self, draft: Draft) -> Draft:
        self.library.add(draft)
        self.drafts.select_draft(draft)
        return draft

    def new_draft(self) -> Draft:
        draft = self.add_draft(Draft(title=self.tr("New draft")))
        self.pane.editor.setFocus()
        return draft

    def duplicate_draft(self) -> Draft | None:
        draft = self.pane.draft
        if draft is None:
            return None
        copy = self.library.duplicate(draft, self.tr("%1 (copy)").replace("%1", draft.title or self.tr("Untitled")))
        self.drafts.select_draft(copy)
        return copy

    def rename_draft(self) -> None:
        item = self.drafts.currentItem()
        if item is not None:
            self.drafts.editItem(item)

    def delete_draft(self) -> None:
        draft = self.pane.draft
        if draft is None:
            return
        self._deleted.append((draft, self.library.remove(draft)))
        self.statusBar().showMessage(self.tr("Deleted “%1”.").replace("%1", draft.title), UNDO_DELETE_MS)
        self.undo_delete.show()
        QTimer.singleShot(UNDO_DELETE_MS, self.undo_delete.hide)

    def restore_draft(self) -> None:
        if self._deleted:
            draft, index = self._deleted.pop()
            self.library.add(draft, index)
            self.drafts.select_draft(draft)
            self.statusBar().clearMessage()
        self.undo_delete.setVisible(bool(self._deleted) and self.undo_delete.isVisible())

    # -- findings ----------------------------------------------------------------------
    def _show_findings(self) -> None:
        kept, ignored = self.live.shown()
        note = "" if self.live.language_done or self.live.result is None else self.tr(
            "Language checks (names, terms, tone) start when the language model has loaded.")
        self.findings.set_findings(kept, ignored, note)
        self.pane.editor.set_findings(kept)
        self.pane.media.set_findings(kept)
        self.pane.tabs.set_badges(self.live.badges())

    def _language_ready(self) -> None:
        self.language_label.hide()
        self.language_bar.hide()
        self.statusBar().showMessage(self.tr("Language model loaded: all checks are on."), 5000)

    def select_finding(self, finding) -> None:
        if finding is not None and finding.target == "text" and finding.start is not None:
            self.pane.editor.select_span(finding.start, finding.end)

    def apply_fix(self, finding) -> None:
        if finding is not None and finding.fix is not None and finding.target == "text":
            self.pane.editor.replace_span(finding.fix.start, finding.fix.end, finding.fix.replacement)

    def ask_ignore(self, finding) -> None:
        draft = self.pane.draft
        if finding is None or draft is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Ignore finding"), self.tr(
            "Why is this finding not a problem here? The reason is kept with the draft and shown to reviewers."))
        if ok and reason.strip():
            draft.ignore(finding, reason)

    # -- geometry ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        split = self.settings.value("window/split")
        if split is None or not self.split.restoreState(split):
            width = self.width()
            self.split.setSizes([int(width * 0.13), int(width * 0.52), int(width * 0.35)])
        side = self.settings.value("window/side")
        if side is None or not self.side.restoreState(side):
            self.side.setSizes([int(self.height() * 0.6), int(self.height() * 0.4)])

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/split", self.split.saveState())
        self.settings.setValue("window/side", self.side.saveState())
        self.settings.sync()
        self.live.worker.shutdown()
        super().closeEvent(event)
