"""Autosave: every change to a draft reaches the database within two seconds, no button.

Autosave listens to the library and to every draft in it (new ones too). A change starts
a short single-shot timer (500 ms, restarted by each further change) but never pushes
the save later than 2 s after the first unsaved change, so steady typing still saves.
Drafts are serialised here, on the GUI thread (draft_to_dict, ~30 µs), and the plain
data goes to the storage thread as `save_draft`. Deleting a draft from the library is a
soft delete in storage; putting it back (undo) restores it.

Create it after filling the library from storage: drafts already in the library count as
saved (loading does not write everything back); `save_later(draft)` marks one that is
not in storage yet. `flush()` saves what is pending and waits for it (the window calls
it on close).
"""
from __future__ import annotations

import concurrent.futures
import time
from concurrent.futures import Future
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.model.draft_change import DraftChange
from composer.model.draft_library import DraftLibrary, LibraryChange
from composer.messages import message
from composer.storage.stale_merge import TEAM_KEYS, TeamBase, merge_team_records
from composer.storage.storage_thread import StorageThread
from composer.storage.store import Store


class Autosave(QObject):
    saved = Signal(str)  # draft id
    failed = Signal(str)  # a sentence for the user
    _finished = Signal(str, str, object)  # operation, draft id, future; emitted on the storage thread

    def __init__(self, library: DraftLibrary, storage: StorageThread, *, delay_ms: int = 500,
                 max_delay_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library, self._storage = library, storage
        self._delay_ms, self._max_delay_ms = delay_ms, max_delay_ms
        self._live: dict[str, Draft] = {}  # the drafts in the library, by id
        self._watched: dict[int, Draft] = {}  # drafts we listen to (a removed draft may come back)
        self._pending: dict[str, Draft] = {}
        self._removed: set[str] = set()
        self._order_changed = False
        self._first_change: float | None = None  # monotonic time of the oldest unsaved change
        self._in_flight: set[Future] = set()
        self._sent: dict[str, dict] = {}  # the last data handed to storage, by draft id
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_pending)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        for draft in library.drafts:
            self._watch(draft)
        library.on_change(self._library_changed)

    # -- listening ---------------------------------------------------------------------
    def _watch(self, draft: Draft) -> None:
        self._live[draft.id] = draft
        if id(draft) not in self._watched:
            self._watched[id(draft)] = draft
            draft.on_change(self._draft_changed)

    def _library_changed(self, _library: DraftLibrary, what: LibraryChange, draft: Draft) -> None:
        if what is LibraryChange.ADDED:
            self._watch(draft)
            if draft.id in self._removed:
                self._removed.discard(draft.id)
                self._submit(Store.restore_draft, draft.id)
            self._order_changed = True
            self._mark(draft)
        elif what is LibraryChange.REMOVED:
            self._live.pop(draft.id, None)
            self._pending.pop(draft.id, None)
            self._removed.add(draft.id)
            self._submit(Store.delete_draft, draft.id)

    def _draft_changed(self, draft: Draft, _change: DraftChange) -> None:
        self._mark_if_live(draft)

    def _mark_if_live(self, draft: Draft) -> None:
        if self._live.get(draft.id) is draft:
            self._mark(draft)

    def save_later(self, draft: Draft) -> None:
        """Save `draft` (in the library) with the next batch, changed or not."""
        self._mark_if_live(draft)

    def _mark(self, draft: Draft) -> None:
        self._pending[draft.id] = draft
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        left_ms = self._max_delay_ms - (now - self._first_change) * 1000
        self._timer.start(max(0, int(min(self._delay_ms, left_ms))))

    @property
    def pending(self) -> list[str]:
        """Ids of the drafts with changes not yet handed to storage."""
        return list(self._pending)

    # -- saving ------------------------------------------------------------------------
    def save_pending(self) -> None:
        """Hand every pending draft to storage now."""
        self._timer.stop()
        self._first_change = None
        pending, self._pending = self._pending, {}
        for draft_id, draft in pending.items():
            sent = draft_to_dict(draft)
            self._sent[draft_id] = sent
            self._submit(Store.save_draft_merging, sent, self._library.index_of(draft), draft_id=draft_id)
        if self._order_changed:
            self._order_changed = False
            self._submit(Store.set_order, [d.id for d in self._library.drafts])

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Save what is pending and wait until storage has done everything handed to it;
        True if it all succeeded in time."""
        self.save_pending()
        waiting = list(self._in_flight)
        done, not_done = concurrent.futures.wait(waiting, timeout=timeout)
        return not not_done and all(f.exception() is None for f in done)

    def _submit(self, operation: Callable[..., Any], *args: object, draft_id: str = "") -> None:
        future = self._storage.submit(operation, *args)
        self._in_flight.add(future)
        future.add_done_callback(lambda f: self._report(operation.__name__, draft_id, f))

    def _take_merged(self, draft_id: str, merged: dict) -> None:
        """Storage merged a change made elsewhere (`somevahti export`) into what was saved:
        give the draft the merged team records, three ways against what was sent, so
        anything changed here since is kept too. The content stays the window's."""
        draft, sent = self._live.get(draft_id), self._sent.get(draft_id)
        if draft is None or sent is None:
            return
        current = draft_to_dict(draft)
        records = merge_team_records(current, merged, TeamBase.of(sent))
        if any(records[key] != current[key] for key in TEAM_KEYS):
            draft.take_team_records(draft_from_dict(current | records))

    def _report(self, operation: str, draft_id: str, future: Future) -> None:
        try:
            self._finished.emit(operation, draft_id, future)
        except RuntimeError:  # this object is gone (the window closed): nobody to tell
            pass

    def _on_finished(self, operation: str, draft_id: str, future: Future) -> None:
        self._in_flight.discard(future)
        error = future.exception()
        if error is None:
            if operation == Store.save_draft_merging.__name__:
                if future.result() is not None:
                    self._take_merged(draft_id, future.result())
                self.saved.emit(draft_id)
            return
        draft = self._live.get(draft_id)
        if operation == Store.save_draft_merging.__name__ and draft is not None:
            self._pending.setdefault(draft_id, draft)  # saved again at the next change or flush
        self.failed.emit(message("storage.save_failed", detail=str(error) or type(error).__name__))
