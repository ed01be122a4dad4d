"""Check messages in Finnish, Swedish and English: keys with named arguments.

The texts live in resources/messages/<lang>/<category>.toml; code only names keys and
arguments.
"""
from __future__ import annotations

import os
import string
import tomllib
from functools import cache
from typing import Any, Callable, Mapping

from checks.resources import resource_path

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the locale variables (LC_ALL, LC_MESSAGES, LANG), English if none is ours."""
    environ = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value[:2] in LANGUAGES:
            return value[:2]
    return "en"


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """All check-message templates of one language, keyed by message key."""
    return load_catalogue("messages", lang)


def load_catalogue(folder: str, lang: str) -> dict[str, str]:
    """The templates in resources/<folder>/<lang>/*.toml, flattened to dotted keys
    (the file name is not part of the key)."""
    merged: dict[str, str] = {}
    for path in sorted(resource_path(folder, lang).glob("*.toml")):
        with path.open("rb") as fh:
            merged.update(_flatten(tomllib.load(fh)))
    return merged


def _flatten(table: Mapping, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(key: str, lang: str = DEFAULT_LANGUAGE, args: Mapping[str, Any] | None = None) -> str:
    """The message for `key` in `lang`, falling back to English, then to the key itself."""
    return render_from(catalogue, key, lang, args)


def render_from(catalogue_of: Callable[[str], Mapping[str, str]], key: str, lang: str,
                args: Mapping[str, Any] | None = None) -> str:
    """`key` rendered from `catalogue_of(lang)` with named arguments; a missing argument
    stays visible as {name}, a missing key falls back to English, then to the key."""
    for language in (lang if lang in LANGUAGES else DEFAULT_LANGUAGE, "en"):
        template = catalogue_of(language).get(key)
        if template is not None:
            return string.Formatter().vformat(template, (), _KeepMissing(args or {}))
    return key
