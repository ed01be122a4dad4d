"""The names people read for the fixed vocabulary — finding categories, review states,
how an approval holds, authors' roles — defined once, in
resources/ui_messages/<lang>/names.toml, and used by the window, the command line and the
export alike. Qt-free. Without `lang`, the language
chosen at start-up (composer.messages)."""
from __future__ import annotations

from composer.messages import current_language, render


def category_name(category: str, lang: str | None = None) -> str:
    return render(f"names.category.{category}", lang or current_language())


def state_name(state: str, lang: str | None = None) -> str:
    return render(f"names.state.{state}", lang or current_language())


def trust_name(trust: str, lang: str | None = None) -> str:
    """verified, signed by an unknown key, unsigned or invalid (composer.approval.trust)."""
    return render(f"names.trust.{trust}", lang or current_language())


def role_name(role: str, lang: str | None = None) -> str:
    return render(f"names.role.{role}", lang or current_language())
