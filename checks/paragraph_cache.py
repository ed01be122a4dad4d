"""Hits of the language rules per paragraph, so an edit re-analyses only what changed."""
from __future__ import annotations

from collections import OrderedDict
from typing import Hashable

from checks.rules.base import Hit


class ParagraphCache:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, list[tuple[str, Hit]]] = OrderedDict()

    def get(self, key: Hashable) -> list[tuple[str, Hit]] | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def peek(self, key: Hashable) -> list[tuple[str, Hit]] | None:
        """The cached value, without making it recently used."""
        return self._items.get(key)

    def put(self, key: Hashable, value: list[tuple[str, Hit]]) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
