"""twitter-text-parser, imported without setuptools' pkg_resources.

twitter-text-parser 3.0.0 reads its emoji table with `pkg_resources.resource_string` at
import time. setuptools 81+ no longer ships pkg_resources, and a Python 3.12+ venv gets
the newest setuptools (spaCy pulls it in): there `import twitter_text` failed and no check
could run. Importing pkg_resources also cost ~0.35 s at every start. While twitter_text is
imported, a stand-in that answers `resource_string` from importlib.resources is put in
its place, then the previous state of `sys.modules` is restored, so nothing else ever
sees the stand-in. Import twitter-text's names from here, never from twitter_text.
"""
from __future__ import annotations

import sys
import types
from importlib import resources
from pathlib import Path


def _resource_string(module_name: str, name: str) -> bytes:
    """`name` beside the module `module_name` (pkg_resources' meaning; the module is
    importing itself, so it is in sys.modules already)."""
    module = sys.modules[module_name]
    if hasattr(module, "__path__"):  # a package: its folder
        return resources.files(module_name).joinpath(name).read_bytes()
    return Path(module.__file__ or "").with_name(name).read_bytes()


def _import_twitter_text() -> None:
    if "twitter_text.regexp.emoji" in sys.modules:
        return
    stand_in = types.ModuleType("pkg_resources")
    stand_in.resource_string = _resource_string  # type: ignore[attr-defined]
    had, previous = "pkg_resources" in sys.modules, sys.modules.get("pkg_resources")
    sys.modules["pkg_resources"] = stand_in
    try:
        import twitter_text
        import twitter_text.regexp.emoji  # noqa: F401
    finally:
        if had:
            sys.modules["pkg_resources"] = previous  # type: ignore[assignment]
        else:
            del sys.modules["pkg_resources"]


_import_twitter_text()

from twitter_text import parse_tweet  # noqa: E402
from twitter_text.extract_urls import extract_urls_with_indices  # noqa: E402
from twitter_text.regexp.emoji import emoji as emoji_pattern  # noqa: E402

__all__ = ["emoji_pattern", "extract_urls_with_indices", "parse_tweet"]
