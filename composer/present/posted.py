"""What will actually be posted on a channel, as one text or one text per language.

A draft without language versions posts its channel text. With versions, a channel
publishes them separately (one post per language: `facebook.fi.txt`, `facebook.sv.txt`)
or combined into one bilingual post (fi first, then sv, joined by the pack's separator:
`facebook.txt`). Counters, folds, preview, copy and export all use these texts. Qt-free.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checks.pack_loading import load_pack
from checks.packs import PackError
from checks.versions.compose import compose
from checks.versions.context import required_versions
from composer.model.draft import Draft
from composer.model.language_versions import COMBINED, langs, publish_mode, text_of, texts_for

DEFAULT_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class PostedText:
    channel: str
    version: str  # "" for the only text or the combined bilingual text
    text: str  # NFC, as it will be posted

    @property
    def file_name(self) -> str:
        return f"{self.channel}.{self.version}.txt" if self.version else f"{self.channel}.txt"


@lru_cache(maxsize=16)
def _pack_values(pack: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    try:
        loaded = load_pack(pack)
    except PackError:  # a broken pack is reported where it is loaded for checking
        return DEFAULT_SEPARATOR, (), ()
    return (loaded.value("language_versions.separator", DEFAULT_SEPARATOR),
            tuple(required_versions(loaded, False)), tuple(required_versions(loaded, True)))


def separator(draft: Draft) -> str:
    return _pack_values(draft.pack)[0]


def required(draft: Draft) -> list[str]:
    """The versions the draft's pack requires for it (more when it is safety information)."""
    values = _pack_values(draft.pack)
    return list(values[2] if draft.versions.safety else values[1])


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def posted_texts(draft: Draft, channel: str) -> list[PostedText]:
    """The texts that will be posted on `channel`, in order (empty versions left out)."""
    if not draft.versions.enabled:
        return [PostedText(channel, "", nfc(draft.text_for(channel)))]
    if publish_mode(draft, channel) == COMBINED:
        return [PostedText(channel, "", nfc(compose(texts_for(draft, channel), separator(draft))[0]))]
    written = [PostedText(channel, lang, nfc(text)) for lang, text in texts_for(draft, channel) if text.strip()]
    return written or [PostedText(channel, draft.versions.primary, "")]


def posted_text(draft: Draft, channel: str, version: str = "") -> str:
    """The one text posted for `channel` in `version` (the combined text when combined)."""
    if draft.versions.enabled and version and publish_mode(draft, channel) != COMBINED and version in langs(draft):
        return nfc(text_of(draft, version, channel))
    return posted_texts(draft, channel)[0].text


def missing_versions(draft: Draft) -> dict[str, list[str]]:
    """Channel → the required versions it lacks (empty or absent), for drafts with
    language versions on. A draft that never turned them on is checked as before."""
    if not draft.versions.enabled:
        return {}
    need = required(draft)
    out = {}
    for channel in draft.channels:
        have = {lang for lang, text in texts_for(draft, channel) if text.strip()}
        lacking = [lang for lang in need if lang not in have]
        if lacking:
            out[channel] = lacking
    return out
