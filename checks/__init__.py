"""Somevahti's guideline engine. Pure Python: never imports Qt.

    from checks import Engine, Post
    engine = Engine("kokkola", lang="fi")      # loads the pack once
    findings = engine.check(Post(channel="x", text="…"))

The names below load on first use, so importing a small module such as
`checks.messages` does not import the whole engine.

What the composer may use (an import-linter contract in pyproject.toml): these names and
the modules checks.model, checks.messages, checks.channels, checks.text, checks.packs,
checks.pack_loading, checks.post_json and checks.resources. The rules, the language
pipeline, the check CLI and the engine's other internals are the engine's own.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "Engine": "checks.engine",
    **dict.fromkeys(("CATEGORIES", "CHANNELS", "ROLES", "Finding", "Fix", "Media", "Post", "Severity"),
                    "checks.model"),
    **dict.fromkeys(("Pack", "PackError", "available_packs", "user_pack_dir"), "checks.packs"),
    "load_pack": "checks.pack_loading",
    "shared_models": "checks.language.models",
    "check_main": "checks.cli.check:main",  # the `somevahti check` command
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'checks' has no attribute {name!r}")
    module, _, attribute = home.partition(":")
    return getattr(import_module(module), attribute or name)
