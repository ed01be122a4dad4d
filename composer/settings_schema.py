"""The settings Somevahti keeps, declared once in resources/settings/settings.toml (key,
type, default, allowed values, description in fi/sv/en), and typed access to them over a
QSettings-like store (qutebrowser's configdata.yml pattern). Qt-free; nothing is read
before it is first asked for.

`Settings(QSettings()).get("ui/language")` returns a valid value: a stored value that is
not (a pack since removed, a hand-edited file) gives the default and a logged warning.
`set` refuses unknown keys and invalid values.
"""
from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any, Mapping, Protocol

from checks.messages import LANGUAGES
from checks.packs import available_packs
from checks.resources import resource_path

TYPES = ("choice", "pack", "str", "bytes")
log = logging.getLogger(__name__)


class SettingError(ValueError):
    """An undeclared key, a malformed declaration or a value the declaration does not allow."""


class Store(Protocol):
    def value(self, key: str, defaultValue: Any = None) -> Any: ...  # noqa: N803 - QSettings' name

    def setValue(self, key: str, value: Any) -> None: ...  # noqa: N802 - QSettings' name


@dataclass(frozen=True)
class Setting:
    key: str
    type: str
    default: Any
    descriptions: Mapping[str, str]
    choices: tuple[str, ...] = ()
    internal: bool = False

    def description(self, lang: str) -> str:
        return self.descriptions[lang]

    def allowed(self) -> tuple[str, ...]:
        """The values a choice or pack setting may take (empty: any value of its type)."""
        if self.type == "pack":
            return tuple(available_packs())
        return self.choices

    def problem(self, value: Any) -> str | None:
        """Why `value` is not valid for this setting, or None when it is."""
        if self.type == "bytes":
            try:
                memoryview(value)
            except TypeError:
                return f"{self.key} must be bytes, not {type(value).__name__}"
            return None
        if not isinstance(value, str):
            return f"{self.key} must be text, not {type(value).__name__}"
        allowed = self.allowed()
        if self.type != "str" and value not in allowed:
            return f"{self.key} must be one of {', '.join(allowed)}, not {value!r}"
        return None


def _setting(key: str, table: Mapping[str, Any]) -> Setting:
    kind = table.get("type")
    if kind not in TYPES:
        raise SettingError(f"{key}: type must be one of {', '.join(TYPES)}")
    descriptions = table.get("description")
    descriptions = descriptions if isinstance(descriptions, dict) else {}
    missing = [lang for lang in LANGUAGES if not str(descriptions.get(lang, "")).strip()]
    if missing:
        raise SettingError(f"{key}: no description in {', '.join(missing)}")
    if (kind == "bytes") != ("default" not in table):
        raise SettingError(f"{key}: every setting but a bytes one has a default")
    if (kind == "choice") != ("choices" in table):
        raise SettingError(f"{key}: a choice setting, and only one, lists its choices")
    return Setting(key, kind, table.get("default"), dict(descriptions), tuple(table.get("choices", ())),
                   bool(table.get("internal", False)))


@cache
def declarations() -> Mapping[str, Setting]:
    """Every declared setting by key, in the file's order."""
    with resource_path("settings", "settings.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {key: _setting(key, table) for key, table in data.items()}


def declared(key: str) -> Setting:
    try:
        return declarations()[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}; declared: {', '.join(declarations())}") from None


class Settings:
    """Typed, validated access to the declared settings in `store` (a QSettings)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> Any:
        setting = declared(key)
        value = self.store.value(key)
        if value is None:
            return setting.default
        problem = setting.problem(value)
        if problem is not None:
            log.warning("ignoring the stored setting: %s; using %r", problem, setting.default)
            return setting.default
        return value

    def set(self, key: str, value: Any) -> None:
        problem = declared(key).problem(value)
        if problem is not None:
            raise SettingError(problem)
        self.store.setValue(key, value)
