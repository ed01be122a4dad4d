"""Validate one parsed pack file against the schema; errors name file, line and key."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from checks.model import CHANNELS
from checks.packs.errors import PackError
from checks.packs.locate import locate
from checks.packs.schema import (
    CHANNEL_OVERRIDES, ENTRY_LISTS, RULE_PARAM, RULE_SETTINGS, VALUES, EntryList, Kind,
)

_KNOWN_PATHS = tuple(VALUES) + tuple(ENTRY_LISTS) + ("rules", "channel_overrides")


class _Checker:
    def __init__(self, file: Path, source: str, rules: Mapping[str, frozenset[str]]) -> None:
        self.file = file
        self.source = source
        self.rules = rules

    def fail(self, path: tuple, expected: str) -> PackError:
        return PackError(self.file, locate(self.source, path), _dotted(path), expected)

    def kind(self, path: tuple, value: Any, kind: Kind) -> None:
        if not kind.check(value):
            raise self.fail(path, f"expected {kind.expected}, got {value!r}")

    def table(self, prefix: tuple, table: Mapping[str, Any]) -> None:
        for key, value in table.items():
            path = prefix + (key,)
            dotted = ".".join(path)
            if dotted in VALUES:
                self.kind(path, value, VALUES[dotted])
            elif dotted in ENTRY_LISTS:
                self.entries(path, value, ENTRY_LISTS[dotted])
            elif path == ("rules",):
                self.rule_table(path, value)
            elif path == ("channel_overrides",):
                self.channel_table(path, value)
            elif isinstance(value, dict) and any(p.startswith(dotted + ".") for p in _KNOWN_PATHS):
                self.table(path, value)
            else:
                raise self.fail(path, "unknown key; expected one of " + ", ".join(_choices(prefix)))

    def entries(self, path: tuple, value: Any, spec: EntryList) -> None:
        if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
            raise self.fail(path, f"expected a list of entries ([[{_dotted(path)}]])")
        for index, entry in enumerate(value):
            where = path + (index,)
            removing = entry.get("remove", False)
            self.kind(where + ("remove",), removing, Kind("true or false", lambda v: isinstance(v, bool)))
            needed = (spec.identity,) if removing else spec.required
            for name in needed:
                if name not in entry:
                    raise self.fail(where, f"entry needs '{name}'")
            for name, field_value in entry.items():
                if name == "remove":
                    continue
                if name not in spec.fields:
                    raise self.fail(where + (name,), "unknown field; expected one of "
                                    + ", ".join(sorted(spec.fields) + ["remove"]))
                self.kind(where + (name,), field_value, spec.fields[name])

    def rule_table(self, path: tuple, value: Any) -> None:
        if not isinstance(value, dict):
            raise self.fail(path, 'expected a table of rules ([rules."category.rule"])')
        for rule_id, settings in value.items():
            where = path + (rule_id,)
            if rule_id not in self.rules:
                raise self.fail(where, "unknown rule id; expected one of " + ", ".join(sorted(self.rules)))
            if not isinstance(settings, dict):
                raise self.fail(where, "expected a table with enabled, severity or rule settings")
            for name, setting in settings.items():
                if name in RULE_SETTINGS:
                    self.kind(where + (name,), setting, RULE_SETTINGS[name])
                elif name in self.rules[rule_id]:
                    self.kind(where + (name,), setting, RULE_PARAM)
                else:
                    allowed = sorted(RULE_SETTINGS) + sorted(self.rules[rule_id])
                    raise self.fail(where + (name,), "unknown setting; expected one of " + ", ".join(allowed))

    def channel_table(self, path: tuple, value: Any) -> None:
        if not isinstance(value, dict):
            raise self.fail(path, "expected a table of channels ([channel_overrides.x])")
        for channel, overrides in value.items():
            where = path + (channel,)
            if channel not in CHANNELS:
                raise self.fail(where, "unknown channel; expected one of " + ", ".join(CHANNELS))
            if not isinstance(overrides, dict):
                raise self.fail(where, "expected a table of limits")
            for name, limit in overrides.items():
                if name not in CHANNEL_OVERRIDES:
                    raise self.fail(where + (name,), "unknown limit; expected one of "
                                    + ", ".join(sorted(CHANNEL_OVERRIDES)))
                self.kind(where + (name,), limit, CHANNEL_OVERRIDES[name])


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            text = part if part.replace("_", "").replace("-", "").isalnum() else f'"{part}"'
            out += ("." if out else "") + text
    return out


def _choices(prefix: tuple) -> list[str]:
    dotted = ".".join(prefix)
    start = dotted + "." if dotted else ""
    return sorted({p[len(start):].split(".")[0] for p in _KNOWN_PATHS if p.startswith(start)})


def validate(file: Path, source: str, data: Mapping[str, Any], rules: Mapping[str, frozenset[str]]) -> None:
    """Raise PackError at the first value that does not fit the schema."""
    _Checker(file, source, rules).table((), data)
