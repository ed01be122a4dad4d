"""Merge a pack over the pack it extends."""
from __future__ import annotations

import copy
from typing import Any

from checks.packs.schema import ENTRY_LISTS


def merge(parent: dict[str, Any], child: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A new dict: `child` over `parent`. Entry lists add, replace by identity, or remove."""
    out = copy.deepcopy(parent)
    for key, value in child.items():
        dotted = f"{prefix}{key}"
        if dotted in ENTRY_LISTS:
            out[key] = _merge_entries(out.get(key, []), value, ENTRY_LISTS[dotted].identity)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value, dotted + ".")
        elif key != "extends":
            out[key] = copy.deepcopy(value)
    return out


def _same(a: Any, b: Any) -> bool:
    return isinstance(a, str) and isinstance(b, str) and a.casefold() == b.casefold()


def _merge_entries(parent: list[dict], child: list[dict], identity: str) -> list[dict]:
    entries = list(parent)
    for entry in child:
        entries = [e for e in entries if not _same(e.get(identity), entry.get(identity))]
        if not entry.get("remove", False):
            entries.append(copy.deepcopy(entry))
    return entries
