"""Language versions in a draft's JSON (the "versions" key), read back with validation.

A draft without language versions has no "versions" key at all, so drafts, revisions,
review packages and draft files written before versions existed read unchanged, and a
one-version draft is written exactly as before. `versions_from_data` raises ValueError
naming the key ("versions.extra[0].lang: …"); the callers turn it into their own error.
"""
from __future__ import annotations

from typing import Any

from checks.model import CHANNELS, VERSION_LANGS
from composer.model.language_versions import PUBLISH_MODES, LanguageVersion, LanguageVersions, to_data


def versions_to_data(lv: LanguageVersions) -> dict[str, Any] | None:
    """The "versions" value, or None for a draft that never turned versions on."""
    return to_data(lv) if lv.enabled else None


def _fail(where: str, expected: str) -> None:
    raise ValueError(f"{where}: expected {expected}")


def _strings(value: Any, where: str, keys: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict) or not all(k in keys and isinstance(v, str) for k, v in value.items()):
        _fail(where, "an object of " + ", ".join(keys) + " to strings")
    return dict(value)


def versions_from_data(data: Any) -> LanguageVersions:
    if not isinstance(data, dict):
        _fail("versions", "an object")
    primary = data.get("primary", "fi")
    if primary not in VERSION_LANGS:
        _fail("versions.primary", "one of " + ", ".join(VERSION_LANGS))
    safety = data.get("safety", False)
    if not isinstance(safety, bool):
        _fail("versions.safety", "true or false")
    publish = _strings(data.get("publish", {}), "versions.publish", CHANNELS)
    if not all(mode in PUBLISH_MODES for mode in publish.values()):
        _fail("versions.publish", "modes " + ", ".join(PUBLISH_MODES))
    seen = data.get("primary_seen", "")
    if not isinstance(seen, str):
        _fail("versions.primary_seen", "a string")
    extra_items = data.get("extra", [])
    if not isinstance(extra_items, list):
        _fail("versions.extra", "a list")
    extra: dict[str, LanguageVersion] = {}
    for i, item in enumerate(extra_items):
        where = f"versions.extra[{i}]"
        if not isinstance(item, dict):
            _fail(where, "an object")
        lang = item.get("lang")
        if lang not in VERSION_LANGS or lang == primary or lang in extra:
            _fail(f"{where}.lang", "a language (fi, sv, en) other than the primary's, once")
        master = item.get("master", "")
        if not isinstance(master, str):
            _fail(f"{where}.master", "a string")
        extra[lang] = LanguageVersion(lang, master, _strings(item.get("variants", {}), f"{where}.variants", CHANNELS),
                                      _strings(item.get("basis", {}), f"{where}.basis", VERSION_LANGS))
    return LanguageVersions(True, primary, extra, _strings(data.get("primary_basis", {}), "versions.primary_basis",
                                                           VERSION_LANGS), seen, safety, publish)
