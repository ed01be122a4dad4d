"""Getting a post out of the window: copy one channel's text or all of them (with the alt
texts) to the clipboard, and export the draft to a folder. The files come from
composer.export (Qt-free, the same as `somevahti export`); this class asks the user what
that needs — a folder, whether to export an unapproved draft marked as a draft — and
says what happened. It is given what it works with (the shown draft and tab, the live
checks, settings, the copy action it names) and reports to the status bar through its
`status` signal; the export runs once the full check of the current content is back."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from checks.channels.spec import load_channels
from checks.text.graphemes import grapheme_spans
from composer.approval import workflow
from composer.present.copy_text import all_text, channel_text, nfc
from composer.model.draft import Draft
from composer.export import ExportError, ExportNotApproved, ExportResult, export_draft, is_final
from composer.export.final import not_approved_message
from composer.qt.checking.live_findings import FindingsByChannel, LiveChecks
from composer.settings_schema import Settings
from composer.qt.background import run_in_background
from composer.qt.user_name import ensure_user_name, user_name
from composer.qt.widgets.channel_tabs import MASTER

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
    status = Signal(str, int)  # a message for the status bar, for so many ms
    exported = Signal(object)  # the ExportResult of an export that was written

    def __init__(self, current_draft: Callable[[], Draft | None], current_tab: Callable[[], str], live: LiveChecks,
                 settings: QSettings, lang: str, copy_action: QAction, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._current, self._tab = current_draft, current_tab
        self.live = live
        self.settings = settings
        self.lang = lang
        self.copy_action = copy_action
        self.parent_widget = dialog_parent

    @property
    def draft(self) -> Draft | None:
        return self._current()

    def _status(self, text: str) -> None:
        self.status.emit(text, STATUS_MS)

    # -- clipboard ---------------------------------------------------------------------
    def show_tab(self, tab: str) -> None:
        """Name the shown channel in the copy action: "Copy Facebook text"."""
        self.copy_action.setText(self.tr("&Copy the master text") if tab == MASTER else
                       self.tr("&Copy %1 text").replace("%1", load_channels()[tab].name))

    def copy_channel(self, channel: str | None = None) -> str | None:
        """Put the channel's text (default: the shown tab's, the master text on the master
        tab) on the clipboard; returns what was copied."""
        draft = self.draft
        if draft is None:
            return None
        tab = self._tab() if channel is None else channel
        window = self.parent_widget
        versions = getattr(window, "versions", None)  # the language-version editor, when focused
        version = versions.lang if versions is not None and window.focusWidget() is versions.editor else ""
        text = nfc(draft.master) if tab == MASTER else channel_text(draft, tab, version)
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
        text = all_text(draft, self.lang)
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
        """Ask for a parent folder and export the draft into a new folder in it, once the
        full check of its current content is back: final when every channel is approved
        (then the step is recorded), else marked as a draft when the user agrees. Returns
        the result when the checks were already back (`exported` says it either way), None
        when nothing was exported or the export waits for the checks."""
        draft = self.draft
        if draft is None:
            return None
        final = is_final(draft)
        if final:
            by = ensure_user_name(self.parent_widget, self.settings)
            if by is None:
                return None
        elif self._confirm_draft_export(draft):
            by = user_name(self.settings)
        else:
            return None
        parent = self._choose_parent()
        if parent is None:
            return None
        done: list[ExportResult | None] = []
        if self.live.waiting:
            return None  # one gate at a time: the window already says it waits for the checks
        self.live.when_checked(lambda findings: done.append(self._export(draft, findings, parent, final, by)))
        return done[0] if done else None

    def _export(self, draft: Draft, findings: FindingsByChannel | None, parent: Path, final: bool,
                by: str) -> ExportResult | None:
        if findings is None or draft is not self.draft:
            return None  # the window told why (time out, check error) or another draft is shown
        out_dir = unused_folder(parent, folder_name(draft.title or self.tr("Untitled draft"), date.today()))
        try:  # off the GUI thread: re-encoding big photos takes seconds
            result = run_in_background(self.parent_widget, self.tr("Exporting…"), lambda _progress: export_draft(
                draft, findings, out_dir, lang=self.lang, force_draft=not final, by=by))
        except (ExportError, ExportNotApproved) as error:
            result, problem = None, str(error)
        if result is None:
            QMessageBox.warning(self.parent_widget, self.tr("Export"), problem)
            return None
        if result.final:
            try:
                workflow.mark_exported(draft, by)
            except workflow.WorkflowError as error:
                self._status(str(error))
        self._tell_done(draft, result)
        self.exported.emit(result)
        return result

    def _confirm_draft_export(self, draft: Draft) -> bool:
        text = not_approved_message(draft, self.lang) + "\n\n" + self.tr(
            "Export it anyway? Every file will then be marked LUONNOS / UTKAST / DRAFT, so nobody takes it for the "
            "approved version.")
        answer = QMessageBox.question(self.parent_widget, self.tr("Export a draft"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_parent(self) -> Path | None:
        settings = Settings(self.settings)
        start = settings.get(FOLDER_KEY) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Export to which folder? A new folder "
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
                          self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the author's (or a package's) text
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_folder)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.out_dir)))
        box.deleteLater()
