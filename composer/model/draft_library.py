"""The drafts the window lists: create, rename, duplicate, delete and restore.

Qt-free; the window subscribes with `on_change`. Drafts live in memory here; storage
plugs in by subscribing to the library and to each draft and by filling it at start-up.
"""
from __future__ import annotations

from enum import Enum
from typing import Callable

from composer.model.draft import Draft



class LibraryChange(Enum):
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"
    RESET = "reset"  # drafts loaded from storage were put first (the draft is None)


Listener = Callable[["DraftLibrary", LibraryChange, Draft | None], None]


class DraftLibrary:
    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self._by_id: dict[str, Draft] = {}
        self._listeners: list[Listener] = []

    def on_change(self, listener: Listener) -> None:
        """`listener(library, change, draft)`, `change` a LibraryChange (RESET, with draft
        None, after `add_stored`)."""
        self._listeners.append(listener)

    def _changed(self, what: LibraryChange, draft: Draft) -> None:
        for listener in list(self._listeners):
            listener(self, what, draft)

    def __len__(self) -> int:
        return len(self.drafts)

    def index_of(self, draft: Draft) -> int:
        return next(i for i, d in enumerate(self.drafts) if d is draft)

    def find(self, draft_id: str) -> Draft | None:
        return self._by_id.get(draft_id)

    def add(self, draft: Draft, index: int | None = None) -> Draft:
        if self.find(draft.id) is not None:
            raise ValueError(f"draft {draft.id} is already in the library")
        self.drafts.insert(len(self.drafts) if index is None else index, draft)
        self._by_id[draft.id] = draft
        self._changed(LibraryChange.ADDED, draft)
        return draft

    def add_stored(self, drafts: list[Draft]) -> None:
        """Put the drafts loaded from storage first in the list (ahead of any made while
        they loaded) and tell listeners once (RESET)."""
        drafts = [d for d in drafts if d.id not in self._by_id]
        self.drafts[:0] = drafts
        self._by_id.update((d.id, d) for d in drafts)
        for listener in list(self._listeners):
            listener(self, LibraryChange.RESET, None)

    def rename(self, draft: Draft, title: str) -> None:
        title = title.strip()
        if title and title != draft.title:
            draft.set_title(title)
            self._changed(LibraryChange.RENAMED, draft)

    def duplicate(self, draft: Draft, title: str) -> Draft:
        return self.add(draft.duplicate(title), self.index_of(draft) + 1)

    def remove(self, draft: Draft) -> int:
        """Remove `draft` and return where it was, so `add(draft, index)` restores it."""
        index = self.index_of(draft)
        del self.drafts[index]
        del self._by_id[draft.id]
        self._changed(LibraryChange.REMOVED, draft)
        return index
