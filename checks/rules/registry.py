"""Every rule the engine runs: one module per rule in checks/rules/<category>/, each
exposing `RULE`. The list is read from those folders, in a stable (sorted) order."""
from __future__ import annotations

import pkgutil
from functools import cache
from importlib import import_module

from checks.model import CATEGORIES
from checks.rules.base import Rule


def rule_modules() -> list[str]:
    names = []
    for category in CATEGORIES:
        package = import_module(f"checks.rules.{category}")
        names += [f"checks.rules.{category}.{m.name}" for m in pkgutil.iter_modules(package.__path__)
                  if not m.name.startswith("_")]
    return sorted(names)


@cache
def all_rules() -> tuple[Rule, ...]:
    rules = []
    for name in rule_modules():
        rule = import_module(name).RULE
        expected = name.removeprefix("checks.rules.")
        if rule.id != expected:
            raise RuntimeError(f"{name} defines rule {rule.id!r}; expected {expected!r}")
        rules.append(rule)
    return tuple(rules)


def rule_params() -> dict[str, frozenset[str]]:
    """Rule id → the settings a pack may give it (besides enabled and severity)."""
    return {r.id: frozenset(r.params) for r in all_rules()}
