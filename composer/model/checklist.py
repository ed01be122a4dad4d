"""The role-aware checklist: guideline advice that the automatic checks cannot verify.

Qt-free. Items live in resources/checklists/checklist.toml, one `[[item]]` table each,
with the roles it applies to, its source in the guideline texts and a one-line text in
Finnish, Swedish and English. A broken file raises ValueError naming the file and item,
in the start-up language.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from checks.model import ROLES
from checks.resources import resource_path
from composer.messages import message

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
FALLBACK_LANG = "en"
MAX_LABEL_LENGTH = 110


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    roles: tuple[str, ...]
    source: str
    text: dict[str, str] = field(hash=False)  # language code -> one-line label

    def label(self, lang: str) -> str:
        """The item's text in `lang`, or in English when that language is missing."""
        return self.text.get(lang) or self.text[FALLBACK_LANG]


def default_path() -> Path:
    return resource_path("checklists", "checklist.toml")


def checklist_for(role: str, path: Path | str | None = None) -> list[ChecklistItem]:
    """The items for `role` in file order; `path` overrides the shipped checklist file."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of: {', '.join(ROLES)}")
    items = _load(Path(path) if path is not None else default_path())
    return [item for item in items if role in item.roles]


@lru_cache(maxsize=8)
def _load(path: Path) -> tuple[ChecklistItem, ...]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ValueError(message("checklist.unreadable", path=path, detail=exc.strerror or exc)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(message("checklist.bad_toml", path=path, detail=exc)) from None
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise ValueError(message("checklist.no_items", path=path))
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        item = _parse_item(path, index, raw)
        if item.id in seen:
            raise ValueError(message("checklist.duplicate_id", where=f"{path}: item[{index}]", id=repr(item.id)))
        seen.add(item.id)
        items.append(item)
    return tuple(items)


def _parse_item(path: Path, index: int, raw: Any) -> ChecklistItem:
    where = f"{path}: item[{index}]"
    if not isinstance(raw, dict):
        raise ValueError(message("checklist.not_table", where=where))

    def text_field(key: str) -> str:
        if key not in raw:
            raise ValueError(message("checklist.missing_key", where=where, key=repr(key)))
        value = raw[key]
        if not isinstance(value, str) or not value.strip():
            raise ValueError(message("checklist.empty_text", where=where, key=repr(key)))
        return value.strip()

    item_id = text_field("id")
    where = f"{path}: item[{index}] ({item_id})"
    if "roles" not in raw:
        raise ValueError(message("checklist.missing_key", where=where, key="'roles'"))
    roles = raw["roles"]
    if not isinstance(roles, list) or not roles or not all(isinstance(r, str) for r in roles):
        raise ValueError(message("checklist.bad_roles", where=where, key="'roles'"))
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise ValueError(message("checklist.unknown_roles", where=where, roles=", ".join(map(repr, unknown)),
                                 expected=", ".join(ROLES)))
    source = text_field("source")
    text: dict[str, str] = {}
    for lang in LANGUAGES:
        label = text_field(lang)
        if "\n" in label:
            raise ValueError(message("checklist.multi_line", where=where, key=repr(lang)))
        if len(label) > MAX_LABEL_LENGTH:
            raise ValueError(message("checklist.too_long", where=where, key=repr(lang), length=len(label),
                                     limit=MAX_LABEL_LENGTH))
        text[lang] = label
    return ChecklistItem(id=item_id, roles=tuple(dict.fromkeys(roles)), source=source, text=text)
