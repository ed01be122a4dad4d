"""Getting a post out of the window: copy one channel's text or all of them (with the alt
texts) to the clipboard, and export the draft to a folder. The files come from
composer.export (Qt-free, the same as `somevahti export`); this class asks the user what
that needs — a folder, whether to export an unapproved draft marked as a draft — and
says what happened."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from checks.channels.spec import load_channels
from checks.text.graphemes import grapheme_spans
from composer.approval import workflow
from composer.present.copy_text import all_text, channel_text, nfc
from composer.model.draft import Draft
from composer.export import ExportError, ExportNotApproved, ExportResult, export_draft, is_final
from composer.export.final import not_approved_message
from composer.settings_schema import Settings
from composer.qt.background import run_in_background
from composer.qt.user_name import ensure_user_name, user_name
from composer.qt.widgets.channel_tabs import MASTER

if TYPE_CHECKING:
    from composer.qt.main_window import MainWindow

FOLDER_KEY = "export/folder"
STATUS_MS = 10000
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
TITLE_MAX = 80


def folder_name(title: str, day: date) -> str:
    """"2026-11-23 Kirjaston satutuokio": the date and the title, safe as a folder name
    on Windows, macOS and Linux."""
    clean = " ".join(_UNSAFE.sub(" ", nfc(title)).split()).strip(" .")[:TITLE_MAX].rstrip(" .")
    return f"{day.isoformat()} {clean}" if clean else day.isoformat()


def unused_folder(parent: Path, name: str) -> Path:
    """parent/name, or parent/"name (2)", … when that is taken."""
    candidate, number = parent / name, 2
    while candidate.exists() or candidate.is_symlink():
        candidate, number = parent / f"{name} ({number})", number + 1
    return candidate


class ExportActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    @property
    def draft(self) -> Draft | None:
        return self.window.pane.draft

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- clipboard ---------------------------------------------------------------------
    def show_tab(self, tab: str) -> None:
        """Name the shown channel in the copy action: "Copy Facebook text"."""
        action = self.window.actions_by_name["copy_channel"]
        action.setText(self.tr("&Copy the master text") if tab == MASTER else
                       self.tr("&Copy %1 text").replace("%1", load_channels()[tab].name))

    def copy_channel(self, channel: str | None = None) -> str | None:
        """Put the channel's text (default: the shown tab's, the master text on the master
        tab) on the clipboard; returns what was copied."""
        draft = self.draft
        if draft is None:
            return None
        tab = self.window.pane.current_tab() if channel is None else channel
        text = nfc(draft.master) if tab == MASTER else channel_text(draft, tab)
        QGuiApplication.clipboard().setText(text)
        count = str(len(grapheme_spans(text)))  # characters as people see them
        if tab == MASTER:
            done, approved = self.tr("Master text copied – %1 characters.").replace("%1", count), is_final(draft)
        else:
            done = self.tr("%1 text copied – %2 characters.").replace("%1", load_channels()[tab].name) \
                .replace("%2", count)
            approved = tab not in workflow.channels_not_approved(draft)
        self._copied(done, approved)
        return text

    def copy_all(self) -> str | None:
        """Every chosen channel's text and the alt texts, labelled, on the clipboard."""
        draft = self.draft
        if draft is None:
            return None
        text = all_text(draft, self.window.lang)
        QGuiApplication.clipboard().setText(text)
        names = ", ".join(load_channels()[c].name for c in draft.channels)
        done = self.tr("Copied the texts for %1 and the alt texts.") if draft.media else \
            self.tr("Copied the texts for %1.")
        self._copied(done.replace("%1", names), is_final(draft))
        return text

    def _copied(self, done: str, approved: bool) -> None:
        self._status(done if approved else done + " " + self.tr("Not approved yet: paste it only into a draft post."))

    # -- export folder -------------------------------------------------------------------
    def export(self) -> ExportResult | None:
        """Ask for a parent folder and export the draft into a new folder in it: final when
        every channel is approved (then the step is recorded), else marked as a draft when
        the user agrees. Returns the result, None when nothing was exported."""
        draft = self.draft
        if draft is None:
            return None
        final = is_final(draft)
        if final:
            by = ensure_user_name(self.window, self.window.settings)
            if by is None:
                return None
        elif self._confirm_draft_export(draft):
            by = user_name(self.window.settings)
        else:
            return None
        parent = self._choose_parent()
        if parent is None:
            return None
        findings = self.window.review.full_findings()
        if findings is None:
            return None
        out_dir = unused_folder(parent, folder_name(draft.title or self.tr("Untitled draft"), date.today()))
        try:  # off the GUI thread: re-encoding big photos takes seconds
            result = run_in_background(self.window, self.tr("Exporting…"), lambda _progress: export_draft(
                draft, findings, out_dir, lang=self.window.lang, force_draft=not final, by=by))
        except (ExportError, ExportNotApproved) as error:
            result, problem = None, str(error)
        if result is None:
            QMessageBox.warning(self.window, self.tr("Export"), problem)
            return None
        if result.final:
            try:
                workflow.mark_exported(draft, by)
            except workflow.WorkflowError as error:
                self._status(str(error))
        self._tell_done(draft, result)
        return result

    def _confirm_draft_export(self, draft: Draft) -> bool:
        text = not_approved_message(draft, self.window.lang) + "\n\n" + self.tr(
            "Export it anyway? Every file will then be marked LUONNOS / UTKAST / DRAFT, so nobody takes it for the "
            "approved version.")
        answer = QMessageBox.question(self.window, self.tr("Export a draft"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_parent(self) -> Path | None:
        settings = Settings(self.window.settings)
        start = settings.get(FOLDER_KEY) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Export to which folder? A new folder "
                                                                       "is made in it."), start)
        if not chosen:
            return None
        settings.set(FOLDER_KEY, chosen)
        return Path(chosen)

    def _tell_done(self, draft: Draft, result: ExportResult) -> None:
        text = (self.tr("Exported “%1” to %2.") if result.final else
                self.tr("Exported “%1” as a draft to %2. Every file is marked LUONNOS / UTKAST / DRAFT.")) \
            .replace("%1", draft.title or self.tr("Untitled draft")).replace("%2", str(result.out_dir))
        self._status(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"), text, QMessageBox.StandardButton.Close,
                          self.window)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_folder)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.out_dir)))
        box.deleteLater()
