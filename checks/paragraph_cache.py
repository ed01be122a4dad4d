"""A small LRU: the engine keeps the language rules' hits per paragraph in one (an edit
re-analyses only what changed) and a post's channel-independent findings in another."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Hashable


class ParagraphCache:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def peek(self, key: Hashable) -> Any | None:
        """The cached value, without making it recently used."""
        return self._items.get(key)

    def put(self, key: Hashable, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
