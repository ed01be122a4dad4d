"""The window's link to storage: open the database off the GUI thread, show the drafts'
titles at once and load the drafts themselves in the background, autosave every change,
remember which draft was open and where the cursor was, and the few blocking calls the
history and import dialogs need."""
from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from composer.qt.autosave import Autosave
from composer.model.draft import Draft
from composer.model.draft_codec import DraftFormatError, draft_from_dict
from composer.model.draft_library import DraftLibrary
from composer.storage.opening import StorageProblem
from composer.storage.storage_thread import StorageThread
from composer.storage.store import Store

log = logging.getLogger(__name__)
OPEN_TIMEOUT_S = 60
CALL_TIMEOUT_S = 30
SESSION_KEY = "session"
USER_KEY = "user"  # {"name": the name set in Settings}; read by composer.cli.export_command
PURGE_AFTER_S = 30 * 24 * 3600
WATCH_MS = 3000  # how often to look for drafts saved by `somevahti export` while the window is open


class WindowStorage(QObject):
    loaded = Signal()  # the stored drafts are in the library and autosave is on
    _rows = Signal(object)  # the load_all future, from the storage thread
    _elsewhere = Signal(object)  # the changed_elsewhere future, from the storage thread

    def __init__(self, library: DraftLibrary, data_dir: Path, parent: QObject | None = None) -> None:
        """Open the store in `data_dir`; `titles` lists the stored drafts at once, the
        drafts follow (`loaded`). Problems (a corrupt or newer database moved aside, a
        draft that cannot be read) are collected in `problems` as sentences for the user;
        nothing here raises to the window."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = library
        self.problems: list[str] = []
        self.autosave: Autosave | None = None
        self.thread = StorageThread(data_dir)
        problem: StorageProblem | None = self.thread.ready.result(OPEN_TIMEOUT_S)
        if problem is not None:
            log.warning("storage: %s (%s)", problem.message, problem.detail)
            self.problems.append(problem.message)
        self.thread.submit(Store.purge_deleted, PURGE_AFTER_S)  # deleted drafts past any undo
        self.titles: list[tuple[str, str]] = self.call(Store.titles)
        self._rows.connect(self._fill, Qt.ConnectionType.QueuedConnection)
        self.thread.submit(Store.load_all).add_done_callback(self._rows.emit)

    @property
    def is_loaded(self) -> bool:
        return self.autosave is not None

    def _fill(self, future: Future) -> None:
        drafts: list[Draft] = []
        try:
            rows = future.result()
        except Exception as exc:
            rows = []
            self.problems.append(self.tr("The stored drafts could not be read: %1").replace("%1", str(exc)))
        for row in rows:
            try:
                drafts.append(draft_from_dict(row))
            except (DraftFormatError, ValueError) as exc:
                self.problems.append(self.tr("A stored draft could not be read and was left as it is: %1")
                                     .replace("%1", str(exc)))
        made_meanwhile = list(self.library.drafts)
        self.library.add_stored(drafts)
        self.autosave = Autosave(self.library, self.thread, parent=self)
        for draft in made_meanwhile:  # drafts made (or opened) while loading are not stored yet
            self.autosave.save_later(draft)
        self._elsewhere.connect(self._changed_elsewhere, Qt.ConnectionType.QueuedConnection)
        self._watch = QTimer(self, interval=WATCH_MS)
        self._watch.timeout.connect(self.look_for_changes)
        self._watch.start()
        self.loaded.emit()

    # -- changes saved by another process (somevahti export) ---------------------------------
    def look_for_changes(self) -> None:
        """Ask storage which drafts changed elsewhere; those are saved again at once, which
        merges the other side's records in and shows them (see Autosave._take_merged)."""
        self.thread.submit(Store.changed_elsewhere).add_done_callback(self._elsewhere.emit)

    def _changed_elsewhere(self, future: Future) -> None:
        if future.exception() is not None or self.autosave is None:
            return
        for draft_id in future.result():
            draft = self.library.find(draft_id)
            if draft is not None:
                self.autosave.save_later(draft)

    # -- session -------------------------------------------------------------------------
    def session(self) -> dict[str, Any]:
        value = self.call(Store.ui_state, SESSION_KEY, {})
        return value if isinstance(value, dict) else {}

    def save_session(self, selected: str | None, cursors: dict[str, int], user: str = "") -> None:
        self.thread.submit(Store.set_ui_state, SESSION_KEY, {"selected": selected, "cursors": cursors})
        if user.strip():  # `somevahti export` records the same name as the window (USER_KEY)
            self.thread.submit(Store.set_ui_state, USER_KEY, {"name": user.strip()})

    # -- blocking calls for dialogs ------------------------------------------------------
    def call(self, operation: Callable[..., Any], *args: Any) -> Any:
        return self.thread.submit(operation, *args).result(CALL_TIMEOUT_S)

    def flush(self) -> bool:
        return self.autosave.flush() if self.autosave is not None else True

    def revisions(self, draft_id: str) -> list[dict[str, Any]]:
        return self.call(Store.revisions, draft_id)

    def revision(self, revision_id: int) -> dict[str, Any]:
        return self.call(Store.revision, revision_id)

    def keep_revision(self, draft: Draft, reason: str) -> None:
        """Save the draft now and keep it in its history (before a restore or an import)."""
        if self.autosave is not None:
            self.autosave.save_later(draft)
        self.flush()
        self.call(Store.add_revision, draft.id, reason)

    def people_for(self, sha256: str) -> dict[str, Any] | None:
        """The people record remembered for a file (called from the people-hint thread)."""
        return self.call(Store.people_for, sha256)

    def import_media(self, path: str) -> str:
        return self.call(Store.import_media, path)

    def close(self) -> None:
        self.flush()
        self.thread.close(CALL_TIMEOUT_S)
