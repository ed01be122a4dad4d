"""Importing a review package in the window without freezing it or losing anything.

Reading and validating the package and copying its media run on a worker thread
(`run_in_background`, with progress after half a second); planning, asking the user and
merging run on the GUI thread, where the drafts live. Media go straight into the data
folder's media store; without storage they go to a temporary folder. A full disk or any
other failure to write gives one dialog, and what was half-written is removed.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from composer.qt import plain_message

from composer.model.draft import Draft
from composer.model.draft_library import DraftLibrary
from composer.qt.background import Progress, run_in_background
from composer.qt.widgets.conflict_dialog import ConflictDialog
from composer.review_package import (CONFLICT, NEW, TAKE_THEIRS, THEIRS, ImportPlan, Package, PackageError,
                                     apply_import, plan_import, read_package)
from composer.storage.media_folder import MediaFolder

if TYPE_CHECKING:
    from composer.qt.window_storage import WindowStorage


class PackageImport(QObject):
    def __init__(self, parent: QWidget, library: DraftLibrary, storage: "WindowStorage | None",
                 show_draft: Callable[[Draft], None], status: Callable[[str], None],
                 summary: Callable[[str, bool, str], str], records: Callable[[ImportPlan], object] = lambda _p: None,
                 after: Callable[[Draft], None] = lambda _d: None) -> None:
        """`records(plan)`: the package's team records the user accepts (asked on the GUI
        thread); `after(draft)`: a last look at the imported draft (a missing pack)."""
        super().__init__(parent)
        self.parent_widget, self.library, self.storage = parent, library, storage
        self._show_draft, self._status, self._summary = show_draft, status, summary
        self._records, self._after = records, after

    def _refuse(self, text: str) -> None:
        plain_message.inform(self.parent_widget, self.tr("This file cannot be imported"), text)

    def run(self, path: str) -> Draft | None:
        """Import the package at `path`; the draft imported or updated, or None (the user
        was told why)."""
        try:
            package = run_in_background(self.parent_widget, self.tr("Reading the review package…"),
                                        lambda progress: read_package(path, progress=progress))
        except PackageError as error:
            self._refuse(str(error))
            return None
        except (OSError, MemoryError) as error:
            self._refuse(self.tr("The review package could not be read: %1").replace("%1", _reason(error)))
            return None
        plan = plan_import(package, self.library.find(package.draft.id))
        choice = None
        if plan.outcome == CONFLICT:
            dialog = ConflictDialog(plan, self.parent_widget)
            if dialog.exec() != ConflictDialog.DialogCode.Accepted or dialog.choice is None:
                return None
            choice = dialog.choice
        accepted = self._records(plan)
        takes_theirs = plan.outcome in (NEW, THEIRS) or (plan.outcome == CONFLICT and choice == TAKE_THEIRS)
        try:
            stored = run_in_background(self.parent_widget, self.tr("Copying the images and videos…"),
                                       lambda progress: self._store_media(package, progress)) if takes_theirs else {}
        except OSError as error:
            self._refuse(self.tr("The images and videos of the review package could not be saved (%1). Nothing was "
                                 "imported; free some disk space and import the file again.")
                         .replace("%1", _reason(error)))
            return None
        if plan.local is not None and self.storage is not None:
            self.storage.keep_revision(plan.local, "before_import")
        result = apply_import(plan, choice, lambda name, _data: stored[name], accepted)
        result.draft.set_review_base(result.reply_base)
        self._after(result.draft)
        if result.added:
            blank = [d for d in self.library.drafts if d.untouched]
            self.library.add(result.draft)
            self._show_draft(result.draft)
            if len(self.library) == 2 and len(blank) == 1:  # a reviewer's first start: drop the empty draft
                self.library.remove(blank[0])
        else:
            self._show_draft(result.draft)
        self._status(self._summary(result.outcome, result.changed, package.sent_by))
        return result.draft

    def _store_media(self, package: Package, progress: Progress) -> dict[str, str]:
        """Each media file of the package stored (on the worker thread), by member name.
        With storage they go into its media folder, named by content; without, into one
        temporary folder. When one fails (a full disk), the copies made so far are removed
        too: nothing of a failed import stays on disk."""
        names = list(dict.fromkeys(m.path for m in package.draft.media if m.path is not None))
        storage = self.storage
        temporary = None if storage is not None else Path(tempfile.mkdtemp(prefix="somevahti-import-"))
        media = MediaFolder(Path(storage.data_dir) / "media" if storage is not None else temporary)
        stored: dict[str, str] = {}
        made: list[Path] = []
        try:
            for done, name in enumerate(names, 1):
                path, new = media.import_bytes(package.media[name])
                if new:
                    made.append(path)
                stored[name] = os.fspath(path)
                progress(done, len(names))
        except BaseException:
            for path in made:
                path.unlink(missing_ok=True)
            if temporary is not None:
                shutil.rmtree(temporary, ignore_errors=True)
            raise
        return stored


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
