"""The review workflow in the window: send for review, approve, request changes, reopen,
archive; write and import review packages; history and comments. The rules live in
composer.approval.workflow, approval and review_package (Qt-free); this class asks the user what
those need (names, reasons, choices) and reports the outcome in plain words."""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from checks.packs.errors import PackError
from composer.model.pack_cache import cached_pack
from composer.approval import workflow
from composer.approval.signing import KeyringSigner
from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict
from composer.model.draft_records import Comment
from composer.review_package import PackageError, package_file_name, write_package
from composer.qt.package_import import PackageImport
from composer.qt.user_name import ensure_user_name
from composer.qt.widgets.approve_dialog import ApproveDialog
from composer.qt.widgets.history_dialog import HistoryDialog
from composer.qt.widgets.override_dialog import OverrideDialog

if TYPE_CHECKING:
    from composer.qt.main_window import MainWindow

CHECK_WAIT_S = 60


class ReviewActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.signer = KeyringSigner()

    @property
    def draft(self) -> Draft | None:
        return self.window.pane.draft

    def run(self, step: str) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "send_to_review": self.send_to_review, "approve": self.approve, "request_changes": self.request_changes,
            "reopen": self.reopen, "archive": self.archive, "write_package": self.write_package,
            "history": self.show_history}
        handlers[step]()

    # -- asking ----------------------------------------------------------------------
    def _name(self) -> str | None:
        return ensure_user_name(self.window, self.window.settings)

    def _tell(self, text: str, title: str = "") -> None:
        QMessageBox.information(self.window, title or self.tr("Review"), text)

    def full_findings(self) -> dict | None:
        """Every channel's findings for the content as it is now, waiting (with the window
        responsive) for a running check; None, after telling the user, if none came."""
        live = self.window.live
        found = live.findings_by_channel()
        if found is None:
            live.recheck(immediate=True)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.window.statusBar().showMessage(self.tr("Waiting for the checks to finish…"))
            deadline = time.monotonic() + CHECK_WAIT_S
            try:
                while found is None and time.monotonic() < deadline:
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                    found = live.findings_by_channel()
                    time.sleep(0.01)
            finally:
                QApplication.restoreOverrideCursor()
                self.window.statusBar().clearMessage()
        if found is None:
            self._tell(self.tr("The checks have not finished yet (the language model may still be loading). "
                               "Try again in a moment."))
        return found

    def _with_overrides(self, attempt: Callable[[dict], object]) -> bool:
        """Run `attempt(findings)`; when error-level findings block it, offer to override
        each with a reason and try once more."""
        draft = self.draft
        for _round in range(2):
            findings = self.full_findings()
            if findings is None or draft is None:
                return False
            try:
                attempt(findings)
                return True
            except workflow.WorkflowError as error:
                if not error.findings:
                    self._tell(str(error))
                    return False
                dialog = OverrideDialog(str(error), list(error.findings), self.window)
                if dialog.exec() != OverrideDialog.DialogCode.Accepted:
                    return False
                by = self._name() or ""
                for finding, reason in dialog.overrides():
                    draft.ignore(finding, reason, by)
        return False

    # -- steps -----------------------------------------------------------------------
    def send_to_review(self) -> bool:
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return False
        if not draft.author:
            draft.set_author(name)
        return self._with_overrides(lambda findings: workflow.send_to_review(draft, findings, name))

    def approve(self) -> bool:
        draft = self.draft
        if draft is None:
            return False
        available, signing_note = self.signer.available()
        dialog = ApproveDialog(draft.title, draft.channels, self._name() or "", signing_note, self.window)
        if dialog.exec() != ApproveDialog.DialogCode.Accepted:
            return False
        try:
            allow_self = cached_pack(draft.pack).allow_self_approval
        except PackError as exc:
            self._tell(str(exc))
            return False
        reviewer, note = dialog.reviewer.text(), dialog.note.toPlainText()
        signer = self.signer if available else None
        return self._with_overrides(
            lambda findings: workflow.approve_draft(draft, findings, reviewer, signer, allow_self, note))

    def request_changes(self) -> bool:
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return False
        note, ok = QInputDialog.getMultiLineText(self.window, self.tr("Request changes"), self.tr(
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
        draft); returns the file written."""
        draft, name = self.draft, self._name()
        if draft is None or name is None:
            return None
        if workflow.effective_state(draft) in ("draft", "changes_requested") and not self.send_to_review():
            return None
        if path is None:
            folder = str(self.window.settings.value("review/folder", "") or Path.home())
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the review package"),
                                                  str(Path(folder) / package_file_name(draft)),
                                                  self._package_filter())
            if not path:
                return None
            self.window.settings.setValue("review/folder", str(Path(path).parent))
        try:
            written = write_package(draft, path, name, base=draft.review_base or None)
        except PackageError as error:
            self._tell(str(error))
            return None
        self.window.statusBar().showMessage(self.tr("Saved the review package %1. Send the file to the reviewer; "
                                                    "they open it with Draft ▸ Import review package.")
                                            .replace("%1", str(written)), 15000)
        return written

    def _package_filter(self) -> str:
        return self.tr("Somevahti review package") + " (*.somevahti)"

    def import_package(self, path: str | None = None) -> Draft | None:
        """Open a review package: a new draft, or the original updated (a conflict is shown,
        never overwritten silently). Returns the draft, or None when nothing was imported."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a review package"),
                                                  str(self.window.settings.value("review/folder", "") or Path.home()),
                                                  self._package_filter())
            if not path:
                return None
        return PackageImport(self.window, self._import_summary).run(path)

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
        draft, storage = self.draft, self.window.storage
        if draft is None or storage is None:
            return
        storage.flush()
        dialog = HistoryDialog(draft.title, storage.revisions(draft.id), storage.revision, self.window)
        if dialog.exec() == HistoryDialog.DialogCode.Accepted and dialog.chosen is not None:
            storage.keep_revision(draft, "before_restore")
            restored = draft_from_dict(dialog.chosen)
            # the content comes back; the team's records (comments, review steps, approvals) stay
            restored.comments, restored.history = list(draft.comments), list(draft.history)
            restored.approvals, restored.state = dict(draft.approvals), draft.state
            restored.author, restored.review_base = draft.author, draft.review_base
            draft.replace_content(restored)
            self.window.statusBar().showMessage(self.tr("Restored the revision; the text before it is in the "
                                                        "history."), 10000)

    def add_comment(self, body: str) -> None:
        draft, name = self.draft, self._name()
        if draft is not None and name is not None:
            draft.add_comment(Comment(name, body))
