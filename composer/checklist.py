"""The role-aware checklist: guideline advice that the automatic checks cannot verify.

Qt-free. Items live in resources/checklists/checklist.toml, one `[[item]]` table each,
with the roles it applies to, its source in the guideline texts and a one-line text in
Finnish, Swedish and English.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from checks.model import ROLES
from checks.resources import resource_path

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
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: expected valid TOML ({exc})") from None
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise ValueError(f"{path}: expected one or more [[item]] tables")
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        item = _parse_item(path, index, raw)
        if item.id in seen:
            raise ValueError(f"{path}: item[{index}]: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    return tuple(items)


def _parse_item(path: Path, index: int, raw: Any) -> ChecklistItem:
    where = f"{path}: item[{index}]"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected a table")

    def text_field(key: str) -> str:
        if key not in raw:
            raise ValueError(f"{where}: missing key {key!r}")
        value = raw[key]
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{where}: {key!r} must be a non-empty string")
        return value.strip()

    item_id = text_field("id")
    where = f"{path}: item[{index}] ({item_id})"
    if "roles" not in raw:
        raise ValueError(f"{where}: missing key 'roles'")
    roles = raw["roles"]
    if not isinstance(roles, list) or not roles or not all(isinstance(r, str) for r in roles):
        raise ValueError(f"{where}: 'roles' must be a non-empty list of strings")
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise ValueError(f"{where}: unknown role(s) {', '.join(map(repr, unknown))}; "
                         f"expected: {', '.join(ROLES)}")
    source = text_field("source")
    text: dict[str, str] = {}
    for lang in LANGUAGES:
        label = text_field(lang)
        if "\n" in label:
            raise ValueError(f"{where}: {lang!r} must be a single line")
        if len(label) > MAX_LABEL_LENGTH:
            raise ValueError(f"{where}: {lang!r} is {len(label)} characters "
                             f"(at most {MAX_LABEL_LENGTH})")
        text[lang] = label
    return ChecklistItem(id=item_id, roles=tuple(dict.fromkeys(roles)), source=source, text=text)
