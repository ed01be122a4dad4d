"""The main window: drafts list | review bar and editor pane | findings, checklist and
comments. It builds the widgets and controllers, hands each what it works with, wires
their signals in one place (`_connect_signals`) and owns no draft logic: drafts live in
the DraftLibrary, checks in LiveChecks, the review steps in ReviewActions, copy and export
in ExportActions, saving in WindowStorage (None: drafts stay in memory)."""
from __future__ import annotations

import weakref

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton

from checks.packs import PackError
from composer.model.pack_cache import cached_pack
from composer.approval import workflow
from composer.qt import plain_message
from composer.approval.approve import approval_status
from composer.approval.review_notes import review_notes
from composer.qt.checking.scheduler import CheckWorker
from composer.model.draft import Draft
from composer.model.draft_change import DraftChange, Part
from composer.model.draft_library import DraftLibrary
from composer.qt.widgets.editor_pane import EditorPane
from composer.qt.controllers.export import ExportActions
from composer.qt.checking.live_findings import LiveChecks
from composer.qt.controllers.review import ReviewActions
from composer.settings_schema import Settings
from composer.qt.user_name import user_name
from composer.qt.widgets.channel_preview import ChannelPreview
from composer.qt.widgets.checklist_view import ChecklistView
from composer.qt.widgets.comments_panel import CommentsPanel
from composer.qt.widgets.drafts_list import DraftsList
from composer.qt.widgets.findings_panel import FindingsPanel
from composer.qt.widgets.language_versions_view import attach_language_versions
from composer.qt.widgets.settings_dialog import open_settings_dialog
from composer.qt.widgets.workflow_bar import WorkflowBar
from composer.qt.actions import create_actions
from composer.qt.window_storage import WindowStorage
from composer.qt.window_layout import WindowLayout
from composer.qt.accessibility import enable_review_actions
from composer.qt.widgets.people_editor import ask_consent

UNDO_DELETE_MS = 15000


class MainWindow(QMainWindow):
    def __init__(self, library: DraftLibrary, worker: CheckWorker, settings: QSettings, lang: str,
                 storage: WindowStorage | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.lang = lang
        self.storage = storage
        self.live = LiveChecks(worker, lang, self)
        self.drafts = DraftsList(library, self)
        self.pane = EditorPane(self)
        self.review_bar = WorkflowBar(self)
        self.findings = FindingsPanel(self)
        self.checklist = ChecklistView(lang, self)
        self.comments = CommentsPanel(self)
        self.preview = ChannelPreview(lang, self)
        self.actions_by_name = create_actions(self)
        self.review = ReviewActions(lambda: self.pane.draft, library, self.live, storage, settings, self)
        self.exports = ExportActions(lambda: self.pane.draft, self.pane.current_tab, self.live, settings, lang,
                                     self.actions_by_name["copy_channel"], self)
        self._deleted: list[tuple[Draft, int]] = []
        self._watched: dict[int, weakref.ref[Draft]] = {}  # by object: a re-imported draft is a new one
        self._build()
        self._connect_signals()
        self.versions = attach_language_versions(self)
        self._restore_geometry()
        self.show_draft(None)
        if storage is not None and not storage.is_loaded:
            self.drafts.show_titles(storage.titles)
        if storage is not None:  # the same photo in another draft: its people record
            self.pane.media.hints.memory = storage.people_for

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle("Somevahti")
        self.layout_parts = WindowLayout(self)
        self.side_tabs = self.layout_parts.side_tabs
        self.split = self.layout_parts.split

        a = self.actions_by_name
        draft_menu = self.menuBar().addMenu(self.tr("&Draft"))
        for name in ("new", "duplicate", "rename", "delete", "restore", None, "import_package", "write_package",
                     "history"):
            draft_menu.addAction(a[name]) if name else draft_menu.addSeparator()
        draft_menu.addSeparator()
        draft_menu.addAction(a["settings"])
        draft_menu.addAction(a["quit"])
        check_menu = self.menuBar().addMenu(self.tr("&Checks"))
        for name in ("next_finding", "previous_finding", "apply_fix", "ignore_finding", "focus_findings"):
            check_menu.addAction(a[name])
        post_menu = self.menuBar().addMenu(self.tr("&Post"))
        for name in ("add_media", "next_channel", "previous_channel"):
            post_menu.addAction(a[name])
        export_menu = self.menuBar().addMenu(self.tr("&Export"))
        for name in ("copy_channel", "copy_all", None, "export"):
            export_menu.addAction(a[name]) if name else export_menu.addSeparator()
        review_menu = self.menuBar().addMenu(self.tr("&Review"))
        for name in ("send_to_review", "approve", "request_changes", "reopen", "archive", "focus_comments", None,
                     "export_public_key"):
            review_menu.addAction(a[name]) if name else review_menu.addSeparator()
        self.layout_parts.add_menu()

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
        a["settings"].triggered.connect(lambda: open_settings_dialog(self.settings, self.lang, self))
        a["next_finding"].triggered.connect(lambda: self.findings.step(1))
        a["previous_finding"].triggered.connect(lambda: self.findings.step(-1))
        a["apply_fix"].triggered.connect(lambda: self.apply_fix(self.findings.current_finding()))
        a["ignore_finding"].triggered.connect(lambda: self.ask_ignore(self.findings.current_finding()))
        a["focus_findings"].triggered.connect(lambda: self.layout_parts.focus_side("findings"))
        a["add_media"].triggered.connect(self.pane.media.choose_files)
        a["next_channel"].triggered.connect(lambda: self.pane.tabs.step(1))
        a["previous_channel"].triggered.connect(lambda: self.pane.tabs.step(-1))
        self.undo_delete.clicked.connect(self.restore_draft)
        for name in ("send_to_review", "approve", "request_changes", "reopen", "archive", "write_package", "history"):
            a[name].triggered.connect(lambda _checked=False, n=name: self.review.run(n))
        a["import_package"].triggered.connect(lambda: self.review.import_package())
        a["export_public_key"].triggered.connect(lambda: self.review.identity.export_public_key())
        a["focus_comments"].triggered.connect(self.focus_comments)
        a["copy_channel"].triggered.connect(lambda: self.exports.copy_channel())
        a["copy_all"].triggered.connect(self.exports.copy_all)
        a["export"].triggered.connect(self.exports.export)
        self.preview.copy_requested.connect(self.exports.copy_channel)
        self.review_bar.step.connect(self.review.run)
        self.comments.comment_written.connect(self.review.add_comment)
        self.review.status.connect(self.statusBar().showMessage)
        self.review.show_draft.connect(self.drafts.select_draft)
        self.exports.status.connect(self.statusBar().showMessage)
        self.live.gate_waiting.connect(self._waiting_for_checks)
        self.live.gate_timed_out.connect(self._checks_timed_out)
        if self.storage is not None:
            self.storage.loaded.connect(self._storage_loaded)
            self.pane.keep_revision = self.storage.keep_revision

        self.drafts.current_draft_changed.connect(self.show_draft)
        self.pane.tab_changed.connect(self.live.set_tab)
        self.pane.tab_changed.connect(self.preview.follow_tab)
        self.pane.tab_changed.connect(self.exports.show_tab)
        self.pane.title_edited.connect(lambda title: self.pane.draft and self.library.rename(self.pane.draft, title))
        self.live.updated.connect(self._show_findings)
        self.live.checking_changed.connect(self.findings.set_checking)
        self.live.error.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.live.worker.language_ready.connect(self._language_ready)
        self.findings.activated.connect(self.select_finding)
        self.findings.fix_requested.connect(self.apply_fix)
        self.findings.ignore_requested.connect(self.ask_ignore)
        self.findings.consent_requested.connect(lambda finding: ask_consent(self, self.pane.draft, finding))
        self.findings.unignore_requested.connect(lambda key: self.pane.draft and self.pane.draft.unignore(key))
        self.checklist.ticked.connect(lambda item, done: self.pane.draft and self.pane.draft.tick(item, done))

    # -- drafts ------------------------------------------------------------------------
    def show_draft(self, draft: Draft | None) -> None:
        if draft is not None and ((ref := self._watched.get(id(draft))) is None or ref() is not draft):
            self._watched[id(draft)] = weakref.ref(draft)
            draft.on_change(self._on_draft_changed)
        self.pane.set_draft(draft, self._paid_hints(draft))
        self.checklist.load(draft)
        self.live.set_tab(self.pane.current_tab())
        self.live.set_draft(draft)
        self.preview.set_draft(draft)
        self.preview.follow_tab(self.pane.current_tab())
        self.exports.show_tab(self.pane.current_tab())
        untitled = self.tr("Untitled draft")
        self.setWindowTitle(f"{draft.title or untitled} — Somevahti" if draft else "Somevahti")
        for name in ("duplicate", "rename", "delete", "apply_fix", "ignore_finding", "add_media", "send_to_review",
                     "approve", "request_changes", "reopen", "archive", "write_package", "focus_comments",
                     "copy_channel", "copy_all", "export"):
            self.actions_by_name[name].setEnabled(draft is not None)
        self.actions_by_name["history"].setEnabled(draft is not None and self.storage is not None)
        self.review_bar.buttons["history"].setEnabled(self.storage is not None)
        self.comments.load(draft)
        self._show_review(draft)

    def _show_review(self, draft: Draft | None) -> None:
        policy = self.review.identity.policy(draft.pack, user_name(self.settings)) if draft else None
        state = workflow.effective_state(draft, policy) if draft else "draft"
        statuses = [approval_status(draft, c, policy) for c in draft.channels] if draft else []
        self.review_bar.show_state(draft, state, statuses)
        if draft is not None:
            self.drafts.show_state(draft, state, statuses)
        count = len(draft.comments) + len(review_notes(draft)) if draft else 0
        self.layout_parts.set_count("comments", count)
        enable_review_actions(self.actions_by_name, state if draft is not None else None)

    def _on_draft_changed(self, draft: Draft, change: DraftChange) -> None:
        if draft is not self.pane.draft:
            return
        if draft.state in workflow.APPROVED_STATES and change.can_void_approval:
            workflow.record_changed_after_approval(draft, user_name(self.settings))
        if change.can_void_approval:
            self.preview.refresh_later()
        # typing changes the review bar only when there are approvals it can void
        if (change.can_void_approval and draft.approvals) or change.review_record:
            self._show_review(draft)
        if change.part in (Part.COMMENTS, Part.STATE, Part.REPLACED):
            self.comments.load(draft)
        if change.part is Part.REPLACED:
            self.pane.set_draft(draft, self._paid_hints(draft))
            self.checklist.load(draft)
        elif change.part is Part.ROLE:
            self.checklist.load(draft)
        elif change.part is Part.PACK:
            self.pane.set_paid_hints(*self._paid_hints(draft))
        elif change.part is Part.TITLE:
            self.setWindowTitle(f"{draft.title} — Somevahti")

    def _paid_hints(self, draft: Draft | None) -> tuple[str, str]:
        if draft is None:
            return "", ""
        try:
            pack = cached_pack(draft.pack)
        except PackError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return "", ""
        return pack.text("paid_campaign.decides", self.lang), pack.text("paid_campaign.notify", self.lang)

    def add_draft(self, draft: Draft) -> Draft:
        self.library.add(draft)
        self.drafts.select_draft(draft)
        return draft

    def new_draft(self) -> Draft:
        draft = self.add_draft(Draft(title=self.tr("New draft"), author=user_name(self.settings),
                                         pack=Settings(self.settings).get("checks/default_pack")))
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

    def focus_comments(self) -> None:
        self.layout_parts.show_side("comments")
        self.comments.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- findings ----------------------------------------------------------------------
    def _show_findings(self) -> None:
        kept, ignored = self.live.shown()
        note = "" if self.live.language_done or self.live.result is None else self.tr(
            "Language checks (names, terms, tone) start when the language model has loaded.")
        self.findings.set_findings(kept, ignored, note)
        self.pane.editor.set_findings(self.versions.primary_findings(kept))
        self.pane.media.set_findings(kept)
        self.pane.tabs.set_badges(self.live.badges())
        self.layout_parts.set_count("findings", len(kept))
        self.findings.announce(kept)

    def _waiting_for_checks(self, waiting: bool) -> None:
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(self.tr("Waiting for the checks to finish…"))
        else:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def _checks_timed_out(self) -> None:
        QMessageBox.information(self, self.tr("Checks"), self.tr(
            "The checks have not finished yet (the language model may still be loading). Try again in a moment."))

    def _language_ready(self) -> None:
        self.language_label.hide()
        self.language_bar.hide()
        self.statusBar().showMessage(self.tr("Language model loaded: all checks are on."), 5000)

    def select_finding(self, finding) -> None:
        if finding is None or self.versions.select(finding):  # another language version: its editor
            return
        kind, _, number = finding.target.partition(":")
        if finding.target == "text" and finding.start is not None:
            self.pane.editor.select_span(finding.start, finding.end)
        elif kind == "media" and number.isdigit():
            self.pane.show_media_card(int(number))
        elif finding.category == "paid_campaign":
            self.pane.show_paid_form()

    def apply_fix(self, finding) -> None:
        if finding is not None and finding.fix is not None and finding.target == "text" \
                and not self.versions.apply_fix(finding):
            self.pane.editor.replace_span(finding.fix.start, finding.fix.end, finding.fix.replacement)

    def ask_ignore(self, finding) -> None:
        draft = self.pane.draft
        if finding is None or draft is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Ignore finding"), self.tr(
            "Why is this finding not a problem here? The reason is kept with the draft and shown to reviewers."))
        if ok and reason.strip():
            draft.ignore(finding, reason, user_name(self.settings))

    # -- geometry ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        self.layout_parts.restore(Settings(self.settings))

    # -- session ----------------------------------------------------------------------------
    def _storage_loaded(self) -> None:
        self.storage.autosave.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.restore_session()

    def restore_session(self) -> None:
        """Select the draft that was open when the window closed, with its cursor (or start
        a new draft in an empty library); report storage problems found at start-up."""
        if self.storage is None:
            return
        session = self.storage.session()
        draft = self.library.find(str(session.get("selected") or ""))
        if self.pane.draft is not None:  # a draft opened from the command line goes first
            pass
        elif draft is not None:
            self.drafts.select_draft(draft)
            cursor = (session.get("cursors") or {}).get(draft.id)
            if isinstance(cursor, int):
                self.pane.editor.set_cursor_position(cursor)
        elif len(self.library):
            self.drafts.select_draft(self.library.drafts[0])
        else:  # the first start: an empty draft to write in
            self.new_draft()
        if self.storage.problems:
            QTimer.singleShot(0, lambda: plain_message.warn(self, self.tr("Stored drafts"),
                                                            "\n\n".join(self.storage.problems)))

    def _save_session(self) -> None:
        draft = self.pane.draft
        if self.storage is not None:
            cursors = {draft.id: self.pane.editor.textCursor().position()} if draft else {}
            self.storage.save_session(draft.id if draft else None, cursors, user_name(self.settings))

    def closeEvent(self, event) -> None:
        self._save_session()
        self.pane.media.hints.shutdown()
        if self.storage is not None:
            self.storage.close()
        self.layout_parts.save(Settings(self.settings))
        self.settings.sync()
        self.live.worker.shutdown()
        super().closeEvent(event)
