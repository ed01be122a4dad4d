"""What differs between the approved content of a variant and its content now.

Both sides are canonical content JSON (composer.approval.content). Each difference is a
message key with arguments (`approval.changed.*` in resources/ui_messages); `what_changed`
gives the texts in the start-up language: "text", "alt text of image 2", "image 1
replaced", "video 3 added", "paid-campaign record", "people and consent of image 1" in
English. Media are numbered by their
place in the list, as the checks number them ("image 2" is the second item).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from composer.messages import message

_KINDS = ("image", "video")
_MISSING_MARKERS = ("missing-file", "unreadable-file", "no-file")


@dataclass(frozen=True)
class Change:
    key: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return message(self.key, **self.args)


def what_changed(approved_content_json: str, current_content_json: str) -> list[str]:
    """Short descriptions of what differs, in the start-up language; [] when nothing does."""
    return [change.text() for change in content_changes(approved_content_json, current_content_json)]


def content_changes(approved_content_json: str, current_content_json: str) -> list[Change]:
    if approved_content_json == current_content_json:
        return []
    approved, current = _parse(approved_content_json), _parse(current_content_json)
    if approved is None or current is None:
        return [Change("approval.changed.unknown")]
    changes: list[Change] = []
    for name, key in (("channel", "approval.changed.channel"), ("text", "approval.changed.text")):
        if approved.get(name) != current.get(name):
            changes.append(Change(key))
    changes += _version_changes(approved, current)
    changes += _media_changes(_media(approved), _media(current))
    if approved.get("paid") != current.get("paid"):
        changes.append(Change("approval.changed.paid"))
    if approved.get("paid_record") != current.get("paid_record"):
        changes.append(Change("approval.changed.paid_record"))
    if approved.get("role") != current.get("role"):
        changes.append(Change("approval.changed.role"))
    if approved.get("consents") != current.get("consents"):
        changes.append(Change("approval.changed.consents"))
    if not changes and approved != current:
        changes.append(Change("approval.changed.unknown"))
    return changes


def _version_changes(approved: dict[str, Any], current: dict[str, Any]) -> list[Change]:
    """Language versions whose text changed (a new or dropped version counts), and the
    publishing mode."""
    old, new = approved.get("versions") or {}, current.get("versions") or {}
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [Change("approval.changed.unknown")]
    primary = next(iter(new or old), None)  # its change is reported as "text"
    changes = [Change("approval.changed.version", {"version": lang.upper()})
               for lang in dict.fromkeys([*old, *new]) if old.get(lang) != new.get(lang) and lang != primary]
    if approved.get("publish") != current.get("publish"):
        changes.append(Change("approval.changed.publish"))
    return changes


def _parse(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _media(content: dict[str, Any]) -> list[dict[str, Any]]:
    items = content.get("media")
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _identity(item: dict[str, Any]) -> tuple[str, str]:
    return (str(item.get("kind")), str(item.get("sha256")))


def _item_change(what: str, item: dict[str, Any], index: int) -> Change:
    kind = item.get("kind") if item.get("kind") in _KINDS else "media"
    return Change(f"approval.changed.{kind}.{what}", {"number": index + 1})


def _details(old: dict[str, Any], new: dict[str, Any], index: int) -> list[Change]:
    """Alt text and captions of one item that stayed (or was replaced) at `index`."""
    out = []
    if old.get("alt") != new.get("alt"):
        out.append(_item_change("alt", new, index))
    if old.get("captions") != new.get("captions"):
        out.append(_item_change("captions", new, index))
    if old.get("people") != new.get("people"):
        out.append(_item_change("people", new, index))
    return out


def _media_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    old_ids, new_ids = [_identity(i) for i in old], [_identity(i) for i in new]
    if old_ids == new_ids:
        return [c for i, (a, b) in enumerate(zip(old, new)) for c in _details(a, b, i)]
    if sorted(old_ids) == sorted(new_ids):
        return [Change("approval.changed.media_order")] + _moved_details(old, new)
    changes: list[Change] = []
    matcher = SequenceMatcher(None, old_ids, new_ids, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            changes += [c for k in range(i2 - i1) for c in _details(old[i1 + k], new[j1 + k], j1 + k)]
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            i, j = i1 + k, j1 + k
            if i < i2 and j < j2:
                gone = new[j].get("sha256") in _MISSING_MARKERS
                changes.append(_item_change("missing" if gone else "replaced", new[j], j))
                changes += _details(old[i], new[j], j)
            elif j < j2:
                changes.append(_item_change("added", new[j], j))
            else:
                changes.append(_item_change("removed", old[i], i))
    return changes


def _moved_details(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    """Alt text and captions of reordered items, each matched to its approved self."""
    unused = list(enumerate(old))
    out: list[Change] = []
    for j, item in enumerate(new):
        position = next(p for p, (_, o) in enumerate(unused) if _identity(o) == _identity(item))
        _, approved_item = unused.pop(position)
        out += _details(approved_item, item, j)
    return out
