"""The review workflow in the window: send for review, approve, request changes, reopen,
archive; write and import review packages; history and comments. The rules live in
composer.approval.workflow, approval and review_package (Qt-free); this class asks the user what
those need (names, reasons, choices) and reports the outcome in plain words.

It is given what it works with (the shown draft, the library, the live checks, storage,
settings, a parent for its dialogs) and reports through signals the window connects in
one place: `status` for the status bar, `show_draft` to select a draft. The gates (send for review, approve, write a package) run
once the full check of the current content is back (LiveChecks.when_checked): they return
their outcome when it already was, None while they wait; `step_done(step, ok)` tells it
either way."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from composer.approval import workflow
from composer.approval.review_notes import sends_for_review
from composer.approval.team import same_name
from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict
from composer.model.draft_library import DraftLibrary
from composer.model.draft_records import Comment
from composer.model.people_record import people_summary
from composer.messages import current_language
from composer.qt import plain_message
from composer.qt.checking.live_findings import FindingsByChannel, LiveChecks
from composer.qt.controllers.identity import MyIdentity
from composer.qt.controllers.incoming import accepted_records, pack_fallback
from composer.qt.package_import import PackageImport
from composer.qt.user_name import ensure_user_name
from composer.qt.widgets.approve_dialog import ApproveDialog
from composer.qt.widgets.history_dialog import HistoryDialog
from composer.qt.widgets.override_dialog import OverrideDialog
from composer.qt.window_storage import WindowStorage
from composer.review_package import PackageError, package_file_name, write_package
from composer.settings_schema import Settings

FOLDER_KEY = "review/folder"
STATUS_MS = 15000


class ReviewActions(QObject):
    status = Signal(str, int)  # a message for the status bar, for so many ms (0: until cleared)
    show_draft = Signal(object)  # select this Draft in the drafts list
    step_done = Signal(str, bool)  # a gate's step and whether it was carried out

    def __init__(self, current_draft: Callable[[], Draft | None], library: DraftLibrary, live: LiveChecks,
                 storage: WindowStorage | None, settings: QSettings, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._current = current_draft
        self.library = library
        self.live = live
        self.storage = storage
        self.settings = settings
        self.parent_widget = dialog_parent
        self.identity = MyIdentity(storage, settings, dialog_parent)
        self.identity.status.connect(self.status)

    @property
    def signer(self):
        return self.identity.signer

    @signer.setter
    def signer(self, value) -> None:  # tests give each profile its own key
        self.identity.signer = value

    @property
    def draft(self) -> Draft | None:
        return self._current()

    def run(self, step: str) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "send_to_review": self.send_to_review, "approve": self.approve, "request_changes": self.request_changes,
            "reopen": self.reopen, "archive": self.archive, "write_package": self.write_package,
            "history": self.show_history}
        handlers[step]()

    # -- asking ----------------------------------------------------------------------
    def _name(self) -> str | None:
        return ensure_user_name(self.parent_widget, self.settings)

    def _tell(self, text: str, title: str = "") -> None:
        plain_message.inform(self.parent_widget, title or self.tr("Review"), text)

    def _when_checked(self, step: str, draft: Draft, attempt: Callable[[FindingsByChannel], object],
                      then: Callable[[bool], object] | None = None) -> bool | None:
        """Run `attempt(findings)` once the current content's checks are back, offering
        overrides for blocking errors; the outcome goes to `then` and `step_done`. Returns
        the outcome when the checks were already back, None while waiting for them."""
        outcome: list[bool] = []
        if self.live.waiting:
            return False  # one gate at a time: the window already says it waits for the checks

        def checked(findings: FindingsByChannel | None) -> None:
            # None: the window told why (time out, check error) or another draft is shown
            ok = findings is not None and self.draft is draft and self._with_overrides(draft, findings, attempt)
            outcome.append(ok)
            self.step_done.emit(step, ok)
            if then is not None:
                then(ok)

        self.live.when_checked(checked)
        return outcome[0] if outcome else None

    def _with_overrides(self, draft: Draft, findings: FindingsByChannel,
                        attempt: Callable[[FindingsByChannel], object]) -> bool:
        """Run `attempt(findings)`; when error-level findings block it, offer to override
        each with a reason and try once more."""
        for _round in range(2):
            try:
                attempt(findings)
                return True
            except workflow.WorkflowError as error:
                if not error.findings:
                    self._tell(str(error))
                    return False
                dialog = OverrideDialog(str(error), list(error.findings), self.parent_widget)
                if dialog.exec() != OverrideDialog.DialogCode.Accepted:
                    return False
                by = self._name() or ""
                for finding, reason in dialog.overrides():
                    draft.ignore(finding, reason, by)
        return False

    # -- steps -----------------------------------------------------------------------
    def send_to_review(self, then: Callable[[bool], object] | None = None) -> bool | None:
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return False
        if not draft.author:
            draft.set_author(name)
        return self._when_checked("send_to_review", draft,
                                  lambda findings: workflow.send_to_review(draft, findings, name), then)

    def approve(self) -> bool | None:
        """Approve as the person at this computer: the name in Settings, their own key."""
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return False
        policy = self.identity.policy(draft.pack, name)
        signer = self.signer
        signing_note = self.identity.signing_note(signer, policy)
        dialog = ApproveDialog(draft.title, draft.channels, name, signing_note, overridden=list(draft.ignored.values()),
                               parent=self.parent_widget, people_lines=people_summary(draft, current_language()))
        if dialog.exec() != ApproveDialog.DialogCode.Accepted:
            return False
        note = dialog.note.toPlainText()
        return self._when_checked("approve", draft, lambda findings: workflow.approve_draft(
            draft, findings, name, signer, policy, note))

    def request_changes(self) -> bool:
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return False
        note, ok = QInputDialog.getMultiLineText(self.parent_widget, self.tr("Request changes"), self.tr(
            "What should be changed? The note is kept with the draft."))
        if not ok:
            return False
        try:
            workflow.request_changes(draft, name, note)
        except workflow.WorkflowError as error:
            self._tell(str(error))
            return False
        return True

    def _simple(self, step: Callable[[Draft, str], object]) -> bool:
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return False
        try:
            step(draft, name)
        except workflow.WorkflowError as error:
            self._tell(str(error))
            return False
        return True

    def reopen(self) -> bool:
        return self._simple(workflow.reopen)

    def archive(self) -> bool:
        return self._simple(workflow.archive)

    # -- review packages ---------------------------------------------------------------
    def write_package(self, path: str | None = None) -> Path | None:
        """Write the draft as a review package (sending it to review first when it is a
        draft, which waits for the checks); returns the file written, None when nothing was
        written yet."""
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return None
        if not sends_for_review(draft, name, workflow.effective_state(draft)):  # a reviewer returns it as it is
            return self._write(draft, name, path)
        written: list[Path | None] = []
        self.send_to_review(then=lambda ok: written.append(self._write(draft, name, path) if ok else None))
        return written[0] if written else None

    def _write(self, draft: Draft, name: str, path: str | None) -> Path | None:
        if path is None:
            settings = Settings(self.settings)
            folder = settings.get(FOLDER_KEY) or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save the review package"),
                                                  str(Path(folder) / package_file_name(draft)),
                                                  self._package_filter())
            if not path:
                return None
            settings.set(FOLDER_KEY, str(Path(path).parent))
        try:
            written = write_package(draft, path, name, base=draft.review_base or None)
        except PackageError as error:
            self._tell(str(error))
            return None
        if draft.author.strip() and not same_name(draft.author, name):  # a reviewer returns it to its author
            text = self.tr("Saved the review package %1. Send the file back to %2; they open it with Draft ▸ Import "
                           "review package.").replace("%2", draft.author)
        else:
            text = self.tr("Saved the review package %1. Send the file to the reviewer; they open it with Draft ▸ "
                           "Import review package.")
        self.status.emit(text.replace("%1", str(written)), STATUS_MS)
        return written

    def _package_filter(self) -> str:
        return self.tr("Somevahti review package") + " (*.somevahti)"

    def import_package(self, path: str | None = None) -> Draft | None:
        """Open a review package: a new draft, or the original updated (a conflict is shown,
        never overwritten silently). Returns the draft, or None when nothing was imported."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import a review package"),
                                                  Settings(self.settings).get(FOLDER_KEY) or str(Path.home()),
                                                  self._package_filter())
            if not path:
                return None
        return PackageImport(self.parent_widget, self.library, self.storage, self.show_draft.emit,
                             lambda text: self.status.emit(text, STATUS_MS), self._import_summary,
                             lambda plan: accepted_records(self.parent_widget, self.settings, plan, self.identity),
                             lambda draft: pack_fallback(self.parent_widget, self.settings, draft)).run(path)

    def _import_summary(self, outcome: str, changed: bool, sender: str) -> str:
        texts = {
            "new": self.tr("Opened the draft %1 sent for review."),
            "theirs": self.tr("Took the edits %1 made; comments and the review state are merged."),
            "ours": self.tr("Kept your edits; comments and the review state from %1 are merged."),
            "same": self.tr("Merged the comments and the review state from %1."),
            "conflict": self.tr("Resolved the conflict with %1's edits; comments and the review state are merged."),
        }
        text = texts[outcome] if changed or outcome == "new" else self.tr("Nothing new in this file from %1.")
        return text.replace("%1", sender or self.tr("the other side"))

    # -- history and comments --------------------------------------------------------------
    def show_history(self) -> None:
        draft, storage = self.draft, self.storage
        if draft is None or storage is None:
            return
        storage.flush()
        dialog = HistoryDialog(draft.title, storage.revisions(draft.id), storage.revision, self.parent_widget)
        if dialog.exec() == HistoryDialog.DialogCode.Accepted and dialog.chosen is not None:
            storage.keep_revision(draft, "before_restore")
            restored = draft_from_dict(dialog.chosen)
            # the content comes back; the team's records (comments, review steps, approvals) stay
            restored.comments, restored.history = list(draft.comments), list(draft.history)
            restored.approvals, restored.state = dict(draft.approvals), draft.state
            restored.author, restored.review_base = draft.author, draft.review_base
            draft.replace_content(restored)
            self.status.emit(self.tr("Restored the revision; the text before it is in the history."), 10000)

    def add_comment(self, body: str) -> None:
        draft, name = self.draft, self._name()
        if draft is not None and name is not None:
            draft.add_comment(Comment(name, body))
