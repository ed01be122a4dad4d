"""How files of an export that is not approved are marked: "LUONNOS / UTKAST / DRAFT" in
all three languages, whatever the export's language, so nobody anywhere mistakes them for
approved ones."""
from __future__ import annotations

from checks.messages import LANGUAGES
from composer.messages import render


def _each_language(key: str) -> list[str]:
    return [render(key, lang) for lang in LANGUAGES]


def draft_label() -> str:
    """"LUONNOS / UTKAST / DRAFT": drawn on images and shown atop the summaries."""
    return " / ".join(_each_language("export.draft.word"))


def draft_prefix() -> str:
    """"LUONNOS-UTKAST-DRAFT_": put before every file name."""
    return "-".join(_each_language("export.draft.word")) + "_"


def draft_marker_line() -> str:
    """The first line of every text file: "LUONNOS / UTKAST / DRAFT – ei hyväksytty / inte
    godkänd / not approved"."""
    return f"{draft_label()} – {' / '.join(_each_language('export.draft.not_approved'))}"
