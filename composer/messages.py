"""The composer's own sentences outside Qt widgets — storage, approval, review packages,
export — in Finnish, Swedish and English: message keys with named arguments (Anki's
pattern), texts in resources/ui_messages/<lang>/*.toml. Qt-free, so the CLI uses them too.

The language is chosen once at start-up (`set_language`, from the settings, the system
locale or --lang); `message()` renders in it, `render()` in a language given explicitly.
"""
from __future__ import annotations

from functools import cache
from typing import Any, Mapping

from checks.messages import LANGUAGES, load_catalogue, render_from

_language = ["en"]


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    _language[0] = lang


def current_language() -> str:
    return _language[0]


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    return load_catalogue("ui_messages", lang)


def render(key: str, lang: str, /, **args: Any) -> str:
    return render_from(catalogue, key, lang, args)


def message(key: str, /, **args: Any) -> str:
    """`key` in the language chosen at start-up."""
    return render(key, current_language(), **args)
