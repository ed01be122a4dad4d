"""Somevahti's guideline engine. Pure Python: never imports Qt.

    from checks import Engine, Post
    engine = Engine("kokkola", lang="fi")      # loads the pack once
    findings = engine.check(Post(channel="x", text="…"))

The names below load on first use, so importing a small module such as
`checks.messages` does not import the whole engine.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "Engine": "checks.engine",
    **dict.fromkeys(("CATEGORIES", "CHANNELS", "ROLES", "Finding", "Fix", "Media", "Post", "Severity"),
                    "checks.model"),
    **dict.fromkeys(("Pack", "PackError", "load_pack"), "checks.packs"),
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'checks' has no attribute {name!r}")
    return getattr(import_module(home), name)
