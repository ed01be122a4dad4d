"""A loaded guideline pack: merged data with typed accessors."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checks.model import Severity


@dataclass(frozen=True)
class Pack:
    name: str
    files: tuple[Path, ...]
    data: dict[str, Any] = field(repr=False)

    def value(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def entries(self, dotted: str) -> list[dict[str, Any]]:
        return list(self.value(dotted, []))

    def text(self, dotted: str, lang: str, default: str = "") -> str:
        """A translatable pack string in `lang` (falls back to fi, then any)."""
        value = self.value(dotted)
        if isinstance(value, str):
            return value
        if isinstance(value, dict) and value:
            return value.get(lang) or value.get("fi") or next(iter(value.values()))
        return default

    def rule_settings(self, rule_id: str) -> dict[str, Any]:
        return dict(self.value("rules", {}).get(rule_id, {}))

    def rule_enabled(self, rule_id: str) -> bool:
        return bool(self.rule_settings(rule_id).get("enabled", True))

    def rule_severity(self, rule_id: str, default: Severity) -> Severity:
        value = self.rule_settings(rule_id).get("severity")
        return default if value is None else Severity.parse(value)

    def rule_param(self, rule_id: str, name: str, default: Any) -> Any:
        return self.rule_settings(rule_id).get(name, default)

    def channel_override(self, channel: str) -> dict[str, Any]:
        return dict(self.value("channel_overrides", {}).get(channel, {}))

    @property
    def allow_self_approval(self) -> bool:
        """`[review] allow_self_approval = true`: authors may approve their own drafts
        (default false: another person approves)."""
        return self.value("review.allow_self_approval", False) is True

    @property
    def ask_without_face(self) -> bool:
        """`[people_hint] ask_without_face = true`: ask who is in every added picture, even when
        the face hint finds no face (default false: ask when faces are found)."""
        return self.value("people_hint.ask_without_face", False) is True
