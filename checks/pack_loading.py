"""Load a guideline pack checked against the rules that exist.

The packs package reads and validates pack files; which rules (and which settings of
theirs) a pack may name is the rule registry's knowledge. This module sits above both, so
neither package imports the other in a circle.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from checks.packs import Pack, read_pack
from checks.rules.registry import rule_params


def load_pack(ref: str | Path, rules: Mapping[str, frozenset[str]] | None = None) -> Pack:
    """Load a pack by name or path, following `extends`; raises checks.packs.PackError when
    broken. `rules` defaults to every rule the engine runs."""
    return read_pack(ref, rule_params() if rules is None else rules)
