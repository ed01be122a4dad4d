"""The window's link to storage: open the database off the GUI thread, fill the library,
autosave every change, remember which draft was open and where the cursor was, and the
few blocking calls the history and import dialogs need."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from composer.autosave import Autosave
from composer.draft import Draft
from composer.draft_codec import DraftFormatError, draft_from_dict
from composer.draft_library import DraftLibrary
from composer.storage.opening import StorageProblem
from composer.storage.storage_thread import StorageThread

log = logging.getLogger(__name__)
OPEN_TIMEOUT_S = 60
CALL_TIMEOUT_S = 30
SESSION_KEY = "session"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir
    return Path(user_data_dir("somevahti", appauthor=False))


class WindowStorage(QObject):
    def __init__(self, library: DraftLibrary, data_dir: Path, parent: QObject | None = None) -> None:
        """Open the store in `data_dir` and load every draft into `library`. Problems (a
        corrupt or newer database moved aside, a draft that cannot be read) are collected
        in `problems` as sentences for the user; nothing here raises to the window."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = library
        self.problems: list[str] = []
        self.thread = StorageThread(data_dir)
        problem: StorageProblem | None = self.thread.ready.result(OPEN_TIMEOUT_S)
        if problem is not None:
            log.warning("storage: %s (%s)", problem.message, problem.detail)
            self.problems.append(problem.message)
        for row in self.thread.submit("load_all").result(OPEN_TIMEOUT_S):
            try:
                library.add(draft_from_dict(row))
            except (DraftFormatError, ValueError) as exc:
                self.problems.append(self.tr("A stored draft could not be read and was left as it is: %1")
                                     .replace("%1", str(exc)))
        self.autosave = Autosave(library, self.thread, parent=self)

    # -- session -------------------------------------------------------------------------
    def session(self) -> dict[str, Any]:
        value = self.call("ui_state", SESSION_KEY, {})
        return value if isinstance(value, dict) else {}

    def save_session(self, selected: str | None, cursors: dict[str, int]) -> None:
        self.thread.submit("set_ui_state", SESSION_KEY, {"selected": selected, "cursors": cursors})

    # -- blocking calls for dialogs ------------------------------------------------------
    def call(self, operation: str, *args: Any) -> Any:
        return self.thread.submit(operation, *args).result(CALL_TIMEOUT_S)

    def flush(self) -> bool:
        return self.autosave.flush()

    def revisions(self, draft_id: str) -> list[dict[str, Any]]:
        return self.call("revisions", draft_id)

    def revision(self, revision_id: int) -> dict[str, Any]:
        return self.call("revision", revision_id)

    def keep_revision(self, draft: Draft, reason: str) -> None:
        """Save the draft now and keep it in its history (before a restore or an import)."""
        self.autosave.save_later(draft)
        self.flush()
        self.call("add_revision", draft.id, reason)

    def import_media(self, path: str) -> str:
        return self.call("import_media", path)

    def close(self) -> None:
        self.flush()
        self.thread.close(CALL_TIMEOUT_S)
